import type { Channel } from '../../src-main/contract';
import { PARTIES_AGREE, PNG_DATA_URL, validContractContent } from './contracts';
import {
  validEnrolment,
  validMonitoring,
  validParticipant,
  validProject,
  validStaff,
} from './test-app';

/** The records a valid input of each channel refers to. */
export interface InputIds {
  staffId: number;
  participantId: number;
  projectId: number;
  enrolmentId: number;
  instrumentIds: number[];
  draftContractId: number;
  signedContractId: number;
  documentId: number;
  clubEditionId: number;
  clubGroupId: number;
  clubModuleId: number;
  clubTrainerId: number;
  clubRoomId: number;
  clubAbsenceId: number;
  clubSessionId: number;
  courseProviderId: number;
  courseId: number;
  courseClassId: number;
}

/** Fixed ids, for checking inputs against the schemas alone (no database). */
export const SCHEMA_ONLY_IDS: InputIds = {
  staffId: 1,
  participantId: 2,
  projectId: 3,
  enrolmentId: 4,
  instrumentIds: [5, 6, 7],
  draftContractId: 8,
  signedContractId: 9,
  documentId: 10,
  clubEditionId: 11,
  clubGroupId: 12,
  clubModuleId: 13,
  clubTrainerId: 14,
  clubRoomId: 15,
  clubAbsenceId: 16,
  clubSessionId: 17,
  courseProviderId: 18,
  courseId: 19,
  courseClassId: 20,
};

/** Monday and Wednesday 9:00–13:00 (minutes since midnight), the club's weekly slots. */
const CLUB_SLOTS = [
  { weekday: 1, from: 540, to: 780 },
  { weekday: 3, from: 540, to: 780 },
];

/** A club edition of 12 weeks from 7.12.2026, in the 2026–2027 project of the inputs. */
export const CLUB_EDITION = {
  name: 'KIS — edycja zimowa',
  startDate: '2026-12-07',
  weeks: 12,
  meetings: CLUB_SLOTS,
  daysOff: ['2026-12-31'],
  minAttendancePercent: 80,
};

/** Valid inputs of the club's channels (every optional part given). */
function clubChannelInputs(ids: InputIds): Partial<Record<Channel, unknown>> {
  const move = {
    sessionId: ids.clubSessionId,
    date: '2026-12-09',
    from: 540,
    to: 660,
    trainerId: ids.clubTrainerId,
    roomId: ids.clubRoomId,
  };
  return {
    'club.listEditions': { projectId: ids.projectId },
    'club.getEdition': { id: ids.clubEditionId },
    'club.createEdition': { projectId: ids.projectId, ...CLUB_EDITION },
    'club.updateEdition': { id: ids.clubEditionId, edition: CLUB_EDITION },
    'club.saveGroup': {
      editionId: ids.clubEditionId,
      id: ids.clubGroupId,
      name: 'Grupa 1',
      sizeLimit: 12,
      meetings: CLUB_SLOTS,
    },
    'club.deleteGroup': { id: ids.clubGroupId },
    'club.members': { groupId: ids.clubGroupId },
    'club.setMembers': {
      groupId: ids.clubGroupId,
      members: [{ participantId: ids.participantId, joinedOn: '2026-12-07', leftOn: '2027-02-26' }],
    },
    'club.saveModule': {
      editionId: ids.clubEditionId,
      id: ids.clubModuleId,
      name: 'Kurs komputerowy',
      hours: 24,
      specialists: ['itSpecialist', 'instructor'],
      minSession: 2,
      maxSession: 4,
      pattern: 'weekly',
      weekFrom: 2,
      weekTo: 10,
      roomFeatures: ['computers', 'accessible'],
      duty: false,
      position: 3,
    },
    'club.deleteModule': { id: ids.clubModuleId },
    'club.saveTrainer': {
      editionId: ids.clubEditionId,
      id: ids.clubTrainerId,
      name: 'Ewa Zielińska',
      specialisations: ['psychologist', 'educator'],
      staffId: ids.staffId,
      availability: CLUB_SLOTS,
      maxHoursPerWeek: 20,
    },
    'club.deleteTrainer': { id: ids.clubTrainerId },
    'club.addAbsence': {
      trainerId: ids.clubTrainerId,
      from: '2026-12-14',
      to: '2026-12-18',
      reason: 'illness',
      note: 'Zwolnienie lekarskie',
    },
    'club.removeAbsence': { id: ids.clubAbsenceId },
    'club.saveRoom': {
      editionId: ids.clubEditionId,
      id: ids.clubRoomId,
      name: 'Pracownia komputerowa',
      capacity: 16,
      features: ['computers', 'accessible'],
      availability: CLUB_SLOTS,
      owner: 'Zespół Szkół nr 2',
    },
    'club.deleteRoom': { id: ids.clubRoomId },
    'club.sessions': {
      editionId: ids.clubEditionId,
      from: '2026-12-07',
      to: '2027-02-26',
      groupId: ids.clubGroupId,
      trainerId: ids.clubTrainerId,
      roomId: ids.clubRoomId,
    },
    'club.plan': { editionId: ids.clubEditionId },
    'club.replan': { editionId: ids.clubEditionId, fromDate: '2026-12-14' },
    'club.checkMove': move,
    'club.moveSession': move,
    'club.setLocked': { sessionId: ids.clubSessionId, locked: true },
    'club.cancelPlan': { editionId: ids.clubEditionId },
    ...attendanceChannelInputs(ids),
    ...courseChannelInputs(ids),
  };
}

