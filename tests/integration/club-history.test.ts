import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import {
  mondayAfter,
  projectAround,
  validEdition,
  validGroup,
  validModule,
  validRoom,
  validTrainer,
} from '../support/club';
import { useTestApp, type TestApp } from '../support/test-app';

/*
 * What took place stays: once a cycle is under way, planning anew, moving a held session or
 * moving one onto a day gone by is refused, and the cycle cannot be cut so that planned
 * sessions fall outside it. Through the dispatcher, with the real planner.
 */

const app = useTestApp();

/** An edition that started four weeks ago (8 weeks long), planned with the real planner. */
async function runningEdition(a: TestApp) {
  const today = a.clock.today();
  const project = await a.call('projects.create', projectAround(today));
  const start = mondayAfter(addDays(today, -35));
  const edition = await a.call('club.createEdition', validEdition(project.id, start, { weeks: 8 }));
  await a.call('club.saveGroup', validGroup(edition.id));
  // Once a week, so that sessions lie both before and after today.
  await a.call(
    'club.saveModule',
    validModule(edition.id, { hours: 16, pattern: 'weekly', minSession: 2, maxSession: 2 }),
  );
  await a.call('club.saveTrainer', validTrainer(edition.id));
  await a.call('club.saveRoom', validRoom(edition.id));
  expect(await a.call('club.plan', { editionId: edition.id })).toMatchObject({ ok: true });
  const { sessions } = await a.call('club.sessions', { editionId: edition.id });
  const past = sessions.filter((s) => s.date < today);
  const future = sessions.filter((s) => s.date > today);
  expect(past.length > 0 && future.length > 0).toBe(true);
  return { today, start, edition, sessions, past, future };
}

describe('a cycle under way', () => {
  it('is not planned anew: the sessions held would be lost', async () => {
    const { edition, sessions, past } = await runningEdition(app());
    const error = await app().fail('club.plan', { editionId: edition.id }, 'invalid_state');
    expect(error.message).toContain(`Cykl już trwa: ${past.length}`);
    expect((await app().call('club.sessions', { editionId: edition.id })).sessions).toEqual(
      sessions,
    );
  });

  it('does not move a session that took place, nor a session onto a day gone by', async () => {
    const { today, past, future } = await runningEdition(app());
    const held = past[0]!;
    const moveHeld = { sessionId: held.id, date: future[0]!.date, from: held.from, to: held.to };
    const { conflicts: heldConflicts } = await app().call('club.checkMove', {
      ...moveHeld,
      trainerId: held.trainerId,
      roomId: held.roomId,
    });
    expect(heldConflicts[0]).toContain('już się odbyły');

    const coming = future[0]!;
    const ontoYesterday = {
      sessionId: coming.id,
      date: addDays(today, -1),
      from: coming.from,
      to: coming.to,
      trainerId: coming.trainerId,
      roomId: coming.roomId,
    };
    const { conflicts } = await app().call('club.checkMove', ontoYesterday);
    expect(conflicts[0]).toContain('na dzień, który minął');
    const error = await app().fail('club.moveSession', ontoYesterday, 'conflict');
    expect(error.message).toContain('na dzień, który minął');
  });

  it('cannot be cut short so that planned sessions fall outside it', async () => {
    const { edition, start, sessions } = await runningEdition(app());
    const error = await app().fail(
      'club.updateEdition',
      {
        id: edition.id,
        edition: {
          name: edition.name,
          startDate: start,
          weeks: 2,
          meetings: edition.meetings,
          daysOff: [],
          minAttendancePercent: 80,
        },
      },
      'invalid_input',
    );
    const outside = sessions.filter((s) => s.date > addDays(start, 13)).length;
    expect(error.issues).toEqual([
      { path: ['edition', 'weeks'], message: expect.stringContaining(`zostałoby ${outside} zaj`) },
    ]);
  });

  it('locking a session already locked changes nothing, not even the revision', async () => {
    const { edition, future } = await runningEdition(app());
    await app().call('club.setLocked', { sessionId: future[0]!.id, locked: true });
    const revision = (await app().call('club.getEdition', { id: edition.id })).edition.revision;
    await app().call('club.setLocked', { sessionId: future[0]!.id, locked: true });
    expect((await app().call('club.getEdition', { id: edition.id })).edition.revision).toBe(
      revision,
    );
  });
});
