import { moduleWeeks } from './cycle';
import type { PlanInput, PlannedSession, SoftScore } from './model';

/**
 * The soft rules, counted on a finished plan:
 * - even spread: at the end of every week of a module's window, the group's cumulative
 *   hours stay within one (longest) session of the proportional target;
 * - at most one session of a module per group per day;
 * - compact trainers' days: idle hours between a trainer's first and last session of a day.
 * The score is the mean share of checks met, in percent.
 */
export function softScore(input: PlanInput, sessions: readonly PlannedSession[]): SoftScore {
  const weekOf = (date: string): number =>
    Math.floor((Date.parse(date) - Date.parse(input.edition.startDate)) / 86_400_000 / 7) + 1;
  const hoursByWeek = new Map<string, number>();
  const perDay = new Map<string, number>();
  const trainerDays = new Map<string, PlannedSession[]>();
  for (const s of sessions) {
    const key = `${s.groupId}|${s.moduleId}|${weekOf(s.date)}`;
    hoursByWeek.set(key, (hoursByWeek.get(key) ?? 0) + (s.to - s.from) / 60);
    const dayKey = `${s.groupId}|${s.moduleId}|${s.date}`;
    perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
    const tKey = `${s.trainerId}|${s.date}`;
    trainerDays.set(tKey, [...(trainerDays.get(tKey) ?? []), s]);
  }

  let weekChecks = 0;
  let unevenWeeks = 0;
  for (const group of input.groups) {
    for (const module of input.modules) {
      const window = moduleWeeks(module, input.edition.weeks);
      const span = window.to - window.from + 1;
      let cumulative = 0;
      for (let week = window.from; week <= window.to; week++) {
        cumulative += hoursByWeek.get(`${group.id}|${module.id}|${week}`) ?? 0;
        const target = (module.hours * (week - window.from + 1)) / span;
        weekChecks++;
        if (Math.abs(cumulative - target) > module.maxSession) unevenWeeks++;
      }
    }
  }

  const repeatedSameDay = [...perDay.values()].filter((n) => n > 1).length;

  let trainerGapHours = 0;
  let trainerSpanHours = 0;
  for (const list of trainerDays.values()) {
    const first = Math.min(...list.map((s) => s.from));
    const last = Math.max(...list.map((s) => s.to));
    const busy = list.reduce((sum, s) => sum + s.to - s.from, 0);
    trainerSpanHours += (last - first) / 60;
    trainerGapHours += Math.max(0, last - first - busy) / 60;
  }

  const shares = [
    weekChecks ? 1 - unevenWeeks / weekChecks : 1,
    perDay.size ? 1 - repeatedSameDay / perDay.size : 1,
    trainerSpanHours ? 1 - trainerGapHours / trainerSpanHours : 1,
  ];
  const score = Math.round((100 * shares.reduce((a, b) => a + b, 0)) / shares.length);
  return { unevenWeeks, repeatedSameDay, trainerGapHours, score };
}
