import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '../../src-main/domain/dates';
import { FUTURE_DATE } from '../../src-main/contract/rules';
import { enrolParticipants, polishOrder } from '../support/attendance';
import { projectAround } from '../support/club';
import {
  afterCourse,
  COURSE_PEOPLE,
  courseClasses,
  courseStart,
  courseWorld,
  storedCertificate,
  validCourse,
  validProvider,
} from '../support/courses';
import { useTestApp, validEnrolment, validParticipant } from '../support/test-app';

const app = useTestApp();

/** A project and a provider, with nothing else. */
async function projectAndProvider() {
  const project = await app().call('projects.create', projectAround(app().clock.today()));
  const provider = await app().call('courses.saveProvider', validProvider());
  return { project, providerId: provider.id };
}

describe('courses.save, courses.get and courses.list', () => {
  it('adds a course with its programme, changes it, lists courses newest first then by name', async () => {
    const { project, providerId } = await projectAndProvider();
    const start = courseStart(app());
    const added = await app().call(
      'courses.save',
      validCourse(project.id, providerId, { startDate: start }),
    );
    expect(added).toMatchObject({
      projectId: project.id,
      project: project.title,
      provider: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
      name: 'Spawacz MAG (135)',
      startDate: start,
      endDate: addDays(start, 27),
      totalHours: 20,
      minAttendancePercent: 80,
      examRequired: true,
      resultKind: 'qualification',
      participants: [],
      classes: [],
      certificates: 0,
    });
    expect(added.topics.map((t) => t.hours)).toEqual([4, 6, 10]);
    expect(await app().call('courses.get', { id: added.id })).toEqual(added);

    const changed = await app().call('courses.save', {
      ...validCourse(project.id, providerId, {
        startDate: start,
        name: 'Spawacz MAG (135) — grupa II',
        totalHours: 24,
        topics: [
          { title: 'BHP', hours: 4 },
          { title: 'Praktyka', hours: 20 },
        ],
      }),
      id: added.id,
    });
    expect(changed.topics).toEqual([
      { title: 'BHP', hours: 4 },
      { title: 'Praktyka', hours: 20 },
    ]);
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'course',
      entityId: added.id,
    });
    expect(log.map((e) => [e.action, [...e.changedFields].sort()])).toEqual([
      ['update', ['name', 'topics', 'totalHours']],
      ['create', expect.arrayContaining(['name', 'topics', 'startDate', 'providerId'])],
    ]);

    // Two later courses on one day: by name in Polish order (Ś after S); an earlier one last.
    const later = addDays(start, 7);
    const s = await app().call(
      'courses.save',
      validCourse(project.id, providerId, { startDate: later, name: 'Sprzedawca z obsługą kasy' }),
    );
    const ś = await app().call(
      'courses.save',
      validCourse(project.id, providerId, { startDate: later, name: 'Ślusarz' }),
    );
    const other = await app().call('projects.create', projectAround(app().clock.today()));
    const elsewhere = await app().call(
      'courses.save',
      validCourse(other.id, providerId, { startDate: start, name: 'Brukarz' }),
    );
    const all = await app().call('courses.list', {});
    expect(all.map((c) => c.id)).toEqual([s.id, ś.id, elsewhere.id, added.id]);
    const ofProject = await app().call('courses.list', { projectId: project.id });
    expect(ofProject.map((c) => c.id)).toEqual([s.id, ś.id, added.id]);
    expect(ofProject[2]).toMatchObject({ participants: 0, certificates: 0, totalHours: 24 });
    await app().fail('courses.get', { id: 999_999 }, 'not_found');
  });

  it('refuses a missing provider or project, dates out of order or outside the project, topics not adding up — and saves nothing', async () => {
    const { project, providerId } = await projectAndProvider();
    const start = courseStart(app());
    const valid = validCourse(project.id, providerId, { startDate: start });

    const noProvider = await app().fail(
      'courses.save',
      { ...valid, providerId: 999 },
      'invalid_input',
    );
    expect(noProvider.issues).toEqual([
      { path: ['providerId'], message: 'Nie znaleziono organizatora szkolenia' },
    ]);
    const noProject = await app().fail(
      'courses.save',
      { ...valid, projectId: 999 },
      'invalid_input',
    );
    expect(noProject.issues).toEqual([{ path: ['projectId'], message: 'Nie znaleziono projektu' }]);

    const reversed = await app().fail(
      'courses.save',
      { ...valid, endDate: addDays(start, -1) },
      'invalid_input',
    );
    expect(reversed.issues).toEqual([
      { path: ['endDate'], message: 'Data końcowa nie może być wcześniejsza niż początkowa' },
    ]);

    const outside = `Kurs musi się mieścić w okresie realizacji projektu (od ${formatDate(project.startDate)} do ${formatDate(project.endDate)})`;
    const tooEarly = await app().fail(
      'courses.save',
      { ...valid, startDate: addDays(project.startDate, -1) },
      'invalid_input',
    );
    expect(tooEarly.issues).toEqual([{ path: ['startDate'], message: outside }]);
    const tooLate = await app().fail(
      'courses.save',
      { ...valid, endDate: addDays(project.endDate, 1) },
      'invalid_input',
    );
    expect(tooLate.issues).toEqual([{ path: ['endDate'], message: outside }]);
    // The project's own first and last days are within it.
    await app().call('courses.save', {
      ...valid,
      startDate: project.startDate,
      endDate: project.endDate,
    });

    const sum = await app().fail('courses.save', { ...valid, totalHours: 21 }, 'invalid_input');
    expect(sum.issues).toEqual([
      {
        path: ['topics'],
        message: 'Suma godzin tematów (20 h) różni się od liczby godzin kursu (21 h)',
      },
    ]);
    expect(app().count('courses')).toBe(1);
    expect(app().count('course_topics')).toBe(3);
    await app().fail('courses.save', { ...valid, id: 999 }, 'not_found');
  });

  it('keeps classes within the dates and a course with people in its project; allows a change after certificates', async () => {
    const w = await courseWorld(app());
    const before = await app().call('courses.get', { id: w.courseId });
    const input = validCourse(w.projectId, w.providerId, { startDate: w.course.startDate });

    const later = await app().fail(
      'courses.save',
      { ...input, id: w.courseId, startDate: addDays(w.classes[0]!.date, 1) },
      'invalid_input',
    );
    expect(later.issues).toEqual([
      {
        path: ['startDate'],
        message: `Kurs ma zajęcia ${formatDate(w.classes[0]!.date)} — początek nie może być późniejszy`,
      },
    ]);
    const earlier = await app().fail(
      'courses.save',
      { ...input, id: w.courseId, endDate: addDays(w.classes.at(-1)!.date, -1) },
      'invalid_input',
    );
    expect(earlier.issues).toEqual([
      {
        path: ['endDate'],
        message: `Kurs ma zajęcia ${formatDate(w.classes.at(-1)!.date)} — koniec nie może być wcześniejszy`,
      },
    ]);
    const other = await app().call('projects.create', projectAround(app().clock.today()));
    const moved = await app().fail(
      'courses.save',
      { ...input, id: w.courseId, projectId: other.id },
      'invalid_input',
    );
    expect(moved.issues).toEqual([
      {
        path: ['projectId'],
        message: 'Kurs ma już uczestników — nie można go przenieść do innego projektu',
      },
    ]);
    expect(await app().call('courses.get', { id: w.courseId })).toEqual(before);

    storedCertificate(app(), { courseId: w.courseId, participantId: w.ids[0]!, number: '1/2026' });
    const renamed = await app().call('courses.save', {
      ...input,
      id: w.courseId,
      place: 'Radom, ul. Żelazna 3',
    });
    expect(renamed).toMatchObject({ place: 'Radom, ul. Żelazna 3', certificates: 1 });
    // Saving the same data again changes and logs nothing.
    const entries = app().auditRows().length;
    await app().call('courses.save', { ...input, id: w.courseId, place: 'Radom, ul. Żelazna 3' });
    expect(app().auditRows().length).toBe(entries);
  });
});

