import { beforeEach, describe, expect, it } from 'vitest';
import type {
  PlanInput,
  PlanResult,
  PlannedSession,
  SoftScore,
} from '../../src-main/domain/club/model';
import type { ReplanResult } from '../../src-main/domain/club/planner';
import { addDays } from '../../src-main/domain/dates';
import { toPlanInput } from '../../src-main/features/club/plan-input';
import type { PlannerRunner } from '../../src-main/features/club/planner-runner';
import { STALE_PLAN } from '../../src-main/features/club/club-timetable.service';
import {
  MON_WED_FRI,
  WORKING_WEEK,
  at,
  clubWorld,
  storeSessions,
  validRoom,
  worldSession,
  type ClubWorld,
} from '../support/club';
import { useTestApp } from '../support/test-app';

/*
 * What the core does around the planner — reading the programme, saving the answer in one
 * transaction, refusing a plan of stale data, keeping past and locked sessions — with a
 * planner stand-in that answers what each test tells it. The real planner's plans are checked
 * in club-planner.test.ts.
 */

let onPlan: (input: PlanInput) => Promise<PlanResult>;
let onReplan: (
  input: PlanInput,
  sessions: readonly PlannedSession[],
  fromDate: string,
) => Promise<ReplanResult>;
const planner: PlannerRunner = {
  plan: (input) => onPlan(input),
  replan: (input, sessions, fromDate) => onReplan(input, sessions, fromDate),
};
const app = useTestApp({ planner });

const SOFT: SoftScore = { unevenWeeks: 1, repeatedSameDay: 0, trainerGapHours: 2, score: 93 };

beforeEach(() => {
  onPlan = () => Promise.reject(new Error('the test did not expect a plan'));
  onReplan = () => Promise.reject(new Error('the test did not expect a re-plan'));
});

const sessionsOf = async (w: ClubWorld) =>
  (await app().call('club.sessions', { editionId: w.editionId })).sessions;
const revisionOf = async (w: ClubWorld) =>
  (await app().call('club.getEdition', { id: w.editionId })).edition.revision;

/** Four sessions over the first week: Psychoedukacja on Monday, the training on Wednesday… */
function firstWeek(w: ClubWorld): PlannedSession[] {
  return [
    worldSession(w, w.start),
    worldSession(w, w.start, { moduleId: w.moduleIds[1], from: at(11), to: at(13) }),
    worldSession(w, addDays(w.start, 2), { from: at(10), to: at(12) }),
    worldSession(w, addDays(w.start, 4), { moduleId: w.moduleIds[1], from: at(9), to: at(12) }),
  ];
}

