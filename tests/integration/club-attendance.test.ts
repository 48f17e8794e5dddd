import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import {
  absent,
  afterCycle,
  attendanceWorld,
  heldUntil,
  PEOPLE,
  polishOrder,
  present,
} from '../support/attendance';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

const marksCount = () => app().count('attendance_marks');

describe('attendance.session and attendance.record', () => {
  it('records a held session: everybody present, then two absences and a partial presence', async () => {
    const w = await attendanceWorld(app());
    const session = w.sessions[0]!;
    heldUntil(app(), w, 0);

    const empty = await app().call('attendance.session', { sessionId: session.id });
    expect(empty.session).toMatchObject({ id: session.id, date: session.date, recordable: true });
    expect(empty.rows.map((r) => r.name)).toEqual(polishOrder(PEOPLE));
    expect(empty.rows.every((r) => r.mark === null)).toBe(true);

    await app().call('attendance.record', { sessionId: session.id, marks: w.ids.map(present) });
    const length = session.to - session.from;
    const sheet = await app().call('attendance.record', {
      sessionId: session.id,
      marks: [
        absent(w.ids[0]!),
        { participantId: w.ids[1]!, status: 'excused', reason: 'Zwolnienie lekarskie' },
        { participantId: w.ids[2]!, status: 'partial', minutes: length - 30, reason: 'Spóźnienie' },
      ],
    });
    const byId = new Map(sheet.rows.map((r) => [r.participantId, r.mark]));
    expect(byId.get(w.ids[0]!)).toEqual({ status: 'absent', minutes: null, reason: null });
    expect(byId.get(w.ids[1]!)).toEqual({
      status: 'excused',
      minutes: null,
      reason: 'Zwolnienie lekarskie',
    });
    expect(byId.get(w.ids[2]!)).toEqual({
      status: 'partial',
      minutes: length - 30,
      reason: 'Spóźnienie',
    });
    expect(byId.get(w.ids[3]!)?.status).toBe('present');
    expect(marksCount()).toBe(PEOPLE.length);

    // The first write created the session's attendance, the correction updated it.
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'attendance',
      entityId: session.id,
    });
    expect(log.map((e) => e.action)).toEqual(['update', 'create']);
    expect(log[0]!.changedFields).toEqual(['marks']);
  });

  it('refuses a session that has not yet taken place, and changes nothing', async () => {
    const w = await attendanceWorld(app());
    heldUntil(app(), w, 0);
    const error = await app().fail(
      'attendance.record',
      { sessionId: w.sessions[1]!.id, marks: w.ids.map(present) },
      'invalid_state',
    );
    expect(error.message).toMatch(/jeszcze się nie odbyły/);
    expect(marksCount()).toBe(0);
    const sheet = await app().call('attendance.session', { sessionId: w.sessions[1]!.id });
    expect(sheet.session.recordable).toBe(false);
  });

  it('refuses a person outside the group that day, hours over the session, and saves none of the marks', async () => {
    const w = await attendanceWorld(app());
    const session = w.sessions[0]!;
    heldUntil(app(), w, 0);
    const outsider = (
      await app().call('participants.create', validParticipant({ lastName: 'Obca', sex: 'K' }))
    ).id;
    const length = session.to - session.from;

    const error = await app().fail(
      'attendance.record',
      {
        sessionId: session.id,
        marks: [
          present(w.ids[0]!),
          present(outsider),
          { participantId: w.ids[1]!, status: 'partial', minutes: length + 60 },
          { participantId: w.ids[2]!, status: 'partial' },
          { participantId: w.ids[3]!, status: 'present', minutes: 60 },
        ],
      },
      'invalid_input',
    );
    const issues = error.issues;
    expect(issues).toEqual([
      {
        path: ['marks', 1, 'participantId'],
        message: expect.stringMatching(/nie należała do grupy w dniu zajęć/),
      },
      { path: ['marks', 2, 'minutes'], message: expect.stringMatching(/dłuższy niż zajęcia/) },
      { path: ['marks', 3, 'minutes'], message: 'Podaj, ile godzin osoba była obecna' },
      {
        path: ['marks', 4, 'minutes'],
        message: 'Liczbę godzin podaje się tylko przy obecności częściowej',
      },
    ]);
    expect(marksCount()).toBe(0);
    await app().fail(
      'attendance.record',
      { sessionId: 999_999, marks: [present(w.ids[0]!)] },
      'not_found',
    );
  });

  it('puts a person on the sessions of the days they belonged to the group only', async () => {
    const w = await attendanceWorld(app());
    const late = w.ids[0]!;
    const joinedOn = addDays(w.sessions[0]!.date, 1);
    await app().call('club.setMembers', {
      groupId: w.groupId,
      members: w.ids.map((participantId) => ({
        participantId,
        joinedOn: participantId === late ? joinedOn : w.start,
        leftOn: null,
      })),
    });
    const first = await app().call('attendance.session', { sessionId: w.sessions[0]!.id });
    expect(first.rows.map((r) => r.participantId)).not.toContain(late);
    const later = w.sessions.find((s) => s.date >= joinedOn)!;
    const second = await app().call('attendance.session', { sessionId: later.id });
    expect(second.rows.map((r) => r.participantId)).toContain(late);
  });
});

