import { z } from 'zod';
import { ATTENDANCE_STATUSES, COMPLETION_OUTCOMES } from '../domain/attendance/hours';
import { id, list, optionalText, projectDate } from './common';

/*
 * Attendance (obecność) at the sessions of the club — and, later, of courses: one mark per
 * person per session, hours counted from the marks, the completion rule, the end of a person's
 * participation and the certificate that confirms it (art. 18 ust. 5a ustawy o zatrudnieniu
 * socjalnym). Times are minutes (of the day, or of attendance), as in the club's contract.
 */

export const attendanceStatus = z.enum(ATTENDANCE_STATUSES, { error: 'Wybierz obecność' });

/** One person's mark as a screen sends it; `status: null` takes a mark back. */
export const markInput = z
  .object({
    participantId: id,
    status: attendanceStatus.nullable(),
    /** Minutes attended, only with `partial` (came late, left early). */
    minutes: z
      .number({ error: 'Podaj liczbę godzin obecności' })
      .int('Czas obecności podaj w pełnych minutach')
      .positive('Czas obecności musi być większy od zera')
      .max(24 * 60, 'Zajęcia trwają najwyżej jeden dzień')
      .nullable()
      .default(null),
    /** Why an absence is excused (optional). */
    reason: optionalText('Powód nieobecności', 200),
  })
  .strict();
export type MarkInput = z.output<typeof markInput>;

export const cellInput = markInput.extend({ sessionId: id }).strict();

/** 'YYYY-MM'. */
export const month = z
  .string({ error: 'Podaj miesiąc' })
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'Podaj miesiąc w postaci RRRR-MM');

const mark = z.object({
  status: attendanceStatus,
  minutes: z.number().nullable(),
  reason: z.string().nullable(),
});
export type Mark = z.output<typeof mark>;

/**
 * A session as attendance screens and lists name it. A course's class is one too (`kind:
 * 'course'`): the course stands for both the edition and the group, its topic for the module,
 * its provider for the trainer and its place for the room.
 */
export const attendanceSession = z.object({
  kind: z.enum(['club', 'course']),
  id,
  editionId: id,
  groupId: id,
  group: z.string(),
  module: z.string(),
  trainer: z.string(),
  room: z.string(),
  date: z.string(),
  from: z.number(),
  to: z.number(),
  /** Held (today or earlier): its attendance may be recorded. */
  recordable: z.boolean(),
});
export type AttendanceSession = z.output<typeof attendanceSession>;

/** One session's attendance: the group's members on that day, in Polish alphabetical order. */
export const sessionSheet = z.object({
  session: attendanceSession,
  rows: z.array(
    z.object({
      participantId: id,
      /** "Nazwisko Imię". */
      name: z.string(),
      mark: mark.nullable(),
    }),
  ),
});
export type SessionSheet = z.output<typeof sessionSheet>;

/** A group's month: its sessions as columns, its people as rows. */
export const monthGrid = z.object({
  groupId: id,
  month: z.string(),
  sessions: z.array(attendanceSession),
  people: z.array(
    z.object({
      participantId: id,
      name: z.string(),
      /** One cell per session, in the sessions' order; `member: false` → not in the group then. */
      cells: z.array(z.object({ member: z.boolean(), mark: mark.nullable() })),
    }),
  ),
});
export type MonthGrid = z.output<typeof monthGrid>;

/** The project a printed document belongs to: an EFS one's carry the EU marking. */
export const fundedProject = z.object({
  title: z.string(),
  number: z.string().nullable(),
  programme: z.string(),
  isEfs: z.boolean(),
  /** A data URL of the office's logo strip (in stored data: an `asset:` reference), or null. */
  logoStrip: z.string().nullable(),
});
export type FundedProjectData = z.output<typeof fundedProject>;

/** What printed attendance lists are made from: one sheet per session. */
export const attendanceListsData = z.object({
  /** Whose lists: a club edition's, or a course's (then `edition` names the course). */
  kind: z.enum(['club', 'course']),
  office: z.object({ name: z.string() }),
  project: fundedProject,
  edition: z.object({ name: z.string() }),
  sheets: z.array(
    attendanceSession.omit({ recordable: true }).extend({ names: z.array(z.string()) }),
  ),
});
export type AttendanceListsData = z.output<typeof attendanceListsData>;

const minutes = z.number();

/** Hours of one person in one module (or in total): minutes, as the marks give them. */
export const tally = z.object({
  /** Sessions of the person's time in the group. */
  planned: minutes,
  /** Of those, held until today. */
  held: minutes,
  attended: minutes,
  excused: minutes,
  absent: minutes,
  /** Held sessions with no mark yet. */
  unrecorded: minutes,
});
export type Tally = z.output<typeof tally>;

export const hoursWarning = z.object({
  /** `cannotReach`: even full attendance from now on is not enough; `behind`: below at the current pace. */
  kind: z.enum(['cannotReach', 'behind']),
  moduleId: id.nullable(),
  /** Minutes short of the minimum (what cannot be made up, or the gap at today's pace). */
  missing: minutes,
  message: z.string(),
});
export type HoursWarning = z.output<typeof hoursWarning>;

export const completionRecord = z.object({
  id,
  editionId: id,
  participantId: id,
  outcome: z.enum(COMPLETION_OUTCOMES),
  endedOn: z.string(),
  reason: z.string().nullable(),
  /** The last certificate issued for it, or null. */
  certificate: z.object({ documentId: id, number: z.string(), issuedOn: z.string() }).nullable(),
});
export type CompletionRecord = z.output<typeof completionRecord>;

