import { describe, expect, it } from 'vitest';
import type { ClubSession } from '../../src-main/contract/club';
import { addDays } from '../../src-main/domain/dates';
import { toPlanInput, toPlannedSessions } from '../../src-main/features/club/plan-input';
import { clubWorld, isoWeekday, type ClubWorld } from '../support/club';
import { validatePlan } from '../support/club-plan-oracle';
import { useTestApp } from '../support/test-app';

/*
 * The channels with the real planner (domain/club/planner.ts) on the small instance of
 * support/club.ts; every timetable the core saves is checked by the independent oracle.
 */

const app = useTestApp();

async function timetable(w: ClubWorld) {
  const programme = await app().call('club.getEdition', { id: w.editionId });
  const { sessions } = await app().call('club.sessions', { editionId: w.editionId });
  return { programme, sessions, input: toPlanInput(programme) };
}

/** The oracle's findings on the stored timetable (none for a valid one). */
async function violations(w: ClubWorld): Promise<string[]> {
  const { sessions, input } = await timetable(w);
  return validatePlan(input, toPlannedSessions(sessions));
}

const hoursOf = (sessions: ClubSession[], moduleId: number) =>
  sessions.filter((s) => s.moduleId === moduleId).reduce((h, s) => h + (s.to - s.from) / 60, 0);

describe('club.plan with the planner', () => {
  it('plans the small edition whole: every module its hours, no hard rule broken', async () => {
    const w = await clubWorld(app());
    const answer = await app().call('club.plan', { editionId: w.editionId });
    expect(answer.ok).toBe(true);
    const { sessions, programme } = await timetable(w);
    expect(answer).toMatchObject({
      sessions: sessions.length,
      revision: programme.edition.revision,
    });
    expect(hoursOf(sessions, w.moduleIds[0])).toBe(8);
    expect(hoursOf(sessions, w.moduleIds[1])).toBe(12);
    expect(await violations(w)).toEqual([]);
    // Planning again gives the same timetable (deterministic), replaced whole.
    await app().call('club.plan', { editionId: w.editionId });
    const again = (await timetable(w)).sessions;
    expect(again.map(({ id: _i, ...s }) => s)).toEqual(sessions.map(({ id: _i, ...s }) => s));
  });
});

describe('club.replan with the planner', () => {
  it('moves the absent trainer’s sessions only, keeping the past and the locked ones', async () => {
    const w = await clubWorld(app());
    await app().call('club.plan', { editionId: w.editionId });
    const planned = (await timetable(w)).sessions;
    const from = addDays(w.start, 7);
    const lockedOne = planned.find((s) => s.date >= addDays(from, 7))!;
    await app().call('club.setLocked', { sessionId: lockedOne.id, locked: true });
    // Ill on Monday and Tuesday of week 2: the rest of the week is still free for the training.
    await app().call('club.addAbsence', {
      trainerId: w.trainerId,
      from,
      to: addDays(from, 1),
      reason: 'illness',
    });

    const answer = await app().call('club.replan', { editionId: w.editionId, fromDate: from });

    expect(answer.ok).toBe(true);
    const after = (await timetable(w)).sessions;
    const before = planned.filter((s) => s.date < from);
    expect(after.filter((s) => s.date < from)).toEqual(before);
    expect(after.find((s) => s.id === lockedOne.id)).toEqual({ ...lockedOne, locked: true });
    expect(after.some((s) => s.date >= from && s.date <= addDays(from, 1))).toBe(false);
    const untouched = planned.filter((s) => s.date > addDays(from, 1));
    if (answer.ok) expect(answer.moved).toBeLessThanOrEqual(planned.length - untouched.length);
    expect(await violations(w)).toEqual([]);
  });
});

describe('moving a session by hand', () => {
  it('tells what a move collides with, refuses it, and saves a move that breaks nothing', async () => {
    const w = await clubWorld(app());
    await app().call('club.plan', { editionId: w.editionId });
    const { sessions } = await timetable(w);
    const psycho = sessions.find((s) => s.moduleId === w.moduleIds[0])!;
    const other = sessions.find((s) => s.id !== psycho.id && s.date !== psycho.date)!;
    const into = {
      sessionId: psycho.id,
      date: other.date,
      from: other.from,
      to: other.from + (psycho.to - psycho.from),
      trainerId: w.trainerId,
      roomId: w.roomId,
    };

    const { conflicts } = await app().call('club.checkMove', into);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.join(' ')).toMatch(/[ąćęłńóśźż]/);
    const before = app().counts();
    const error = await app().fail('club.moveSession', into, 'conflict');
    expect(error.message).toContain(conflicts[0]);
    expect(error.details).toEqual({ conflicts });
    expect(app().counts()).toEqual(before);

    // A free meeting window of the cycle, found by asking the check itself.
    let free: typeof into | undefined;
    for (let day = 0; day < 28 && !free; day++) {
      const date = addDays(w.start, day);
      if (![1, 3, 5].includes(isoWeekday(date)) || date === psycho.date) continue;
      for (const start of [540, 600, 660]) {
        const move = { ...into, date, from: start, to: start + (psycho.to - psycho.from) };
        if (move.to > 780) continue;
        if (!(await app().call('club.checkMove', move)).conflicts.length) {
          free = move;
          break;
        }
      }
    }
    expect(free).toBeDefined();
    const moved = await app().call('club.moveSession', free!);
    expect(moved).toMatchObject({ date: free!.date, from: free!.from, locked: true, manual: true });
    expect(app().auditRows().at(-1)).toMatchObject({
      channel: 'club.moveSession',
      entity: 'clubSession',
      entity_id: psycho.id,
    });
    expect(await violations(w)).toEqual([]);
  });

  it('refuses a trainer or a room of another edition on the field', async () => {
    const w = await clubWorld(app());
    const other = await clubWorld(app());
    await app().call('club.plan', { editionId: w.editionId });
    const [session] = (await timetable(w)).sessions;
    const move = { ...session!, sessionId: session!.id, trainerId: other.trainerId };
    const {
      id: _i,
      editionId: _e,
      groupId: _g,
      moduleId: _m,
      locked: _l,
      manual: _n,
      ...input
    } = move;
    const error = await app().fail('club.checkMove', input, 'invalid_input');
    expect(error.issues).toEqual([
      { path: ['trainerId'], message: 'Ten prowadzący nie należy do tej edycji klubu' },
    ]);
    await app().fail('club.moveSession', { ...input, sessionId: 99_999 }, 'not_found');
  });
});