/** Valid inputs of attendance, hours and the club's certificates (every optional part given). */
function attendanceChannelInputs(ids: InputIds): Partial<Record<Channel, unknown>> {
  const marks = [
    { participantId: ids.participantId, status: 'partial', minutes: 90, reason: 'Spóźnienie' },
  ];
  return {
    'attendance.session': { sessionId: ids.clubSessionId },
    'attendance.record': { sessionId: ids.clubSessionId, marks },
    'attendance.month': { groupId: ids.clubGroupId, month: '2026-12' },
    'attendance.recordMonth': {
      groupId: ids.clubGroupId,
      month: '2026-12',
      marks: marks.map((m) => ({ ...m, sessionId: ids.clubSessionId })),
    },
    'attendance.lists': {
      editionId: ids.clubEditionId,
      groupId: ids.clubGroupId,
      sessionId: ids.clubSessionId,
      from: '2026-12-01',
      to: '2026-12-31',
    },
    'club.hours': { editionId: ids.clubEditionId },
    'club.personHours': { participantId: ids.participantId },
    'club.endParticipation': {
      editionId: ids.clubEditionId,
      participantId: ids.participantId,
      outcome: 'left',
      endedOn: '2026-12-09',
      reason: 'Podjęcie pracy',
    },
    'club.issueCertificate': {
      editionId: ids.clubEditionId,
      participantId: ids.participantId,
      identifyBy: 'pesel',
    },
    'club.certificates': { editionId: ids.clubEditionId },
    'club.certificate': { documentId: ids.documentId, duplicate: true },
    'club.figures': { editionId: ids.clubEditionId },
    'courses.listProviders': {},
    'courses.saveProvider': {
      name: 'Centrum Kształcenia Zawodowego',
      nip: '526-000-12-81',
      address: 'ul. Hutnicza 7\n26-600 Radom',
      risNumber: '2.14/00123/2019',
      contactPerson: 'Grażyna Łuczak',
      phone: '48 360 00 11',
      email: 'biuro@ckz.example.pl',
    },
  };
}