describe('attendance.month and attendance.recordMonth', () => {
  it('saves a month of marks in one write, and nothing when one cell is wrong', async () => {
    const w = await attendanceWorld(app());
    afterCycle(app(), w);
    const month = w.sessions[0]!.date.slice(0, 7);
    const grid = await app().call('attendance.month', { groupId: w.groupId, month });
    const inMonth = w.sessions.filter((s) => s.date.startsWith(month));
    expect(grid.sessions.map((s) => s.id)).toEqual(inMonth.map((s) => s.id));
    expect(grid.people.map((p) => p.name)).toEqual(polishOrder(PEOPLE));

    const cells = inMonth.flatMap((s) =>
      w.ids.map((participantId) => ({ sessionId: s.id, ...present(participantId) })),
    );
    const wrong = { ...cells[0]!, sessionId: 999_999 };
    await app().fail(
      'attendance.recordMonth',
      { groupId: w.groupId, month, marks: [...cells, wrong] },
      'invalid_input',
    );
    expect(marksCount()).toBe(0);

    const saved = await app().call('attendance.recordMonth', {
      groupId: w.groupId,
      month,
      marks: cells,
    });
    expect(marksCount()).toBe(cells.length);
    expect(saved.people.every((p) => p.cells.every((c) => c.mark?.status === 'present'))).toBe(
      true,
    );
  });
});

describe('attendance.lists', () => {
  it('gives one sheet per session of the group in the period, names in Polish order', async () => {
    const w = await attendanceWorld(app());
    const month = w.sessions[0]!.date.slice(0, 7);
    const inMonth = w.sessions.filter((s) => s.date.startsWith(month));
    const from = `${month}-01`;
    const to = inMonth.at(-1)!.date;
    const lists = await app().call('attendance.lists', {
      editionId: w.editionId,
      groupId: w.groupId,
      from,
      to,
    });
    expect(lists.sheets.map((s) => s.id)).toEqual(inMonth.map((s) => s.id));
    for (const sheet of lists.sheets) expect(sheet.names).toEqual(polishOrder(PEOPLE));
    expect(lists.project.isEfs).toBe(true);

    const one = await app().call('attendance.lists', {
      editionId: w.editionId,
      sessionId: inMonth[0]!.id,
      from: inMonth[0]!.date,
      to: inMonth[0]!.date,
    });
    expect(one.sheets.map((s) => s.id)).toEqual([inMonth[0]!.id]);
    await app().fail(
      'attendance.lists',
      { editionId: w.editionId, from: to, to: from },
      'invalid_input',
    );
  });
});