describe('courses.setParticipants', () => {
  it('takes the project’s participants in Polish order, and refuses anyone else on their place in the list', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 3));
    expect(w.course.participants.map((p) => p.name)).toEqual(
      polishOrder(COURSE_PEOPLE.slice(0, 3)),
    );
    expect(w.course.participants.map((p) => p.sex).sort()).toEqual(['K', 'K', 'M']);

    const [late] = await enrolParticipants(app(), w.projectId, [COURSE_PEOPLE[3]!]);
    const stranger = (
      await app().call('participants.create', validParticipant({ lastName: 'Obcy' }))
    ).id;
    const candidate = (
      await app().call('participants.create', validParticipant({ lastName: 'Kandydat' }))
    ).id;
    const today = app().clock.today();
    await app().call(
      'enrolments.create',
      validEnrolment(candidate, w.projectId, { enrolledOn: today, consentDate: today }),
    );
    const project = await app().call('projects.get', { id: w.projectId });
    const error = await app().fail(
      'courses.setParticipants',
      { courseId: w.courseId, participantIds: [...w.ids, stranger, late!, candidate] },
      'invalid_input',
    );
    const message = `Ta osoba nie jest uczestnikiem projektu „${project.title}”`;
    expect(error.issues).toEqual([
      { path: ['participantIds', 3], message },
      { path: ['participantIds', 5], message },
    ]);
    expect(app().count('course_participants')).toBe(3);

    const added = await app().call('courses.setParticipants', {
      courseId: w.courseId,
      participantIds: [...w.ids, late!],
    });
    expect(added.participants).toHaveLength(4);
    const fewer = await app().call('courses.setParticipants', {
      courseId: w.courseId,
      participantIds: [late!],
    });
    expect(fewer.participants.map((p) => p.participantId)).toEqual([late]);
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'course',
      entityId: w.courseId,
    });
    expect(log[0]).toMatchObject({ action: 'update', changedFields: ['participants'] });
    await app().fail('courses.setParticipants', { courseId: 999, participantIds: [] }, 'not_found');
  });

  it('keeps on the course whoever has recorded attendance, an exam result or a certificate', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 4));
    app().clock.set(w.classes[0]!.date);
    await app().call('courses.record', {
      classId: w.classes[0]!.id,
      marks: [{ participantId: w.ids[0]!, status: 'absent' }],
    });
    await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [{ participantId: w.ids[1]!, result: 'absent', date: null }],
    });
    storedCertificate(app(), {
      courseId: w.courseId,
      participantId: w.ids[2]!,
      number: '7/2026',
      revokedOn: app().clock.today(),
    });
    const name = (i: number) => `${COURSE_PEOPLE[i]!.lastName} ${COURSE_PEOPLE[i]!.firstName}`;

    const error = await app().fail(
      'courses.setParticipants',
      { courseId: w.courseId, participantIds: [] },
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.message).sort()).toEqual(
      [
        `Nie można zdjąć z kursu osoby ${name(0)}: ma zapisaną obecność na zajęciach`,
        `Nie można zdjąć z kursu osoby ${name(1)}: ma zapisany wynik egzaminu`,
        `Nie można zdjąć z kursu osoby ${name(2)}: ma wydane zaświadczenie`,
      ].sort(),
    );
    expect(error.issues?.every((i) => i.path.join() === 'participantIds')).toBe(true);
    expect(app().count('course_participants')).toBe(4);
    // The one with nothing on paper goes.
    const kept = await app().call('courses.setParticipants', {
      courseId: w.courseId,
      participantIds: w.ids.slice(0, 3),
    });
    expect(kept.participants).toHaveLength(3);
  });
});