/** A course of 20 hours in December 2026, in the 2026–2027 project of the inputs. */
export const COURSE = {
  name: 'Spawacz MAG (135)',
  form: 'kurs',
  place: 'Radom, ul. Hutnicza 7',
  startDate: '2026-12-07',
  endDate: '2026-12-18',
  totalHours: 20,
  topics: [
    { title: 'Przepisy BHP', hours: 4 },
    { title: 'Zajęcia praktyczne', hours: 16 },
  ],
  minAttendancePercent: 80,
  examRequired: true,
  resultKind: 'qualification' as const,
};

/** Valid inputs of the courses' channels but the providers' (every optional part given). */
function courseChannelInputs(ids: InputIds): Partial<Record<Channel, unknown>> {
  const marks = [
    { participantId: ids.participantId, status: 'partial', minutes: 90, reason: 'Spóźnienie' },
  ];
  return {
    'courses.list': { projectId: ids.projectId },
    'courses.get': { id: ids.courseId },
    'courses.save': {
      id: ids.courseId,
      projectId: ids.projectId,
      providerId: ids.courseProviderId,
      ...COURSE,
    },
    'courses.setParticipants': { courseId: ids.courseId, participantIds: [ids.participantId] },
    'courses.saveClasses': {
      courseId: ids.courseId,
      classes: [
        { id: ids.courseClassId, date: '2026-12-07', from: 540, to: 780, topic: 'Przepisy BHP' },
        { id: null, date: '2026-12-08', from: 540, to: 780, topic: 'Zajęcia praktyczne' },
      ],
    },
    'courses.sheet': { classId: ids.courseClassId },
    'courses.record': { classId: ids.courseClassId, marks },
    'courses.grid': { courseId: ids.courseId },
    'courses.recordGrid': {
      courseId: ids.courseId,
      marks: marks.map((m) => ({ ...m, sessionId: ids.courseClassId })),
    },
    'courses.saveExam': {
      courseId: ids.courseId,
      results: [{ participantId: ids.participantId, result: 'passed', date: '2026-12-18' }],
    },
    'courses.completion': { courseId: ids.courseId },
    'courses.lists': { courseId: ids.courseId, classId: ids.courseClassId },
    'courses.ofParticipant': { participantId: ids.participantId },
    ...certificateChannelInputs(ids),
  };
}

/**
 * The certificates' channels. No certificate is issued in the inputs' world (its course lies
 * ahead of the clock), so `CERTIFICATE_ID` names none: a well-formed call is refused as not found
 * after validation — hostile input is checked either way.
 */
const CERTIFICATE_ID = 1;

function certificateChannelInputs(ids: InputIds): Partial<Record<Channel, unknown>> {
  return {
    'courses.issueCertificates': {
      courseId: ids.courseId,
      participantIds: [ids.participantId],
      identifyBy: 'birthDate',
    },
    'courses.certificates': {
      courseId: ids.courseId,
      year: 2026,
      status: 'valid',
      search: 'Kowalski',
    },
    'courses.printCertificates': { certificateIds: [CERTIFICATE_ID] },
    'courses.duplicate': { id: CERTIFICATE_ID },
    'courses.revoke': { id: CERTIFICATE_ID, reason: 'Błędna data urodzenia', reissue: true },
    'courses.confirmReceipt': { id: CERTIFICATE_ID, receivedOn: '2026-12-21', how: 'person' },
    'courses.verify': { code: 'K7QM-3XPD' },
  };
}

/**
 * One valid input for each channel known when this was written, using every optional part
 * (lists not empty, optional texts given), so that mutating it reaches every field. Channels
 * added later simply have none here: the fuzz test still sends them hostile input.
 */
