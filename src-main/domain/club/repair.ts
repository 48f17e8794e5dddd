import { assign } from './assign';
import type { MeetingDay } from './cycle';
import type { PlanGroup, PlanModule } from './model';
import {
  fillRemaining,
  openPeriods,
  splittable,
  spreadHours,
  windowDays,
  type Shortfall,
} from './schedule';
import type { PlanState } from './state';

/**
 * When hours are left with nowhere to go (the psychologist is ill, and the group's other
 * hours are all taken), a session of another free module gives up its time: the missing
 * module takes (part of) that slot, and the other module's hours move into any free time —
 * usually the very hours the absence freed. Two sessions move instead of the whole rest of
 * the cycle.
 */
export function repairBySwaps(
  state: PlanState,
  shortfalls: readonly Shortfall[],
  fromDate: string,
): Shortfall[] {
  const left: Shortfall[] = [];
  for (const shortfall of shortfalls) {
    const group = state.groups.get(shortfall.groupId)!;
    const module = state.modules.get(shortfall.moduleId)!;
    const missing =
      module.pattern === 'free'
        ? repairFree(state, group, module, fromDate)
        : repairPeriods(state, group, module, fromDate);
    if (missing > 0) left.push({ ...shortfall, hours: missing });
  }
  return left;
}

function repairFree(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  fromDate: string,
): number {
  const days = windowDays(state, group, module, fromDate);
  let remaining = module.hours - state.done(group.id, module.id);
  while (remaining > 0) {
    const rest = remaining;
    // The longest part of a slot the module may take, leaving its rest divisible.
    const take = (slot: number): number | null => {
      for (
        let hours = Math.min(slot, module.maxSession, rest);
        hours >= module.minSession;
        hours--
      ) {
        if (splittable(rest - hours, module.minSession, module.maxSession)) return hours;
      }
      return null;
    };
    if (!swapInto(state, group, module, days, fromDate, take)) break;
    remaining = module.hours - state.done(group.id, module.id);
  }
  return remaining;
}

function repairPeriods(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  fromDate: string,
): number {
  const remaining = module.hours - state.done(group.id, module.id);
  const periods = openPeriods(state, group, module, fromDate);
  if (periods.length === 0) return remaining;
  const lengths = spreadHours(remaining, periods.length);
  let missing = 0;
  periods.forEach((days, i) => {
    const hours = lengths[i]!;
    const fits = hours >= module.minSession && hours <= module.maxSession;
    if (
      !fits ||
      !swapInto(state, group, module, days, fromDate, (slot) => (slot >= hours ? hours : null))
    ) {
      missing += hours;
    }
  });
  return missing;
}

/**
 * Gives the module part of the slot of another free module's session on one of `days`,
 * re-placing that module's hours elsewhere; undoes everything when that fails. `take` says
 * how many hours of a slot of so many hours the module would use, or null.
 */
function swapInto(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  days: readonly MeetingDay[],
  fromDate: string,
  take: (slotHours: number) => number | null,
): boolean {
  const dates = new Set(days.map((d) => d.day.date));
  const others = state.sessions
    .filter(
      (s) => s.groupId === group.id && s.moduleId !== module.id && dates.has(s.date) && !s.locked,
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.from - b.from));
  for (const other of others) {
    const otherModule = state.modules.get(other.moduleId)!;
    const hours = otherModule.pattern === 'free' ? take((other.to - other.from) / 60) : null;
    if (hours === null) continue;
    const day = state.dayByDate.get(other.date)!;
    const before = new Set(state.sessions);
    state.remove(other);
    const taken = assign(state, group, module, day, other.from, other.from + hours * 60);
    if (taken) {
      state.add(taken);
      if (
        fillRemaining(
          state,
          group,
          otherModule,
          windowDays(state, group, otherModule, fromDate),
        ) === 0
      )
        return true;
      for (const s of state.sessions.filter((s) => !before.has(s))) state.remove(s);
    }
    state.add(other);
  }
  return false;
}