describe('courses.saveClasses', () => {
  it('replaces the list in time order; a recorded class keeps its date and hours, may get a new topic, and stays', async () => {
    const w = await courseWorld(app());
    expect(w.classes.map((c) => c.date)).toEqual(
      courseClasses(w.course.startDate).map((c) => c.date),
    );
    expect(w.classes.every((c) => !c.recorded)).toBe(true);
    const [first, second, ...rest] = w.classes;
    app().clock.set(first!.date);
    await app().call('courses.record', {
      classId: first!.id,
      marks: [{ participantId: w.ids[0]!, status: 'present' }],
    });

    const keep = (c: typeof first) => ({
      id: c!.id,
      date: c!.date,
      from: c!.from,
      to: c!.to,
      topic: c!.topic,
    });
    const extra = {
      id: null,
      date: addDays(w.course.startDate, 1),
      from: 480,
      to: 600,
      topic: null,
    };
    // Sent out of order: the answer is by date and hour; `second` is dropped.
    const saved = await app().call('courses.saveClasses', {
      courseId: w.courseId,
      classes: [...rest.map(keep), extra, { ...keep(first), topic: 'BHP — poprawiony temat' }],
    });
    expect(saved.classes.map((c) => [c.date, c.from])).toEqual(
      [first!, extra, ...rest].map((c) => [c.date, c.from]),
    );
    expect(saved.classes[0]).toMatchObject({
      id: first!.id,
      topic: 'BHP — poprawiony temat',
      recorded: true,
    });
    expect(saved.classes.filter((c) => c.recorded)).toHaveLength(1);
    expect(saved.classes.some((c) => c.id === second!.id)).toBe(false);

    const stored = app().count('course_classes');
    const moved = await app().fail(
      'courses.saveClasses',
      {
        courseId: w.courseId,
        classes: saved.classes.map((c) => ({
          ...keep(c),
          ...(c.id === first!.id ? { from: c.from + 60 } : {}),
        })),
      },
      'invalid_input',
    );
    expect(moved.issues).toEqual([
      {
        path: ['classes', 0, 'date'],
        message: `Zajęcia z dnia ${formatDate(first!.date)} mają zapisaną obecność — ich data i godziny nie mogą się zmienić`,
      },
    ]);
    const removed = await app().fail(
      'courses.saveClasses',
      {
        courseId: w.courseId,
        classes: saved.classes.slice(1).map(keep),
      },
      'invalid_input',
    );
    expect(removed.issues).toEqual([
      {
        path: ['classes'],
        message: `Zajęcia z dnia ${formatDate(first!.date)} mają zapisaną obecność — nie można ich usunąć`,
      },
    ]);
    expect(app().count('course_classes')).toBe(stored);
    expect((await app().call('courses.get', { id: w.courseId })).classes).toEqual(saved.classes);
  });

  it('refuses a class outside the course, ending before it starts, overlapping another, or of another course — and saves none', async () => {
    const w = await courseWorld(app());
    const other = await app().call(
      'courses.save',
      validCourse(w.projectId, w.providerId, { startDate: w.course.startDate, name: 'Brukarz' }),
    );
    const foreign = (
      await app().call('courses.saveClasses', {
        courseId: other.id,
        classes: courseClasses(w.course.startDate).slice(0, 1),
      })
    ).classes[0]!;
    const day = w.course.startDate;
    const error = await app().fail(
      'courses.saveClasses',
      {
        courseId: w.courseId,
        classes: [
          { id: null, date: addDays(day, -1), from: 540, to: 780, topic: null },
          { id: null, date: addDays(w.course.endDate, 1), from: 540, to: 780, topic: null },
          { id: null, date: day, from: 780, to: 780, topic: null },
          { id: null, date: day, from: 540, to: 780, topic: null },
          { id: null, date: day, from: 720, to: 840, topic: null },
          // Touching the one before (ends as it starts) is no overlap.
          { id: null, date: day, from: 840, to: 900, topic: null },
          { id: foreign.id, date: day, from: 900, to: 960, topic: null },
        ],
      },
      'invalid_input',
    );
    const outside = `Zajęcia muszą się odbyć w czasie kursu (od ${formatDate(w.course.startDate)} do ${formatDate(w.course.endDate)})`;
    expect(error.issues).toEqual([
      { path: ['classes', 0, 'date'], message: outside },
      { path: ['classes', 1, 'date'], message: outside },
      { path: ['classes', 2, 'to'], message: 'Koniec musi być późniejszy niż początek' },
      {
        path: ['classes', 4, 'from'],
        message: 'Zajęcia w tym samym dniu nie mogą na siebie nachodzić',
      },
      { path: ['classes', 6, 'id'], message: 'Tych zajęć nie ma w tym kursie' },
    ]);
    expect((await app().call('courses.get', { id: w.courseId })).classes).toEqual(w.classes);
  });
});