export function validChannelInputs(ids: InputIds): Partial<Record<Channel, unknown>> {
  const content = validContractContent({
    socialWorkerId: ids.staffId,
    instrumentIds: ids.instrumentIds,
    variant: 'B',
    familyParties: [
      {
        firstName: 'Maria',
        lastName: 'Kowalska',
        relation: 'żona',
        pesel: '82031000329',
        documentNumber: null,
      },
      { firstName: 'Olek', lastName: 'Kowalski', relation: 'syn', documentNumber: 'ABC123456' },
    ],
    labourOfficeReferral: { date: '2026-10-01', number: 'PUP/123/2026' },
    tasks: [
      {
        description: 'Udział w zajęciach Klubu Integracji Społecznej',
        party: 'person',
        dueDate: '2026-12-31',
        notes: 'W poniedziałki',
      },
      {
        description: 'Pomoc w rozłożeniu zadłużenia na raty',
        party: 'familyMember',
        partyName: 'Maria Kowalska',
        dueDate: null,
      },
    ],
    assessment: {
      timeWithoutWork: '3 lata',
      earlierActivation: 'Staż w 2022 r.\nPrzerwany z powodu choroby',
    },
    socialWorkerPhone: '89 762 11 11',
  });
  const project = validProject({
    criteria: [
      { kind: 'minAge', years: 18 },
      { kind: 'maxAge', years: 64 },
      { kind: 'registeredUnemployedMonths', months: 12 },
      { kind: 'maxEducation', level: 'isced3' },
      { kind: 'officeClientMonths', months: 6 },
      { kind: 'exclusionReasonAmong', reasons: ['unemployment', 'homelessness'] },
      { kind: 'residenceInCommune', commune: 'Bartoszyce' },
    ],
    startDate: '2026-01-01',
    endDate: '2027-12-31',
  });
  const participant = validParticipant({
    email: 'jan.kowalski@example.com',
    exclusionReasons: ['unemployment', 'homelessness'],
    unemployedSince: '2020-03-01',
    withoutWorkSince: '2019-06-01',
    officeClientSince: '2018-01-15',
    socialWorkerId: ids.staffId,
    notes: 'Pierwsza linia\nDruga linia',
    familyMembers: [
      { firstName: 'Maria', lastName: 'Kowalska', relation: 'żona', pesel: '82031000329' },
      { firstName: 'Olek', lastName: 'Kowalski', relation: 'syn', birthDate: '2015-05-05' },
    ],
  });
  const exitResults = ['employed', 'gainedQualification'];
  return {
    'settings.get': {},
    'settings.update': {
      officeName: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
      address: 'ul. Kajki 3\n11-200 Bartoszyce',
      phone: '89 762 00 00',
      headOfOffice: 'Anna Kierownik',
    },
    'settings.getLogoStrip': {},
    'settings.setLogoStrip': { dataUrl: PNG_DATA_URL },
    'session.get': {},
    'session.login': { login: 'konto1', password: 'haslo-testowe-1' },
    'session.lock': {},
    'session.touch': {},
    'accounts.list': {},
    'accounts.setScope': { staffId: ids.staffId, participantScope: 'all' },
    'staff.list': { includeInactive: true },
    'staff.create': validStaff({ firstName: 'Ewa', lastName: 'Wróbel' }),
    'staff.update': { ...validStaff(), id: ids.staffId },
    'projects.list': {},
    'projects.get': { id: ids.projectId },
    'projects.team': { projectId: ids.projectId },
    'projects.setTeam': { projectId: ids.projectId, staffIds: [ids.staffId] },
    'projects.create': project,
    'projects.update': { id: ids.projectId, project },
    'participants.search': {
      query: 'Kowal',
      projectId: ids.projectId,
      status: 'candidate',
      socialWorkerId: ids.staffId,
      exclusionReason: 'unemployment',
      sort: 'lastName',
      dir: 'asc',
      page: 1,
      pageSize: 25,
    },
    'participants.get': { id: ids.participantId },
    'participants.findByIdentity': {
      pesel: '44051401359',
      documentNumber: 'ABC 123-456',
      exceptId: ids.participantId,
    },
    'participants.create': participant,
    'participants.update': { id: ids.participantId, participant },
    'enrolments.checkEligibility': {
      participantId: ids.participantId,
      projectId: ids.projectId,
      onDate: '2026-11-01',
    },
    'enrolments.create': validEnrolment(ids.participantId, ids.projectId, {
      enrolledOn: '2026-11-01',
      consentDate: '2026-11-01',
    }),
    'enrolments.forParticipant': { participantId: ids.participantId },
    'enrolments.changeStatus': {
      id: ids.enrolmentId,
      to: 'qualified',
      date: '2026-11-10',
      reason: 'Spełnia kryteria\nPo rozmowie',
    },
    'enrolments.updateMonitoring': { id: ids.enrolmentId, monitoring: validMonitoring() },
    'enrolments.recordExit': {
      id: ids.enrolmentId,
      results: exitResults,
      recordedOn: '2026-11-20',
    },
    'instruments.list': { includeInactive: true },
    'instruments.create': { group: 'social', name: 'Grupa wsparcia', active: true },
    'instruments.update': {
      id: ids.instrumentIds[0],
      group: 'social',
      name: 'Grupa wsparcia dla rodziców',
      active: true,
    },
    'contracts.list': {
      query: 'Kowal',
      status: 'draft',
      socialWorkerId: ids.staffId,
      projectId: ids.projectId,
      participantId: ids.participantId,
      endingSoon: false,
      evaluationDue: false,
      page: 1,
      pageSize: 25,
    },
    'contracts.get': { id: ids.signedContractId },
    'contracts.create': { participantId: ids.participantId, projectId: ids.projectId, content },
    'contracts.update': { id: ids.draftContractId, projectId: ids.projectId, content },
    'contracts.sign': { id: ids.draftContractId, signedOn: '2026-11-05' },
    'contracts.addEvaluation': {
      id: ids.signedContractId,
      date: '2026-11-16',
      taskProgress: [
        { taskIndex: 0, status: 'done', comment: 'Obecność 90%' },
        { taskIndex: 1, status: 'inProgress', comment: null },
      ],
      goalProgress: [
        {
          goal: 'Podjęcie zatrudnienia i uregulowanie zaległości czynszowych',
          comment: 'Dwie rozmowy',
        },
        { goal: 'Ukończenie kursu zawodowego', comment: 'Zapisany\nna kurs' },
      ],
      assessment: 'Współpraca przebiega dobrze',
      personAssessment: 'Zajęcia pomagają',
      ...PARTIES_AGREE,
      nextEvaluationOn: '2026-12-14',
    },
    'contracts.amend': {
      id: ids.signedContractId,
      date: '2026-11-20',
      effectiveFrom: '2026-11-20',
      description: 'Przedłużenie okresu\ni nowy cel',
      content: { ...content, periodTo: '2027-02-28' },
    },
    'contracts.complete': {
      id: ids.signedContractId,
      date: '2026-11-23',
      goalsReached: true,
      note: 'Cele osiągnięte',
      endParticipation: false,
    },
    'contracts.terminate': {
      id: ids.signedContractId,
      date: '2026-11-23',
      reason: 'resignation',
      note: 'Osoba zrezygnowała',
      endParticipation: false,
    },
    'documents.get': { id: ids.documentId },
    'contracts.preview': { id: ids.draftContractId },
    'audit.forEntity': {
      entity: 'participant',
      entityId: ids.participantId,
      page: 1,
      pageSize: 100,
      includeViews: true,
    },
    'audit.search': {
      from: '2026-11-01',
      to: '2026-11-30',
      actorId: ids.staffId,
      entity: 'participant',
      action: 'view',
      participantId: ids.participantId,
      untilId: 1000,
      page: 1,
      pageSize: 500,
    },
    'audit.viewsOf': { participantId: ids.participantId },
    // A folder that does not exist here: the fuzz test must not set copies up for real.
    'backups.configure': { folder: 'D:\\Kopie Aktywatora', password: 'Hasło kopii 2026' },
    'backups.restore': { file: 'aktywator-2026-11-23-173000.akb', password: 'Hasło kopii 2026' },
    ...clubChannelInputs(ids),
  };
}
