import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planTimetable } from '../../src-main/domain/club/planner';
import { workerPlanner } from '../../src-main/features/club/planner-runner';
import { radomInstance, weekly } from '../support/club-instances';

const entry = fileURLToPath(
  new URL('../../src-main/features/club/planner.worker.ts', import.meta.url),
);
// The TypeScript entry runs through tsx here; the hosts load the bundled planner-worker.mjs.
const planner = workerPlanner(entry, ['--import', 'tsx']);
const meetings = [...weekly([1, 3], 9, 13), ...weekly([5], 9, 14)];

describe('the planner on its own thread', () => {
  it('answers with the same plan as the planner called directly', async () => {
    const input = radomInstance({ groups: 1, meetings });
    const inWorker = await planner.plan(input);
    expect(inWorker.ok).toBe(true);
    expect(inWorker).toEqual(planTimetable(input));
  }, 30_000);

  it('re-plans on its own thread too, moving nothing when nothing changed', async () => {
    const input = radomInstance({ groups: 1, meetings });
    const plan = planTimetable(input);
    if (!plan.ok) throw new Error('the instance must plan');
    const result = await planner.replan(input, plan.sessions, '2027-03-01');
    expect(result).toMatchObject({ ok: true, moved: 0 });
  }, 30_000);
});