describe('club.plan', () => {
  it('hands the planner the programme, saves its sessions and records the planning', async () => {
    const w = await clubWorld(app());
    await app().call('club.addAbsence', {
      trainerId: w.trainerId,
      from: addDays(w.start, 7),
      to: addDays(w.start, 9),
      reason: 'illness',
    });
    await storeSessions(app(), w.editionId, [worldSession(w, addDays(w.start, 14))]);
    const programme = await app().call('club.getEdition', { id: w.editionId });
    let given: PlanInput | undefined;
    onPlan = async (input) => ((given = input), { ok: true, sessions: firstWeek(w), soft: SOFT });

    const answer = await app().call('club.plan', { editionId: w.editionId });

    expect(given).toEqual(toPlanInput(programme));
    expect(given).toEqual({
      edition: { startDate: w.start, weeks: 4, meetings: MON_WED_FRI, daysOff: [] },
      groups: [{ id: w.groupId, name: 'Grupa 1', size: 12, meetings: null }],
      modules: [
        expect.objectContaining({ id: w.moduleIds[0], hours: 8, specialists: ['psychologist'] }),
        expect.objectContaining({ id: w.moduleIds[1], hours: 12, pattern: 'weekly' }),
      ],
      trainers: [
        {
          id: w.trainerId,
          name: 'Ewa Zielińska',
          specialisations: ['psychologist', 'instructor'],
          availability: WORKING_WEEK,
          absences: [{ from: addDays(w.start, 7), to: addDays(w.start, 9) }],
          maxHoursPerWeek: null,
        },
      ],
      rooms: [
        {
          id: w.roomId,
          name: 'Sala 12',
          capacity: 15,
          features: ['accessible'],
          availability: WORKING_WEEK,
        },
      ],
    });
    expect(answer).toEqual({
      ok: true,
      sessions: 4,
      soft: SOFT,
      revision: programme.edition.revision + 1,
    });
    const stored = await sessionsOf(w);
    expect(stored.map(({ id: _i, editionId: _e, manual: _m, ...s }) => s)).toEqual(
      [...firstWeek(w)].sort((a, b) => a.date.localeCompare(b.date) || a.from - b.from),
    );
    expect(stored.every((s) => !s.manual && s.editionId === w.editionId)).toBe(true);
    const { edition } = await app().call('club.getEdition', { id: w.editionId });
    expect(edition.sessions).toBe(4);
    expect(edition.lastPlan).toEqual({
      kind: 'plan',
      fromDate: null,
      at: expect.stringMatching(new RegExp(`^${app().clock.today()}T`)),
      actorName: 'Tester Testowy',
      sessions: 4,
      moved: 0,
      soft: SOFT,
    });
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'club.plan',
      entity: 'clubEdition',
      entity_id: w.editionId,
      action: 'update',
      changed_fields: '["sessions"]',
    });
    const [list] = await app().call('club.listEditions', { projectId: w.projectId });
    expect(list!.plannedAt).toBe(edition.lastPlan!.at);
  });

  it('answers the planner’s explanation when no plan exists, and writes nothing', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, firstWeek(w));
    const problem = {
      kind: 'capacity' as const,
      message: 'Program wymaga 472 h, a w cyklu jest 452 h zajęć',
      needed: 472,
      available: 452,
    };
    onPlan = async () => ({ ok: false, problems: [problem] });
    const before = app().counts();
    expect(await app().call('club.plan', { editionId: w.editionId })).toEqual({
      ok: false,
      problems: [problem],
    });
    expect(app().counts()).toEqual(before);
  });

  it('refuses to save a plan of data changed while it was computed, and keeps the timetable', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, firstWeek(w));
    const kept = await sessionsOf(w);
    onPlan = async () => {
      // Another window adds a room while the planner works (outside any transaction).
      await app().call('club.saveRoom', validRoom(w.editionId, { name: 'Sala 14' }));
      return { ok: true, sessions: [worldSession(w, addDays(w.start, 7))], soft: SOFT };
    };
    const error = await app().fail('club.plan', { editionId: w.editionId }, 'conflict');
    expect(error.message).toBe(STALE_PLAN);
    expect(await sessionsOf(w)).toEqual(kept);
    expect(app().count('club_plans')).toBe(0);
    expect((await app().call('club.getEdition', { id: w.editionId })).rooms).toHaveLength(2);
  });

  it('saves all of a plan or nothing: a session the database refuses leaves the old timetable', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, firstWeek(w));
    const kept = await sessionsOf(w);
    const audit = app().count('audit_log');
    onPlan = async () => ({
      ok: true,
      sessions: [worldSession(w, w.start), worldSession(w, w.start, { roomId: w.roomId + 99 })],
      soft: SOFT,
    });
    const envelope = await app().dispatch('club.plan', { editionId: w.editionId });
    expect(envelope.ok).toBe(false);
    expect(await sessionsOf(w)).toEqual(kept);
    expect(app().count('audit_log')).toBe(audit);
    expect(app().count('club_plans')).toBe(0);
  });

  it('answers not_found for an edition that does not exist', async () => {
    const w = await clubWorld(app());
    await app().fail('club.plan', { editionId: w.editionId + 5 }, 'not_found');
    await app().fail('club.sessions', { editionId: w.editionId + 5 }, 'not_found');
  });
});

