import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import { normalizeVerificationCode } from '../../src-main/domain/courses/verification-code';
import { polishOrder } from '../support/attendance';
import {
  afterCourse,
  COURSE_PEOPLE,
  COURSE_TOPICS,
  courseClasses,
  courseWorld,
  validCourse,
  type CourseWorld,
} from '../support/courses';
import {
  finishedCourse,
  issuedCourse,
  recordAttendance,
  recordExam,
} from '../support/course-certificates';
import { useTestApp, type TestApp } from '../support/test-app';

const app = useTestApp();

const nameOf = (w: CourseWorld, i: number) => `${w.people[i]!.lastName} ${w.people[i]!.firstName}`;

const counter = (a: TestApp) =>
  a.handle.sqlite
    .prepare("SELECT scope, last FROM counters WHERE series = 'course-certificate'")
    .all();

describe('issuing the certificates of a course', () => {
  it('issues one to everyone who met the rule, numbered in Polish order, and lists the others with why', async () => {
    const w = await finishedCourse(app(), { 3: 'failed' });
    const year = app().clock.today().slice(0, 4);
    const result = await app().call('courses.issueCertificates', {
      courseId: w.courseId,
      participantIds: null,
      identifyBy: 'birthDate',
    });
    // 2 attended 12 h of 20 (60 %: 4 h short of 16 h); 3 failed the exam.
    const eligible = polishOrder(COURSE_PEOPLE.filter((_, i) => i !== 2 && i !== 3));
    expect(result.issued.map((c) => nameOf(w, w.ids.indexOf(c.participantId)))).toEqual(eligible);
    expect(result.issued.map((c) => c.number)).toEqual(eligible.map((_, i) => `${i + 1}/${year}`));
    expect(result.skipped).toEqual(
      polishOrder([COURSE_PEOPLE[2]!, COURSE_PEOPLE[3]!]).map((name) => ({
        participantId: w.ids[name === nameOf(w, 2) ? 2 : 3],
        name,
        reasons: [
          name === nameOf(w, 2)
            ? 'obecność 60 % przy wymaganych 80 % (brakuje 4 h)'
            : 'egzamin niezdany',
        ],
      })),
    );

    // The register and the printed data say the same, frozen at issue.
    const register = await app().call('courses.certificates', { courseId: w.courseId });
    expect(register).toHaveLength(eligible.length);
    const [printed] = await app().call('courses.printCertificates', {
      certificateIds: [result.issued[0]!.id],
    });
    const entry = register.find((e) => e.id === result.issued[0]!.id)!;
    const person = await app().call('participants.get', { id: result.issued[0]!.participantId });
    expect(entry).toMatchObject({
      number: `1/${year}`,
      course: 'Spawacz MAG (135)',
      person: `${person.lastName} ${person.firstName}`,
      identity: `PESEL ${person.pesel}`,
      status: 'valid',
      duplicates: [],
      receivedOn: null,
    });
    expect(entry.address).toContain(person.address.locality);
    expect(printed!.data).toMatchObject({
      number: `1/${year}`,
      issuedOn: app().clock.today(),
      code: entry.code,
      person: {
        firstName: person.firstName,
        lastName: person.lastName,
        sex: person.sex,
        birthDate: person.birthDate,
        birthPlace: person.birthPlace,
        pesel: null,
      },
      course: { name: 'Spawacz MAG (135)', form: 'kurs', totalHours: 20, topics: COURSE_TOPICS },
      organiser: { name: w.course.provider },
      replacesNumber: null,
    });
    expect(normalizeVerificationCode(entry.code)).toBe(entry.code);
    const document = await app().call('documents.get', { id: entry.documentId });
    expect(document.sha256).toBe(entry.sha256);
    expect(document.kind).toBe('courseCertificate');

    // Issued once: a second run has nobody left, and says so.
    const again = await app().fail(
      'courses.issueCertificates',
      { courseId: w.courseId, participantIds: null, identifyBy: 'birthDate' },
      'invalid_state',
    );
    expect(again.message).toContain('Nikt nie może teraz otrzymać zaświadczenia');
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'courseCertificate',
      entityId: entry.id,
      includeViews: true,
    });
    // Printed once and read once from the register of documents, each a logged view.
    expect(log.map((e) => e.action)).toEqual(['view', 'view', 'issue']);
  });

  it('refuses a named person who did not meet the rule and draws no number; the next issue starts at 1', async () => {
    const w = await finishedCourse(app());
    const year = app().clock.today().slice(0, 4);
    const error = await app().fail(
      'courses.issueCertificates',
      { courseId: w.courseId, participantIds: [w.ids[0]!, w.ids[2]!], identifyBy: 'pesel' },
      'invalid_state',
    );
    expect(error.issues).toEqual([
      {
        path: ['participantIds', 1],
        message: `${nameOf(w, 2)} nie spełnia warunków ukończenia kursu: obecność 60 % przy wymaganych 80 % (brakuje 4 h)`,
      },
    ]);
    expect(counter(app())).toEqual([]);
    expect(await app().call('courses.certificates', {})).toEqual([]);

    const ok = await app().call('courses.issueCertificates', {
      courseId: w.courseId,
      participantIds: [w.ids[0]!],
      identifyBy: 'pesel',
    });
    expect(ok.issued.map((c) => c.number)).toEqual([`1/${year}`]);
    const [printed] = await app().call('courses.printCertificates', {
      certificateIds: [ok.issued[0]!.id],
    });
    expect(printed!.data.person).toMatchObject({ birthDate: null, birthPlace: null });
    expect(printed!.data.person.pesel).toMatch(/^\d{11}$/);
  });

  it('refuses before the course is over, and skips a person whose place of birth is unknown', async () => {
    const w = await courseWorld(app());
    const early = await app().fail(
      'courses.issueCertificates',
      { courseId: w.courseId, participantIds: null, identifyBy: 'birthDate' },
      'invalid_state',
    );
    expect(early.message).toContain('Nikt nie może teraz otrzymać zaświadczenia');

    const person = await app().call('participants.get', { id: w.ids[0]! });
    const { id: _id, createdAt: _c, updatedAt: _u, socialWorkerName: _s, ...fields } = person;
    await app().call('participants.update', {
      id: person.id,
      participant: { ...fields, birthPlace: null },
    });
    afterCourse(app(), w);
    await recordAttendance(app(), w);
    await recordExam(app(), w);
    const result = await app().call('courses.issueCertificates', {
      courseId: w.courseId,
      participantIds: null,
      identifyBy: 'birthDate',
    });
    expect(result.issued).toHaveLength(4);
    expect(result.skipped).toEqual([
      {
        participantId: w.ids[0],
        name: nameOf(w, 0),
        reasons: ['brak miejsca urodzenia w danych osoby — uzupełnij je albo wydrukuj PESEL'],
      },
    ]);
  });

  it('numbers certificates of two courses issued at once without a gap or a repeat', async () => {
    // Two courses of one project on the same days: the second with three of the people.
    const first = await courseWorld(app());
    const saved = await app().call(
      'courses.save',
      validCourse(first.projectId, first.providerId, {
        name: 'Sprzedawca z obsługą kasy fiskalnej',
        startDate: first.course.startDate,
      }),
    );
    await app().call('courses.setParticipants', {
      courseId: saved.id,
      participantIds: first.ids.slice(0, 3),
    });
    const course = await app().call('courses.saveClasses', {
      courseId: saved.id,
      classes: courseClasses(first.course.startDate),
    });
    const second: CourseWorld = {
      ...first,
      courseId: saved.id,
      ids: first.ids.slice(0, 3),
      people: first.people.slice(0, 3),
      course,
      classes: course.classes,
    };
    afterCourse(app(), first);
    for (const w of [first, second]) {
      await recordAttendance(app(), w);
      await recordExam(app(), w);
    }
    const year = app().clock.today().slice(0, 4);
    const results = await Promise.all(
      [first, second].map((w) =>
        app().call('courses.issueCertificates', {
          courseId: w.courseId,
          participantIds: null,
          identifyBy: 'pesel',
        }),
      ),
    );
    const numbers = results.flatMap((r) => r.issued.map((c) => c.number));
    expect(numbers).toHaveLength(5 + 3);
    expect([...numbers].sort((a, b) => parseInt(a) - parseInt(b))).toEqual(
      Array.from({ length: 8 }, (_, i) => `${i + 1}/${year}`),
    );
    expect(counter(app())).toEqual([{ scope: year, last: 8 }]);
  });
});

