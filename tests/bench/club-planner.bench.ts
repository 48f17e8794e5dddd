import { planTimetable, replanTimetable } from '../../src-main/domain/club/planner';
import { schedule } from '../../src-main/domain/club/schedule';
import { PlanState } from '../../src-main/domain/club/state';
import type { PlanInput } from '../../src-main/domain/club/model';
import { addDays } from '../../src-main/domain/dates';
import { radomInstance } from '../support/club-instances';
import { validatePlan } from '../support/club-plan-oracle';
import { runFet, weekAsFet } from './club-fet';
import { measure, ms } from './stats';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collector to call between runs, so the heap figure is what one plan keeps.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(6)} MiB`;

function planOrThrow(input: PlanInput) {
  const result = planTimetable(input);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
}

/**
 * One ordinary week of the Radom-like instance as its own instance: every module with its
 * weekly share of hours (at least one), 13 h in all — what a school timetabler can take.
 */
function oneWeek(input: PlanInput): PlanInput {
  const start = addDays(input.edition.startDate, 7);
  return {
    ...input,
    edition: { ...input.edition, startDate: start, weeks: 1 },
    modules: input.modules.map((m) => {
      const hours = Math.max(1, Math.round(m.hours / input.edition.weeks));
      return { ...m, hours, minSession: 1, pattern: 'free' as const, weekFrom: null, weekTo: null };
    }),
  };
}

/**
 * The club planner (issue 8): the Radom-like instance (2 groups × 38 weeks, 11 modules,
 * 7 trainers, 2 rooms, holidays of 2027) planned whole, checked by the independent
 * validator; scaling to 1/2/4/8 groups; a re-plan after a week's absence; FET on one week.
 */
export async function benchClubPlanner(): Promise<void> {
  const input = radomInstance();
  const plan = planOrThrow(input);
  const violations = validatePlan(input, plan.sessions).length;
  const whole = await measure(() => planTimetable(input), 30);
  console.log('club planner — the whole dated cycle, constructive planner with repair');
  console.log(
    `Radom-like (2 groups × 38 weeks, ${plan.sessions.length} sessions)  median ${ms(whole.median)}   p95 ${ms(whole.p95)}   hard violations (validator): ${violations}   soft score ${plan.soft.score}`,
  );

  for (const groups of [1, 2, 4, 8]) {
    const scaled = radomInstance({ groups });
    gc();
    const before = process.memoryUsage().heapUsed;
    // Ten working states kept alive at once, so the figure per plan stands above the noise.
    const states = Array.from({ length: 10 }, () => {
      const state = new PlanState(scaled);
      schedule(state, scaled.edition.startDate);
      return state;
    });
    gc();
    const heap = (process.memoryUsage().heapUsed - before) / states.length;
    const state = states[0]!;
    const kept = planOrThrow(scaled);
    const time = await measure(() => planTimetable(scaled), groups > 4 ? 5 : 10);
    console.log(
      `  ${String(groups).padStart(2)} groups (${String(scaled.trainers.length).padStart(2)} trainers, ${String(scaled.rooms.length).padStart(2)} rooms, ${String(state.sessions.length).padStart(4)} sessions)  median ${ms(time.median)}   planner's working state ${mib(heap)}   violations ${validatePlan(scaled, kept.sessions).length}`,
    );
  }

  const absentFrom = addDays(input.edition.startDate, 7 * 12);
  const ill: PlanInput = structuredClone(input);
  ill.trainers[0]!.absences.push({ from: absentFrom, to: addDays(absentFrom, 4) });
  const replan = replanTimetable(ill, plan.sessions, absentFrom);
  if (!replan.ok) throw new Error(replan.problems.map((p) => p.message).join('\n'));
  const replanTime = await measure(() => replanTimetable(ill, plan.sessions, absentFrom), 30);
  console.log(
    `re-plan from week 13, psychologist absent Mon–Fri  median ${ms(replanTime.median)}   moved ${replan.moved} of ${plan.sessions.length}   violations ${validatePlan(ill, replan.sessions).length}`,
  );

  const week = oneWeek(input);
  const ours = await measure(() => planTimetable(week), 50);
  const weekPlan = planTimetable(week);
  const fet = runFet(weekAsFet(week));
  console.log(
    `one week (${week.modules.length} modules × 2 groups) — Aktywator median ${ms(ours.median)} (${weekPlan.ok ? 'planned' : 'no plan: ' + weekPlan.problems.map((p) => p.message).join(' ')})`,
  );
  if (!fet)
    console.log('  FET: fet-cl is not installed (Debian package "fet") — comparison skipped');
  else
    console.log(
      `  FET fet-cl whole run ${ms(fet.ms)} (${fet.ok ? 'timetable generated' : 'no timetable: ' + fet.output.split('\n').slice(-3).join(' ')}); FET plans one repeating week and cannot express the dated 38-week cycle`,
    );
}