describe('club.replan', () => {
  it('keeps past and locked sessions and the unmoved ones’ rows, and replaces only what moved', async () => {
    const w = await clubWorld(app());
    const from = addDays(w.start, 7);
    const past = worldSession(w, w.start);
    const locked = worldSession(w, from, { locked: true });
    const unmoved = worldSession(w, addDays(from, 2));
    const moving = worldSession(w, addDays(from, 4), { moduleId: w.moduleIds[1], to: at(12) });
    await storeSessions(app(), w.editionId, [past, locked, unmoved, moving]);
    const before = await sessionsOf(w);
    const moved = { ...moving, date: addDays(from, 7) };
    let asked: { sessions: readonly PlannedSession[]; fromDate: string } | undefined;
    // The planner answers the whole timetable, the past and locked sessions as they were.
    onReplan = async (_input, sessions, fromDate) => {
      asked = { sessions, fromDate };
      return { ok: true, sessions: [past, locked, unmoved, moved], moved: 1, soft: SOFT };
    };

    const answer = await app().call('club.replan', { editionId: w.editionId, fromDate: from });

    expect(asked).toEqual({ sessions: [past, locked, unmoved, moving], fromDate: from });
    expect(answer).toMatchObject({ ok: true, sessions: 4, moved: 1, soft: SOFT });
    const after = await sessionsOf(w);
    const idOf = (list: typeof after, date: string) => list.find((s) => s.date === date)!.id;
    for (const kept of [past, locked, unmoved])
      expect(idOf(after, kept.date)).toBe(idOf(before, kept.date));
    expect(after.find((s) => s.date === moved.date)).toMatchObject({ moduleId: w.moduleIds[1] });
    expect(after.some((s) => s.date === moving.date)).toBe(false);
    const { edition } = await app().call('club.getEdition', { id: w.editionId });
    expect(edition.lastPlan).toMatchObject({
      kind: 'replan',
      fromDate: from,
      sessions: 4,
      moved: 1,
    });
  });

  it('takes an answer of only the sessions from the day on just as well', async () => {
    const w = await clubWorld(app());
    const from = addDays(w.start, 7);
    const past = worldSession(w, w.start);
    const moving = worldSession(w, from);
    await storeSessions(app(), w.editionId, [past, moving]);
    onReplan = async () => ({
      ok: true,
      sessions: [{ ...moving, date: addDays(from, 2) }],
      moved: 1,
      soft: SOFT,
    });
    await app().call('club.replan', { editionId: w.editionId, fromDate: from });
    expect((await sessionsOf(w)).map((s) => s.date)).toEqual([w.start, addDays(from, 2)]);
  });

  it('refuses to re-plan from a day already past, before asking the planner', async () => {
    const w = await clubWorld(app());
    const error = await app().fail(
      'club.replan',
      { editionId: w.editionId, fromDate: addDays(app().clock.today(), -1) },
      'invalid_input',
    );
    expect(error.issues).toEqual([
      {
        path: ['fromDate'],
        message: 'Zajęć, które już się odbyły, nie planuje się ponownie — wybierz dzień od dziś',
      },
    ]);
  });

  it('passes the planner’s explanation on and changes nothing', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, firstWeek(w));
    onReplan = async () => ({
      ok: false,
      problems: [{ kind: 'search', message: 'Nie udało się ułożyć zajęć od 07.12.2026' }],
    });
    const before = app().counts();
    const answer = await app().call('club.replan', {
      editionId: w.editionId,
      fromDate: app().clock.today(),
    });
    expect(answer.ok).toBe(false);
    expect(app().counts()).toEqual(before);
  });
});

describe('club.sessions and club.setLocked', () => {
  it('narrows the timetable by days, group, trainer and room', async () => {
    const w = await clubWorld(app());
    const room = await app().call('club.saveRoom', validRoom(w.editionId, { name: 'Sala 14' }));
    await storeSessions(app(), w.editionId, [
      ...firstWeek(w),
      worldSession(w, addDays(w.start, 7), { roomId: room.id }),
    ]);
    const query = (filter: object) =>
      app()
        .call('club.sessions', { editionId: w.editionId, ...filter })
        .then((r) => r.sessions.length);
    expect(await query({})).toBe(5);
    expect(await query({ from: addDays(w.start, 1), to: addDays(w.start, 4) })).toBe(2);
    expect(await query({ roomId: room.id })).toBe(1);
    expect(await query({ groupId: w.groupId, trainerId: w.trainerId })).toBe(5);
    expect(await query({ trainerId: w.trainerId + 50 })).toBe(0);
  });

  it('locks and unlocks a session, counted and audited', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, firstWeek(w));
    const [first] = await sessionsOf(w);
    const before = await revisionOf(w);
    const locked = await app().call('club.setLocked', { sessionId: first!.id, locked: true });
    expect(locked).toEqual({ ...first, locked: true });
    expect(await revisionOf(w)).toBe(before + 1);
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'club.setLocked',
      entity: 'clubSession',
      entity_id: first!.id,
      changed_fields: '["locked"]',
    });
    expect(await app().call('club.setLocked', { sessionId: first!.id, locked: false })).toEqual(
      first,
    );
    await app().fail('club.setLocked', { sessionId: first!.id + 99, locked: true }, 'not_found');
  });
});