export const personHours = z.object({
  participantId: id,
  name: z.string(),
  sex: z.enum(['K', 'M']),
  groupId: id,
  total: tally,
  /** Minutes needed to complete: the edition's percentage of `total.planned`, rounded up. */
  required: minutes,
  modules: z.array(
    tally.extend({ moduleId: id, module: z.string(), minPercent: z.number().nullable() }),
  ),
  warnings: z.array(hoursWarning),
  completion: completionRecord.nullable(),
});
export type PersonHours = z.output<typeof personHours>;

export const editionHours = z.object({
  editionId: id,
  minAttendancePercent: z.number(),
  groups: z.array(z.object({ groupId: id, name: z.string(), people: z.array(personHours) })),
});
export type EditionHours = z.output<typeof editionHours>;

const bySex = z.object({ K: z.number(), M: z.number(), total: z.number() });

/** The numbers the office reports each year for an edition (art. 18a ust. 6). */
export const clubFigures = z.object({
  editionId: id,
  edition: z.string(),
  tookPart: bySex,
  completed: bySex,
  leftEarly: bySex,
  ongoing: bySex,
});
export type ClubFigures = z.output<typeof clubFigures>;

/** The certificate's frozen data (zaświadczenie o uczestnictwie w KIS). */
export const clubCertificateData = z.object({
  number: z.string(),
  issuedOn: z.string(),
  /** The place in "Radom, dnia …": the office's town. */
  place: z.string(),
  office: z.object({ name: z.string(), address: z.string().nullable() }),
  person: z.object({
    firstName: z.string(),
    lastName: z.string(),
    sex: z.enum(['K', 'M']),
    /** Which one the office chose to print; the other is null. */
    birthDate: z.string().nullable(),
    pesel: z.string().nullable(),
  }),
  edition: z.object({ name: z.string() }),
  outcome: z.enum(COMPLETION_OUTCOMES),
  period: z.object({ from: z.string(), to: z.string() }),
  reason: z.string().nullable(),
  modules: z.array(z.object({ name: z.string(), planned: minutes, attended: minutes })),
  project: fundedProject,
});
export type ClubCertificateData = z.output<typeof clubCertificateData>;

const registerEntry = z.object({
  documentId: id,
  number: z.string(),
  issuedOn: z.string(),
  participantId: id,
  person: z.string(),
  sex: z.enum(['K', 'M']),
  edition: z.string(),
  outcome: z.enum(COMPLETION_OUTCOMES),
  sha256: z.string(),
  issuedByName: z.string().nullable(),
});

const endInput = z
  .object({
    editionId: id,
    participantId: id,
    outcome: z.enum(COMPLETION_OUTCOMES, { error: 'Wybierz, jak zakończył się udział' }),
    endedOn: projectDate,
    reason: optionalText('Powód zakończenia', 300),
  })
  .strict();

export const attendanceChannels = {
  'attendance.session': {
    input: z.object({ sessionId: id }).strict(),
    output: sessionSheet,
  },
  /** Records (or corrects) a held session's marks; people not sent keep theirs. */
  'attendance.record': {
    input: z.object({ sessionId: id, marks: list(markInput, 'Obecności', 200) }).strict(),
    output: sessionSheet,
  },
  'attendance.month': {
    input: z.object({ groupId: id, month }).strict(),
    output: monthGrid,
  },
  /** Saves every changed cell of a month's grid in one transaction. */
  'attendance.recordMonth': {
    input: z.object({ groupId: id, month, marks: list(cellInput, 'Obecności', 20_000) }).strict(),
    output: monthGrid,
  },
  /** Lists to print: one session, a day of the edition, or a group's period (a month). */
  'attendance.lists': {
    input: z
      .object({
        editionId: id,
        groupId: id.nullable().default(null),
        sessionId: id.nullable().default(null),
        from: projectDate,
        to: projectDate,
      })
      .strict(),
    output: attendanceListsData,
  },
  'club.hours': {
    input: z.object({ editionId: id }).strict(),
    output: editionHours,
  },
  /** A person's club hours and warnings in every edition, for their card. */
  'club.personHours': {
    input: z.object({ participantId: id }).strict(),
    output: z.array(personHours.extend({ editionId: id, edition: z.string(), group: z.string() })),
  },
  /** Ends a person's participation (completed / left early); moves their enrolment too. */
  'club.endParticipation': { input: endInput, output: completionRecord },
  /** Issues the certificate of a person whose participation ended. */
  'club.issueCertificate': {
    input: z
      .object({
        editionId: id,
        participantId: id,
        identifyBy: z.enum(['birthDate', 'pesel'], { error: 'Wybierz datę urodzenia albo PESEL' }),
      })
      .strict(),
    output: z.object({ documentId: id, number: z.string() }),
  },
  /** The register of issued club certificates. */
  'club.certificates': {
    input: z.object({ editionId: id.optional() }).strict(),
    output: z.array(registerEntry),
  },
  /** A certificate re-printed from its stored data; `duplicate` marks (and logs) a duplicate. */
  'club.certificate': {
    input: z.object({ documentId: id, duplicate: z.boolean().default(false) }).strict(),
    output: z.object({
      documentId: id,
      number: z.string(),
      issuedOn: z.string(),
      sha256: z.string(),
      /** The day the duplicate was made, or null for the original. */
      duplicateOn: z.string().nullable(),
      data: clubCertificateData,
    }),
  },
  'club.figures': {
    input: z.object({ editionId: id }).strict(),
    output: clubFigures,
  },
} as const;
