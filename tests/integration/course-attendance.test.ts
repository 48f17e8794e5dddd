import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src-main/domain/dates';
import { polishOrder } from '../support/attendance';
import {
  afterCourse,
  classesHeldUntil,
  COURSE_PEOPLE,
  courseWorld,
  everybodyPresent,
  storedCertificate,
  validCourse,
} from '../support/courses';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

const marksCount = () => app().count('attendance_marks');
const present = (participantId: number) => ({ participantId, status: 'present' as const });
const absent = (participantId: number) => ({ participantId, status: 'absent' as const });

/** A class of the world lasts 4 hours. */
const CLASS = 240;

describe('courses.sheet and courses.record', () => {
  it('shows a class as a session of the course and records its marks, logged on the class', async () => {
    const w = await courseWorld(app());
    const first = w.classes[0]!;
    classesHeldUntil(app(), w, 0);

    const sheet = await app().call('courses.sheet', { classId: first.id });
    expect(sheet.session).toEqual({
      kind: 'course',
      id: first.id,
      editionId: w.courseId,
      groupId: w.courseId,
      group: 'Spawacz MAG (135)',
      module: first.topic,
      trainer: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
      room: w.course.place,
      date: first.date,
      from: first.from,
      to: first.to,
      recordable: true,
    });
    expect(sheet.rows.map((r) => r.name)).toEqual(polishOrder(COURSE_PEOPLE));
    expect(sheet.rows.every((r) => r.mark === null)).toBe(true);

    await app().call('courses.record', { classId: first.id, marks: w.ids.map(present) });
    const corrected = await app().call('courses.record', {
      classId: first.id,
      marks: [
        absent(w.ids[0]!),
        { participantId: w.ids[1]!, status: 'partial', minutes: CLASS - 45, reason: 'Spóźnienie' },
      ],
    });
    const byId = new Map(corrected.rows.map((r) => [r.participantId, r.mark]));
    expect(byId.get(w.ids[0]!)).toEqual({ status: 'absent', minutes: null, reason: null });
    expect(byId.get(w.ids[1]!)).toEqual({
      status: 'partial',
      minutes: CLASS - 45,
      reason: 'Spóźnienie',
    });
    expect(byId.get(w.ids[2]!)?.status).toBe('present');
    expect(marksCount()).toBe(COURSE_PEOPLE.length);
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'courseAttendance',
      entityId: first.id,
    });
    expect(log.map((e) => [e.action, e.changedFields])).toEqual([
      ['update', ['marks']],
      ['create', ['marks']],
    ]);
    // A class without a topic is shown under the course's name.
    const bare = await app().call('courses.saveClasses', {
      courseId: w.courseId,
      classes: w.classes.map((c) => ({
        id: c.id,
        date: c.date,
        from: c.from,
        to: c.to,
        topic: c.id === first.id ? c.topic : null,
      })),
    });
    expect(
      (await app().call('courses.sheet', { classId: bare.classes[1]!.id })).session.module,
    ).toBe('Spawacz MAG (135)');
  });

  it('refuses a class not yet held, someone not on the course, hours over the class — saving no mark', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 3));
    classesHeldUntil(app(), w, 0);
    const future = await app().fail(
      'courses.record',
      { classId: w.classes[1]!.id, marks: w.ids.map(present) },
      'invalid_state',
    );
    expect(future.message).toBe(
      `Zajęcia z dnia ${formatDate(w.classes[1]!.date)} jeszcze się nie odbyły — obecność zapisuje się po zajęciach`,
    );
    const outsider = (
      await app().call('participants.create', validParticipant({ lastName: 'Obca', sex: 'K' }))
    ).id;
    const error = await app().fail(
      'courses.record',
      {
        classId: w.classes[0]!.id,
        marks: [
          present(w.ids[0]!),
          present(outsider),
          { participantId: w.ids[1]!, status: 'partial', minutes: CLASS + 15 },
        ],
      },
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.path)).toEqual([
      ['marks', 1, 'participantId'],
      ['marks', 2, 'minutes'],
    ]);
    expect(error.issues![0]!.message).toBe('Ta osoba nie jest uczestnikiem tego kursu');
    expect(marksCount()).toBe(0);
    expect(
      (await app().call('courses.sheet', { classId: w.classes[1]!.id })).session.recordable,
    ).toBe(false);
    await app().fail('courses.record', { classId: 999_999, marks: [] }, 'not_found');
    await app().fail('courses.sheet', { classId: 999_999 }, 'not_found');
  });
});