describe('duplicate, revocation and correction', () => {
  it('makes a duplicate with the date and its own code, found by verification as a duplicate', async () => {
    const { issued: list } = await issuedCourse(app());
    const target = list[1]!;
    const [entry] = await app().call('courses.certificates', { search: target.number });
    const duplicate = await app().call('courses.duplicate', { id: target.id });
    expect(duplicate.duplicate).toEqual({
      issuedOn: app().clock.today(),
      code: expect.any(String),
    });
    expect(duplicate.duplicate!.code).not.toBe(entry!.code);
    expect(duplicate.data.code).toBe(entry!.code);
    expect(duplicate.number).toBe(target.number);

    const byDuplicate = await app().call('courses.verify', {
      code: duplicate.duplicate!.code.replace('-', '').toLowerCase(),
    });
    expect(byDuplicate).toMatchObject({
      number: target.number,
      status: 'valid',
      duplicateOn: app().clock.today(),
    });
    const byOriginal = await app().call('courses.verify', { code: entry!.code });
    expect(byOriginal).toMatchObject({ number: target.number, status: 'valid', duplicateOn: null });

    const [after] = await app().call('courses.certificates', { search: target.number });
    expect(after!.duplicates).toEqual([duplicate.duplicate]);
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'courseCertificate',
      entityId: target.id,
    });
    expect(log.map((e) => e.action)).toContain('duplicate');
  });

  it('revokes a mistaken certificate and issues the corrected one under the next number; both stay in the register', async () => {
    const { w, issued: list } = await issuedCourse(app());
    const year = app().clock.today().slice(0, 4);
    const target = list[0]!;
    const [old] = await app().call('courses.certificates', { search: target.number });
    const { revoked, replacement } = await app().call('courses.revoke', {
      id: target.id,
      reason: 'Błędna data urodzenia',
      reissue: true,
    });
    expect(revoked).toMatchObject({
      status: 'revoked',
      revokedOn: app().clock.today(),
      revokeReason: 'Błędna data urodzenia',
      replacedByNumber: `${list.length + 1}/${year}`,
    });
    expect(replacement).toMatchObject({
      number: `${list.length + 1}/${year}`,
      status: 'valid',
      participantId: target.participantId,
      replacesNumber: target.number,
    });
    const [printed] = await app().call('courses.printCertificates', {
      certificateIds: [replacement!.id],
    });
    expect(printed!.data.replacesNumber).toBe(target.number);
    expect(printed!.data.person.pesel).toBeNull();

    expect(await app().call('courses.verify', { code: old!.code })).toMatchObject({
      status: 'revoked',
      revokeReason: 'Błędna data urodzenia',
      replacedByNumber: replacement!.number,
    });
    const register = await app().call('courses.certificates', { courseId: w.courseId });
    expect(register.map((e) => e.number)).toContain(target.number);
    expect(await app().call('courses.certificates', { status: 'revoked' })).toHaveLength(1);
    const completion = await app().call('courses.completion', { courseId: w.courseId });
    expect(
      completion.people.find((p) => p.participantId === target.participantId)!.certificate,
    ).toMatchObject({ number: replacement!.number });

    await app().fail('courses.duplicate', { id: target.id }, 'invalid_state');
    const twice = await app().fail(
      'courses.revoke',
      { id: target.id, reason: 'Jeszcze raz', reissue: false },
      'invalid_state',
    );
    expect(twice.message).toContain('unieważniono już');
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'courseCertificate',
      entityId: target.id,
    });
    expect(log.map((e) => e.action)).toContain('revoke');
  });

  it('refuses a corrected certificate to someone who no longer meets the rule, and revokes nothing', async () => {
    const { w, issued: list } = await issuedCourse(app());
    const target = list[0]!;
    // A class added today, its attendance not yet recorded: nobody meets the rule now.
    const today = app().clock.today();
    await app().call('courses.saveClasses', {
      courseId: w.courseId,
      classes: [
        ...w.classes.map(({ recorded: _r, ...c }) => c),
        { id: null, date: today, from: 540, to: 780, topic: null },
      ],
    });
    const before = counter(app());
    const error = await app().fail(
      'courses.revoke',
      { id: target.id, reason: 'Błędne imię', reissue: true },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['reissue'],
        message:
          'Nie można wydać nowego zaświadczenia: nie wszystkie zajęcia mają zapisaną obecność (4 h)',
      },
    ]);
    expect(counter(app())).toEqual(before);
    const [entry] = await app().call('courses.certificates', { search: target.number });
    expect(entry).toMatchObject({ status: 'valid', revokedOn: null });
    // Revoking alone is still possible.
    const { revoked } = await app().call('courses.revoke', {
      id: target.id,
      reason: 'Błędne imię',
      reissue: false,
    });
    expect(revoked.status).toBe('revoked');
  });

  it('says why nobody can get one when everyone left lacks what the certificate prints', async () => {
    const w = await courseWorld(app(), COURSE_PEOPLE.slice(0, 1));
    const person = await app().call('participants.get', { id: w.ids[0]! });
    const { id: _id, createdAt: _c, updatedAt: _u, socialWorkerName: _s, ...fields } = person;
    await app().call('participants.update', {
      id: person.id,
      participant: { ...fields, birthPlace: null },
    });
    afterCourse(app(), w);
    await recordAttendance(app(), w);
    await recordExam(app(), w);
    const error = await app().fail(
      'courses.issueCertificates',
      { courseId: w.courseId, participantIds: null, identifyBy: 'birthDate' },
      'invalid_state',
    );
    expect(error.message).toBe(
      `Nikt nie może teraz otrzymać zaświadczenia: ${nameOf(w, 0)} — brak miejsca urodzenia w danych osoby — uzupełnij je albo wydrukuj PESEL`,
    );
    expect(counter(app())).toEqual([]);
  });

  it('keeps the attendance a valid certificate rests on: changed only after revoking it', async () => {
    const { w, issued: list } = await issuedCourse(app());
    const holder = list[0]!;
    const first = w.classes[0]!.id;
    const error = await app().fail(
      'courses.recordGrid',
      {
        courseId: w.courseId,
        marks: [
          { sessionId: first, participantId: w.ids[2]!, status: 'excused' },
          { sessionId: first, participantId: holder.participantId, status: 'absent' },
        ],
      },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['marks', 1, 'status'],
        message: `Najpierw unieważnij zaświadczenie nr ${holder.number}`,
      },
    ]);
    await app().fail(
      'courses.record',
      { classId: first, marks: [{ participantId: holder.participantId, status: null }] },
      'invalid_input',
    );
    const grid = await app().call('courses.grid', { courseId: w.courseId });
    const row = grid.people.find((p) => p.participantId === holder.participantId)!;
    expect(row.cells.every((c) => c.mark?.status === 'present')).toBe(true);
    // The same mark sent again is no change; someone without a certificate may be corrected.
    await app().call('courses.record', {
      classId: first,
      marks: [
        { participantId: holder.participantId, status: 'present' },
        { participantId: w.ids[2]!, status: 'excused' },
      ],
    });
    await app().call('courses.revoke', { id: holder.id, reason: 'Błędne imię', reissue: false });
    await app().call('courses.record', {
      classId: first,
      marks: [{ participantId: holder.participantId, status: 'absent' }],
    });
  });

  it('confirms receipt, not before the issue and not in the future', async () => {
    const { issued: list } = await issuedCourse(app());
    const id = list[0]!.id;
    const today = app().clock.today();
    const before = await app().fail(
      'courses.confirmReceipt',
      { id, receivedOn: '2020-01-02', how: 'person' },
      'invalid_input',
    );
    expect(before.issues![0]!.path).toEqual(['receivedOn']);
    const tomorrow = addDays(today, 1);
    await app().fail(
      'courses.confirmReceipt',
      { id, receivedOn: tomorrow, how: 'post' },
      'invalid_input',
    );
    const entry = await app().call('courses.confirmReceipt', {
      id,
      receivedOn: today,
      how: 'post',
    });
    expect(entry).toMatchObject({ receivedOn: today, receivedHow: 'post' });
  });
});

