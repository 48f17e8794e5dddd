import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanInput, PlanResult } from '../../src-main/domain/club/model';
import { workerPlanner, type PlannerRunner } from '../../src-main/features/club/planner-runner';
import { PLAN_CANCELLED } from '../../src-main/features/club/planning-runs';
import { clubWorld, storeSessions, worldSession } from '../support/club';
import { radomInstance } from '../support/club-instances';
import { useTestApp } from '../support/test-app';

/*
 * "Przerwij": a plan in progress is stopped through club.cancelPlan, and nothing from it is
 * saved. The stand-in planner below answers only when told to stop (then it fails, as an
 * ended worker does) — or, if the test lets it, with an empty plan after the stop.
 */

let release: ((result: PlanResult) => void) | null = null;
let started: () => void = () => {};
const planner: PlannerRunner = {
  plan: (_input: PlanInput, signal?: AbortSignal) =>
    new Promise<PlanResult>((resolve, reject) => {
      release = resolve;
      signal?.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
      started();
    }),
  replan: () => Promise.reject(new Error('not used')),
};
const app = useTestApp({ planner });
const waitForStart = () => new Promise<void>((resolve) => (started = resolve));

describe('stopping a plan in progress', () => {
  it('stops it: the plan answers that it was stopped, and the timetable is unchanged', async () => {
    const w = await clubWorld(app());
    await storeSessions(app(), w.editionId, [worldSession(w, w.start)]);
    const before = await app().call('club.sessions', { editionId: w.editionId });
    expect(before.sessions).toHaveLength(1);
    const running = waitForStart();
    const plan = app().dispatch('club.plan', { editionId: w.editionId });
    await running;
    expect(await app().call('club.cancelPlan', { editionId: w.editionId })).toEqual({
      cancelled: true,
    });
    const envelope = await plan;
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_state', message: PLAN_CANCELLED },
    });
    expect(await app().call('club.sessions', { editionId: w.editionId })).toEqual(before);
  });

  it('answers false when nothing of the edition is being planned', async () => {
    const w = await clubWorld(app());
    expect(await app().call('club.cancelPlan', { editionId: w.editionId })).toEqual({
      cancelled: false,
    });
  });

  it('refuses a second plan of the same edition while the first runs', async () => {
    const w = await clubWorld(app());
    const running = waitForStart();
    const first = app().dispatch('club.plan', { editionId: w.editionId });
    await running;
    const second = await app().dispatch('club.plan', { editionId: w.editionId });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    release!({
      ok: true,
      sessions: [],
      soft: { unevenWeeks: 0, repeatedSameDay: 0, trainerGapHours: 0, score: 100 },
    });
    expect(await first).toMatchObject({ ok: true });
  });
});

describe('the worker planner, stopped', () => {
  it('ends its thread and rejects at once', async () => {
    const entry = fileURLToPath(
      new URL('../../src-main/features/club/planner.worker.ts', import.meta.url),
    );
    const runner = workerPlanner(entry, ['--import', 'tsx']);
    const controller = new AbortController();
    const answer = runner.plan(radomInstance({ groups: 8 }), controller.signal);
    controller.abort();
    await expect(answer).rejects.toThrow('Planning stopped');
  }, 30_000);
});