describe('courses.saveExam and courses.ofParticipant', () => {
  it('records results with their dates, takes one back, and refuses what is wrong — saving none', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 3));
    const last = afterCourse(app(), w);
    const outsider = (
      await app().call('participants.create', validParticipant({ lastName: 'Obca', sex: 'K' }))
    ).id;
    const start = w.course.startDate;

    const error = await app().fail(
      'courses.saveExam',
      {
        courseId: w.courseId,
        results: [
          { participantId: w.ids[0]!, result: 'passed', date: null },
          { participantId: w.ids[1]!, result: 'failed', date: addDays(start, -1) },
          { participantId: w.ids[2]!, result: 'passed', date: addDays(last, 1) },
          { participantId: outsider, result: 'passed', date: last },
        ],
      },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      { path: ['results', 0, 'date'], message: 'Podaj datę egzaminu' },
      {
        path: ['results', 1, 'date'],
        message: `Egzamin nie może się odbyć przed początkiem kursu (${formatDate(start)})`,
      },
      { path: ['results', 2, 'date'], message: FUTURE_DATE },
      { path: ['results', 3, 'participantId'], message: 'Tej osoby nie ma na kursie' },
    ]);
    expect(
      (await app().call('courses.get', { id: w.courseId })).participants.every(
        (p) => p.exam === null,
      ),
    ).toBe(true);

    const saved = await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [
        { participantId: w.ids[0]!, result: 'passed', date: last },
        { participantId: w.ids[1]!, result: 'failed', date: last },
        { participantId: w.ids[2]!, result: 'absent', date: null },
      ],
    });
    const exam = new Map(saved.participants.map((p) => [p.participantId, p.exam]));
    expect(exam.get(w.ids[0]!)).toEqual({ result: 'passed', date: last });
    expect(exam.get(w.ids[1]!)).toEqual({ result: 'failed', date: last });
    expect(exam.get(w.ids[2]!)).toEqual({ result: 'absent', date: null });

    const cleared = await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [{ participantId: w.ids[1]!, result: null, date: last }],
    });
    expect(cleared.participants.find((p) => p.participantId === w.ids[1]!)?.exam).toBeNull();
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'course',
      entityId: w.courseId,
    });
    expect(log.slice(0, 2).map((e) => [e.action, e.changedFields])).toEqual([
      ['update', ['exam']],
      ['update', ['exam']],
    ]);

    // A valid certificate rests on the result: revoke it first. A revoked one does not block.
    storedCertificate(app(), {
      courseId: w.courseId,
      participantId: w.ids[0]!,
      number: '3/2026',
      revokedOn: last,
    });
    storedCertificate(app(), { courseId: w.courseId, participantId: w.ids[0]!, number: '4/2026' });
    const blocked = await app().fail(
      'courses.saveExam',
      {
        courseId: w.courseId,
        results: [{ participantId: w.ids[0]!, result: null, date: null }],
      },
      'invalid_input',
    );
    expect(blocked.issues).toEqual([
      { path: ['results', 0, 'result'], message: 'Najpierw unieważnij zaświadczenie nr 4/2026' },
    ]);
    // Sending the same result again is no change, so it is not blocked.
    await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [{ participantId: w.ids[0]!, result: 'passed', date: last }],
    });
  });

  it('lists a person’s courses with attendance, exam and certificates (revoked ones marked)', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 2));
    const last = afterCourse(app(), w);
    const person = w.ids[0]!;
    // Present at four of the five classes of 4 h: 16 of 20 h, 80 %.
    await app().call('courses.recordGrid', {
      courseId: w.courseId,
      marks: w.classes.map((c, i) => ({
        sessionId: c.id,
        participantId: person,
        status: i === 0 ? 'absent' : 'present',
      })),
    });
    await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [{ participantId: person, result: 'passed', date: last }],
    });
    const revoked = storedCertificate(app(), {
      courseId: w.courseId,
      participantId: person,
      number: '1/2026',
      revokedOn: last,
    });
    const valid = storedCertificate(app(), {
      courseId: w.courseId,
      participantId: person,
      number: '2/2026',
    });

    const courses = await app().call('courses.ofParticipant', { participantId: person });
    expect(courses).toEqual([
      {
        courseId: w.courseId,
        course: 'Spawacz MAG (135)',
        project: (await app().call('projects.get', { id: w.projectId })).title,
        startDate: w.course.startDate,
        endDate: w.course.endDate,
        totalHours: 20,
        percent: Math.floor((100 * 4 * 240) / (5 * 240)),
        exam: { result: 'passed', date: last },
        certificates: [
          { id: valid, number: '2/2026', issuedOn: last, revoked: false },
          { id: revoked, number: '1/2026', issuedOn: last, revoked: true },
        ],
      },
    ]);
    expect(await app().call('courses.ofParticipant', { participantId: w.ids[1]! })).toMatchObject([
      { percent: 0, exam: null, certificates: [] },
    ]);
  });
});