describe('club.hours', () => {
  it('counts planned, attended and excused hours and warns of a person who missed too much', async () => {
    const w = await attendanceWorld(app());
    const held = 1;
    heldUntil(app(), w, held - 1);
    const [missing, excused] = w.ids;
    for (const s of w.sessions.slice(0, held)) {
      await app().call('attendance.record', {
        sessionId: s.id,
        marks: w.ids.map((id) =>
          id === missing
            ? absent(id)
            : id === excused
              ? { participantId: id, status: 'excused' as const }
              : present(id),
        ),
      });
    }
    const heldMinutes = w.sessions.slice(0, held).reduce((sum, s) => sum + s.to - s.from, 0);
    const planned = w.sessions.reduce((sum, s) => sum + s.to - s.from, 0);
    const hours = await app().call('club.hours', { editionId: w.editionId });
    const people = hours.groups[0]!.people;
    const of = (id: number) => people.find((p) => p.participantId === id)!;

    expect(of(w.ids[2]!).total).toEqual({
      planned,
      held: heldMinutes,
      attended: heldMinutes,
      excused: 0,
      absent: 0,
      unrecorded: 0,
    });
    expect(of(w.ids[2]!).warnings).toEqual([]);
    expect(of(excused!).total.excused).toBe(heldMinutes);
    expect(of(missing!).total.absent).toBe(heldMinutes);
    expect(of(missing!).required).toBe(Math.ceil(planned * 0.8));
    // The first session of a 20-hour programme missed: still reachable, but behind today
    // by 80 % of what was held.
    expect(of(missing!).warnings).toEqual([
      {
        kind: 'behind',
        moduleId: null,
        missing: Math.ceil(heldMinutes * 0.8),
        message: expect.stringMatching(/^Poniżej minimum 80 % obecności przy obecnym tempie/),
      },
    ]);
    // Missing every session to the end: what can no longer be made up is the whole minimum.
    afterCycle(app(), w);
    for (const s of w.sessions.slice(held))
      await app().call('attendance.record', { sessionId: s.id, marks: [absent(missing!)] });
    const after = await app().call('club.hours', { editionId: w.editionId });
    const gone = after.groups[0]!.people.find((p) => p.participantId === missing)!;
    expect(gone.warnings[0]).toMatchObject({
      kind: 'cannotReach',
      missing: Math.ceil(planned * 0.8),
    });
    expect(gone.warnings[0]!.message).toMatch(/^Nie osiągnie już minimum 80 %/);
  });
});