describe('courses.grid and courses.recordGrid', () => {
  it('shows every class × every person and saves the grid in one write; one wrong cell saves nothing', async () => {
    const w = await courseWorld(app());
    const empty = await app().call('courses.grid', { courseId: w.courseId });
    expect(empty.groupId).toBe(w.courseId);
    expect(empty.month).toBe('');
    expect(empty.sessions.map((s) => s.id)).toEqual(w.classes.map((c) => c.id));
    expect(empty.people.map((p) => p.name)).toEqual(polishOrder(COURSE_PEOPLE));
    expect(
      empty.people.every(
        (p) =>
          p.cells.length === w.classes.length && p.cells.every((c) => c.member && c.mark === null),
      ),
    ).toBe(true);

    afterCourse(app(), w);
    const cells = everybodyPresent(w);
    const bad = cells.map((c, i) =>
      i === cells.length - 1 ? { ...c, status: 'partial' as const } : c,
    );
    const error = await app().fail(
      'courses.recordGrid',
      { courseId: w.courseId, marks: bad },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['marks', cells.length - 1, 'minutes'],
        message: 'Podaj, ile godzin osoba była obecna',
      },
    ]);
    expect(marksCount()).toBe(0);

    const grid = await app().call('courses.recordGrid', { courseId: w.courseId, marks: cells });
    expect(marksCount()).toBe(w.classes.length * w.ids.length);
    expect(grid.people.every((p) => p.cells.every((c) => c.mark?.status === 'present'))).toBe(true);
    // One entry per class, each naming its class.
    const rows = app()
      .auditRows()
      .filter((r) => r.entity === 'courseAttendance');
    expect(rows.map((r) => r.entity_id).sort()).toEqual(w.classes.map((c) => c.id).sort());
  });

  it('refuses cells of classes not yet held or of another course, on their place in the list', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 2));
    const other = await app().call(
      'courses.save',
      validCourse(w.projectId, w.providerId, { startDate: w.course.startDate, name: 'Brukarz' }),
    );
    const foreign = (
      await app().call('courses.saveClasses', {
        courseId: other.id,
        classes: [{ id: null, date: w.course.startDate, from: 540, to: 600, topic: null }],
      })
    ).classes[0]!;
    classesHeldUntil(app(), w, 1);
    const error = await app().fail(
      'courses.recordGrid',
      {
        courseId: w.courseId,
        marks: [
          { sessionId: w.classes[0]!.id, ...present(w.ids[0]!) },
          { sessionId: w.classes[2]!.id, ...present(w.ids[0]!) },
          { sessionId: foreign.id, ...present(w.ids[0]!) },
        ],
      },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['marks', 1, 'sessionId'],
        message: 'Te zajęcia jeszcze się nie odbyły — obecność zapisuje się po zajęciach',
      },
      { path: ['marks', 2, 'sessionId'], message: 'Tych zajęć nie ma w harmonogramie tego kursu' },
    ]);
    expect(marksCount()).toBe(0);
    await app().fail('courses.grid', { courseId: 999_999 }, 'not_found');
  });
});

describe('courses.lists', () => {
  it('gives one class’s list or all of the course’s, names in Polish order, the course as the edition', async () => {
    const w = await courseWorld(app());
    const all = await app().call('courses.lists', { courseId: w.courseId, classId: null });
    expect(all.kind).toBe('course');
    expect(all.edition).toEqual({ name: 'Spawacz MAG (135)' });
    expect(all.project.title).toBe((await app().call('projects.get', { id: w.projectId })).title);
    expect(all.sheets.map((s) => s.id)).toEqual(w.classes.map((c) => c.id));
    expect(
      all.sheets.every(
        (s) => JSON.stringify(s.names) === JSON.stringify(polishOrder(COURSE_PEOPLE)),
      ),
    ).toBe(true);
    expect(all.sheets[0]).toMatchObject({
      kind: 'course',
      group: 'Spawacz MAG (135)',
      room: w.course.place,
    });

    const one = await app().call('courses.lists', {
      courseId: w.courseId,
      classId: w.classes[2]!.id,
    });
    expect(one.sheets.map((s) => s.date)).toEqual([w.classes[2]!.date]);
    const other = await app().call(
      'courses.save',
      validCourse(w.projectId, w.providerId, { startDate: w.course.startDate, name: 'Brukarz' }),
    );
    await app().fail(
      'courses.lists',
      { courseId: other.id, classId: w.classes[0]!.id },
      'not_found',
    );
  });
});