describe('courses.verify', () => {
  it('says a typed code cannot be one, and finds nothing for an unknown one', async () => {
    const wrong = await app().fail('courses.verify', { code: 'ABC' }, 'invalid_input');
    expect(wrong.issues).toEqual([
      { path: ['code'], message: expect.stringContaining('8 znaków') },
    ]);
    expect(await app().call('courses.verify', { code: 'AAAA-AAAA' })).toBeNull();
  });
});

describe('who sees a course certificate', () => {
  it('refuses a narrowed social worker the certificate of someone not assigned to them', async () => {
    const w = await finishedCourse(app());
    const { issued } = await app().call('courses.issueCertificates', {
      courseId: w.courseId,
      participantIds: null,
      identifyBy: 'pesel',
    });
    const [entry] = await app().call('courses.certificates', { search: issued[0]!.number });
    const narrowed = await app().window(['socialWorker'], { participantScope: 'assigned' });
    await narrowed.fail('documents.get', { id: entry!.documentId }, 'forbidden');
    await narrowed.fail(
      'courses.ofParticipant',
      { participantId: entry!.participantId },
      'forbidden',
    );
  });

  it('shows a narrowed social worker the register lines (address, PESEL) of their own people only', async () => {
    const w = await finishedCourse(app());
    const { issued } = await app().call('courses.issueCertificates', {
      courseId: w.courseId,
      participantIds: null,
      identifyBy: 'pesel',
    });
    const narrowed = await app().window(['socialWorker'], { participantScope: 'assigned' });
    expect(await narrowed.call('courses.certificates', {})).toEqual([]);

    const own = issued[0]!.participantId;
    const person = await app().call('participants.get', { id: own });
    const { id: _id, createdAt: _c, updatedAt: _u, socialWorkerName: _s, ...fields } = person;
    await app().call('participants.update', {
      id: own,
      participant: { ...fields, socialWorkerId: narrowed.member!.id },
    });
    const seen = await narrowed.call('courses.certificates', { courseId: w.courseId });
    expect(seen.map((e) => e.participantId)).toEqual([own]);
    // The coordinator still sees the whole register.
    expect(await app().call('courses.certificates', {})).toHaveLength(issued.length);
  });
});