describe('ending participation, the certificate and the figures', () => {
  it('ends a participation, moves the enrolment, numbers certificates in a register, marks a duplicate', async () => {
    const w = await attendanceWorld(app());
    const endedOn = afterCycle(app(), w);
    for (const s of w.sessions)
      await app().call('attendance.record', { sessionId: s.id, marks: w.ids.map(present) });
    const [anna, piotr] = w.ids;

    await app().fail(
      'club.issueCertificate',
      { editionId: w.editionId, participantId: anna!, identifyBy: 'birthDate' },
      'invalid_state',
    );
    await app().fail(
      'club.endParticipation',
      { editionId: w.editionId, participantId: piotr!, outcome: 'left', endedOn: endedOn },
      'invalid_input',
    );
    const lastDay = w.sessions.at(-1)!.date;
    const ended = await app().call('club.endParticipation', {
      editionId: w.editionId,
      participantId: anna!,
      outcome: 'completed',
      endedOn: lastDay,
    });
    expect(ended).toMatchObject({ outcome: 'completed', endedOn: lastDay, certificate: null });
    const [enrolment] = await app().call('enrolments.forParticipant', { participantId: anna! });
    expect(enrolment).toMatchObject({ status: 'completed', endedOn: lastDay });
    await app().fail(
      'club.endParticipation',
      { editionId: w.editionId, participantId: anna!, outcome: 'completed', endedOn: lastDay },
      'invalid_state',
    );

    const year = endedOn.slice(0, 4);
    const first = await app().call('club.issueCertificate', {
      editionId: w.editionId,
      participantId: anna!,
      identifyBy: 'birthDate',
    });
    // One original per end of participation: another is a re-print or a duplicate.
    await app().fail(
      'club.issueCertificate',
      { editionId: w.editionId, participantId: anna!, identifyBy: 'pesel' },
      'invalid_state',
    );
    expect(first.number).toBe(`KIS/${year}/0001`);

    const printed = await app().call('club.certificate', { documentId: first.documentId });
    expect(printed.duplicateOn).toBeNull();
    expect(printed.data.person).toMatchObject({ lastName: 'Żak', sex: 'K', pesel: null });
    expect(printed.data.period).toEqual({ from: w.start, to: lastDay });
    const totalPlanned = w.sessions.reduce((sum, s) => sum + s.to - s.from, 0);
    expect(printed.data.modules.reduce((sum, m) => sum + m.attended, 0)).toBe(totalPlanned);
    const duplicate = await app().call('club.certificate', {
      documentId: first.documentId,
      duplicate: true,
    });
    expect(duplicate.duplicateOn).toBe(endedOn);
    expect(duplicate.data).toEqual(printed.data);
    const { rows: log } = await app().call('audit.forEntity', {
      entity: 'clubCompletion',
      entityId: ended.id,
      includeViews: true,
    });
    expect(log.map((e) => e.action)).toEqual(['duplicate', 'view', 'issue', 'create']);

    await app().call('club.endParticipation', {
      editionId: w.editionId,
      participantId: piotr!,
      outcome: 'left',
      endedOn: lastDay,
      reason: 'Podjął pracę',
    });
    const second = await app().call('club.issueCertificate', {
      editionId: w.editionId,
      participantId: piotr!,
      identifyBy: 'pesel',
    });
    expect(second.number).toBe(`KIS/${year}/0002`);
    const register = await app().call('club.certificates', { editionId: w.editionId });
    expect(register.map((r) => [r.number, r.person, r.sex, r.outcome])).toEqual([
      [second.number, 'Ćwik Piotr', 'M', 'left'],
      [first.number, 'Żak Anna', 'K', 'completed'],
    ]);
    const figures = await app().call('club.figures', { editionId: w.editionId });
    const women = PEOPLE.filter((p) => p.sex === 'K').length;
    expect(figures.tookPart).toEqual({
      K: women,
      M: PEOPLE.length - women,
      total: PEOPLE.length,
    });
    expect(figures.completed).toEqual({ K: 1, M: 0, total: 1 });
    expect(figures.leftEarly).toEqual({ K: 0, M: 1, total: 1 });
    expect(figures.ongoing.total).toBe(PEOPLE.length - 2);
  });

  it('refuses to end a participation before a recorded presence, and saves nothing', async () => {
    const w = await attendanceWorld(app());
    afterCycle(app(), w);
    const lastSession = w.sessions.at(-1)!;
    await app().call('attendance.record', {
      sessionId: lastSession.id,
      marks: [present(w.ids[0]!)],
    });
    const error = await app().fail(
      'club.endParticipation',
      {
        editionId: w.editionId,
        participantId: w.ids[0]!,
        outcome: 'left',
        endedOn: w.sessions[0]!.date,
        reason: 'Rezygnacja',
      },
      'invalid_input',
    );
    expect(error.message).toMatch(/zapisaną obecność/);
    expect(app().count('club_completions')).toBe(0);
  });
});

describe('club.personHours', () => {
  it('gives the card a person’s hours and warnings in each edition', async () => {
    const w = await attendanceWorld(app());
    heldUntil(app(), w, 1);
    for (const s of w.sessions.slice(0, 2))
      await app().call('attendance.record', { sessionId: s.id, marks: [absent(w.ids[0]!)] });
    const [hours] = await app().call('club.personHours', { participantId: w.ids[0]! });
    expect(hours).toMatchObject({
      editionId: w.editionId,
      group: 'Grupa 1',
      participantId: w.ids[0]!,
    });
    expect(hours!.total.absent).toBe(
      w.sessions.slice(0, 2).reduce((sum, s) => sum + s.to - s.from, 0),
    );
    expect(hours!.warnings.length).toBeGreaterThan(0);
    expect(await app().call('club.personHours', { participantId: 999_999 })).toEqual([]);
  });
});