describe('courses.completion', () => {
  it('judges each person after the course: attendance against the minimum, the exam, the certificate', async () => {
    const w = await courseWorld(app());
    const last = afterCourse(app(), w);
    const planned = w.classes.length * CLASS;
    const required = Math.ceil((planned * 80) / 100);
    const [full, oneAbsence, short, failed, noExam] = w.ids as [
      number,
      number,
      number,
      number,
      number,
    ];
    const partial = CLASS - 60;
    const cells = everybodyPresent(w).map((c) => {
      if (c.participantId === oneAbsence && c.sessionId === w.classes[0]!.id)
        return { ...c, status: 'absent' as const };
      if (c.participantId === short && c.sessionId === w.classes[0]!.id)
        return { ...c, status: 'absent' as const };
      if (c.participantId === short && c.sessionId === w.classes[1]!.id)
        return { ...c, status: 'partial' as const, minutes: partial, reason: 'Wyjście do lekarza' };
      return c;
    });
    await app().call('courses.recordGrid', { courseId: w.courseId, marks: cells });
    await app().call('courses.saveExam', {
      courseId: w.courseId,
      results: [
        { participantId: full, result: 'passed', date: last },
        { participantId: oneAbsence, result: 'passed', date: last },
        { participantId: short, result: 'passed', date: last },
        { participantId: failed, result: 'failed', date: last },
      ],
    });
    const certificate = storedCertificate(app(), {
      courseId: w.courseId,
      participantId: full,
      number: '5/2026',
    });

    const completion = await app().call('courses.completion', { courseId: w.courseId });
    expect(completion).toMatchObject({
      courseId: w.courseId,
      minAttendancePercent: 80,
      examRequired: true,
    });
    expect(completion.people.map((p) => p.name)).toEqual(polishOrder(COURSE_PEOPLE));
    const row = new Map(completion.people.map((p) => [p.participantId, p]));

    expect(row.get(full)).toMatchObject({
      total: { planned, held: planned, attended: planned, excused: 0, absent: 0, unrecorded: 0 },
      required,
      percent: 100,
      eligible: true,
      reasons: [],
      warnings: [],
      certificate: { id: certificate, number: '5/2026', code: 'KOD-5/2026' },
    });
    // Exactly the minimum: 4 of 5 classes is 80 %.
    expect(row.get(oneAbsence)).toMatchObject({
      percent: 80,
      eligible: true,
      reasons: [],
      certificate: null,
    });
    expect(row.get(oneAbsence)!.total.attended).toBe(required);

    const attended = planned - CLASS - (CLASS - partial);
    const percent = Math.floor((100 * attended) / planned);
    expect(row.get(short)).toMatchObject({
      percent,
      eligible: false,
      reasons: [
        `obecność ${percent} % przy wymaganych 80 % (brakuje ${(required - attended) / 60} h)`,
      ],
    });
    expect(row.get(short)!.total).toMatchObject({ attended, absent: planned - attended });
    expect(row.get(short)!.warnings).toMatchObject([
      { kind: 'cannotReach', missing: required - attended, moduleId: null },
    ]);
    expect(row.get(failed)).toMatchObject({
      percent: 100,
      eligible: false,
      reasons: ['egzamin niezdany'],
    });
    expect(row.get(noExam)).toMatchObject({ eligible: false, reasons: ['brak wyniku egzaminu'] });
  });

  it('waits while the course goes on or a held class is unrecorded; warns who cannot reach the minimum', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 2));
    classesHeldUntil(app(), w, 2);
    const [ok, away] = w.ids as [number, number];
    await app().call('courses.record', {
      classId: w.classes[0]!.id,
      marks: [present(ok), absent(away)],
    });
    await app().call('courses.record', {
      classId: w.classes[1]!.id,
      marks: [present(ok), absent(away)],
    });

    const completion = await app().call('courses.completion', { courseId: w.courseId });
    const row = new Map(completion.people.map((p) => [p.participantId, p]));
    const lastClass = `kurs jeszcze trwa (ostatnie zajęcia ${formatDate(w.classes.at(-1)!.date)})`;
    // Three classes held, the third with no marks yet: 4 h unrecorded.
    expect(row.get(ok)).toMatchObject({
      eligible: false,
      reasons: [lastClass, 'nie wszystkie zajęcia mają zapisaną obecność (4 h)'],
      warnings: [],
    });
    expect(row.get(ok)!.total).toMatchObject({
      held: 3 * CLASS,
      attended: 2 * CLASS,
      unrecorded: CLASS,
    });
    // Away twice: at most 3 of 5 classes left, 12 h of the 16 h required.
    const planned = 5 * CLASS;
    const missing = Math.ceil(planned * 0.8) - 3 * CLASS;
    expect(row.get(away)!.warnings).toEqual([
      {
        kind: 'cannotReach',
        moduleId: null,
        missing,
        message: `Nie osiągnie już minimum 80 % obecności — nawet przy pełnej obecności zabraknie ${missing / 60} h`,
      },
    ]);
  });

  it('needs no exam when the course requires none, and names a course without classes', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 1), {
      examRequired: false,
      minAttendancePercent: 60,
    });
    afterCourse(app(), w);
    // Present at 3 of 5 classes: 60 %, the minimum.
    await app().call('courses.recordGrid', {
      courseId: w.courseId,
      marks: w.classes.map((c, i) => ({
        sessionId: c.id,
        participantId: w.ids[0]!,
        status: i < 3 ? 'present' : 'excused',
      })),
    });
    const [person] = (await app().call('courses.completion', { courseId: w.courseId })).people;
    expect(person).toMatchObject({ percent: 60, eligible: true, exam: null, reasons: [] });
    expect(person!.total.excused).toBe(2 * CLASS);

    const bare = await app().call(
      'courses.save',
      validCourse(w.projectId, w.providerId, { startDate: w.course.startDate, name: 'Florystka' }),
    );
    await app().call('courses.setParticipants', { courseId: bare.id, participantIds: w.ids });
    const [nobody] = (await app().call('courses.completion', { courseId: bare.id })).people;
    expect(nobody).toMatchObject({
      eligible: false,
      percent: 0,
      reasons: ['kurs nie ma zaplanowanych zajęć'],
    });
    await app().fail('courses.completion', { courseId: 999_999 }, 'not_found');
  });
});