describe('what attendance makes history', () => {
  it('keeps a session whose attendance is recorded today: no new plan, no move, a re-plan keeps it', async () => {
    const w = await attendanceWorld(app());
    const today = heldUntil(app(), w, 0);
    const first = w.sessions[0]!;
    await app().call('attendance.record', { sessionId: first.id, marks: w.ids.map(present) });

    const plan = await app().fail('club.plan', { editionId: w.editionId }, 'invalid_state');
    expect(plan.message).toMatch(/Cykl już trwa/);
    const { conflicts } = await app().call('club.checkMove', {
      sessionId: first.id,
      date: addDays(today, 2),
      from: first.from,
      to: first.to,
      trainerId: first.trainerId,
      roomId: first.roomId,
    });
    expect(conflicts[0]).toMatch(/już się odbyły/);

    const replanned = await app().call('club.replan', { editionId: w.editionId, fromDate: today });
    expect(replanned.ok).toBe(true);
    const { sessions } = await app().call('club.sessions', { editionId: w.editionId });
    expect(sessions.find((s) => s.id === first.id)).toMatchObject({
      date: first.date,
      from: first.from,
      to: first.to,
    });
    const sheet = await app().call('attendance.session', { sessionId: first.id });
    expect(sheet.rows.every((r) => r.mark?.status === 'present')).toBe(true);
  });

  it('refuses "completed" below the minimum or with sessions not recorded, and changes nothing', async () => {
    const w = await attendanceWorld(app());
    afterCycle(app(), w);
    const [missed, unrecorded] = w.ids;
    const half = Math.floor(w.sessions.length / 2);
    for (const [i, s] of w.sessions.entries())
      await app().call('attendance.record', {
        sessionId: s.id,
        marks: [i < half ? absent(missed!) : present(missed!)],
      });
    const lastDay = w.sessions.at(-1)!.date;
    const end = (participantId: number) => ({
      editionId: w.editionId,
      participantId,
      outcome: 'completed' as const,
      endedOn: lastDay,
    });

    const below = await app().fail('club.endParticipation', end(missed!), 'invalid_input');
    expect(below.issues?.[0]?.message).toMatch(/Program nie jest ukończony: obecność \d+ %/);
    const notRecorded = await app().fail(
      'club.endParticipation',
      end(unrecorded!),
      'invalid_input',
    );
    expect(notRecorded.issues?.[0]?.message).toMatch(/Najpierw zapisz obecność/);

    expect(app().count('club_completions')).toBe(0);
    const { members } = await app().call('club.members', { groupId: w.groupId });
    expect(members.every((m) => m.leftOn === null)).toBe(true);
    const [enrolment] = await app().call('enrolments.forParticipant', { participantId: missed! });
    expect(enrolment!.status).toBe('participant');
  });

  it('refuses a change of members that would leave recorded attendance or an ended participation behind', async () => {
    const w = await attendanceWorld(app());
    heldUntil(app(), w, 0);
    await app().call('attendance.record', {
      sessionId: w.sessions[0]!.id,
      marks: [present(w.ids[0]!)],
    });
    const others = w.ids.slice(1).map((participantId) => ({
      participantId,
      joinedOn: w.start,
      leftOn: null,
    }));
    const removed = await app().fail(
      'club.setMembers',
      { groupId: w.groupId, members: others },
      'invalid_input',
    );
    expect(removed.issues).toEqual([
      {
        path: ['members'],
        message: expect.stringMatching(/^Żak Anna ma zapisaną obecność na zajęciach/),
      },
    ]);
    const later = await app().fail(
      'club.setMembers',
      {
        groupId: w.groupId,
        members: [
          { participantId: w.ids[0]!, joinedOn: addDays(w.start, 1), leftOn: null },
          ...others,
        ],
      },
      'invalid_input',
    );
    expect(later.issues?.[0]?.path).toEqual(['members', 0, 'participantId']);
  });

  it('shows a certificate only to a social worker who reaches the person', async () => {
    const w = await attendanceWorld(app());
    afterCycle(app(), w);
    await app().call('club.endParticipation', {
      editionId: w.editionId,
      participantId: w.ids[1]!,
      outcome: 'left',
      endedOn: w.sessions[0]!.date,
      reason: 'Rezygnacja',
    });
    const { documentId } = await app().call('club.issueCertificate', {
      editionId: w.editionId,
      participantId: w.ids[1]!,
      identifyBy: 'pesel',
    });
    const narrowed = await app().window(['socialWorker'], { participantScope: 'assigned' });
    await narrowed.fail('documents.get', { id: documentId }, 'forbidden');
    await narrowed.fail('club.personHours', { participantId: w.ids[1]! }, 'forbidden');
    expect((await app().call('documents.get', { id: documentId })).kind).toBe('clubCertificate');
  });
});
