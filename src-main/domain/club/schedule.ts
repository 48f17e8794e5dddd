import { assign } from './assign';
import { inWeeks, moduleWeeks, periodOf, type MeetingDay } from './cycle';
import type { PlanGroup, PlanModule } from './model';
import type { PlanState } from './state';

/** Hours of a module the schedule could not place, and for a fixed pattern, in which periods. */
export interface Shortfall {
  groupId: number;
  moduleId: number;
  hours: number;
}

/** Whether `hours` can be cut into sessions of min…max hours (0 always can). */
export function splittable(hours: number, min: number, max: number): boolean {
  if (hours === 0) return true;
  for (let k = Math.ceil(hours / max); k * min <= hours; k++) if (k * max >= hours) return true;
  return false;
}

/**
 * Hours spread over periods as evenly as whole hours allow, the extra hours spaced out
 * (27 h over 10 months → 3,3,2,3,3,2,3,3,2,3 rather than all the threes first).
 */
export function spreadHours(hours: number, periods: number): number[] {
  const base = Math.floor(hours / periods);
  const extra = hours - base * periods;
  return Array.from(
    { length: periods },
    (_, i) =>
      base + (Math.floor(((i + 1) * extra) / periods) > Math.floor((i * extra) / periods) ? 1 : 0),
  );
}

/** The periods of a fixed-pattern module still without a session, each with its meeting days (from `fromDate`). */
export function openPeriods(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  fromDate: string,
): MeetingDay[][] {
  const window = moduleWeeks(module, state.input.edition.weeks);
  const periods = new Map<number, MeetingDay[]>();
  for (const md of state.calendars.get(group.id) ?? []) {
    if (md.day.date < fromDate || !inWeeks(md.day, window)) continue;
    const period = periodOf(module.pattern, md.day)!;
    if (state.sessionsInPeriod(group.id, module.id, period) > 0) continue;
    const list = periods.get(period);
    if (list) list.push(md);
    else periods.set(period, [md]);
  }
  return [...periods.values()];
}

/** Candidate start times in a slot for `hours`: its edges first, so the rest stays in one piece. */
function starts(slot: { from: number; to: number }, hours: number): number[] {
  const last = slot.to - hours * 60;
  if (last < slot.from) return [];
  const result = [slot.from];
  if (last !== slot.from) result.push(last);
  for (let t = slot.from + 60; t < last; t += 60) result.push(t);
  return result;
}

export function placeAnywhere(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  days: readonly MeetingDay[],
  hours: number,
): boolean {
  // First where no useless scrap of time is left beside the session, then anywhere.
  for (const avoidScraps of [true, false]) {
    for (const md of days) {
      for (const slot of md.slots) {
        for (const from of starts(slot, hours)) {
          const to = from + hours * 60;
          if (state.groupClash(group.id, md.day.date, from, to)) continue;
          if (avoidScraps && leavesScrap(state, group, md.day.date, slot, from, to)) continue;
          const session = assign(state, group, module, md.day, from, to);
          if (session) {
            state.add(session);
            return true;
          }
        }
      }
    }
  }
  return false;
}

/**
 * Whether a session at [from, to) would leave free time beside it, within the meeting, too
 * short for any module's shortest session (an hour nobody can use: sessions are ≥ 2 h).
 */
function leavesScrap(
  state: PlanState,
  group: PlanGroup,
  date: string,
  slot: { from: number; to: number },
  from: number,
  to: number,
): boolean {
  let start = slot.from;
  let end = slot.to;
  for (const s of state.groupSessions(group.id, date)) {
    if (s.to <= from) start = Math.max(start, s.to);
    if (s.from >= to) end = Math.min(end, s.from);
  }
  const shortest = state.shortestSession() * 60;
  const scrap = (gap: number) => gap > 0 && gap < shortest;
  return scrap(from - start) || scrap(end - to);
}

/**
 * Phase 1: modules with a fixed pattern (one session per week / two weeks / month) go first,
 * as they have the least freedom; each period prefers the weekday used before, so a group
 * meets its consultant "every other Wednesday".
 */
function placePatterned(state: PlanState, fromDate: string, shortfalls: Shortfall[]): void {
  // The module with the fewest meeting days in its tightest period first (a month of which
  // the cycle holds one Monday, a weekly module in a short week), then the most frequent;
  // module by module across groups, so groups share the trainer fairly.
  const tightest = (m: PlanModule) =>
    Math.min(
      ...state.input.groups.flatMap((g) =>
        openPeriods(state, g, m, fromDate).map((days) => days.length),
      ),
    );
  const rank = new Map(
    state.input.modules.filter((m) => m.pattern !== 'free').map((m) => [m.id, tightest(m)]),
  );
  const frequency = { weekly: 0, biweekly: 1, monthly: 2, free: 3 };
  const modules = state.input.modules
    .filter((m) => m.pattern !== 'free')
    .sort(
      (a, b) =>
        rank.get(a.id)! - rank.get(b.id)! ||
        frequency[a.pattern] - frequency[b.pattern] ||
        a.id - b.id,
    );
  for (const module of modules) {
    for (const group of state.input.groups) {
      const remaining = module.hours - state.done(group.id, module.id);
      if (remaining <= 0) continue;
      const periods = openPeriods(state, group, module, fromDate);
      if (periods.length === 0) {
        shortfalls.push({ groupId: group.id, moduleId: module.id, hours: remaining });
        continue;
      }
      const lengths = spreadHours(remaining, periods.length);
      let missing = 0;
      let weekday: number | null = null;
      periods.forEach((days, i) => {
        const hours = lengths[i]!;
        const ordered =
          weekday === null
            ? days
            : [
                ...days.filter((d) => d.day.weekday === weekday),
                ...days.filter((d) => d.day.weekday !== weekday),
              ];
        const fits = hours >= module.minSession && hours <= module.maxSession;
        if (fits && placeAnywhere(state, group, module, ordered, hours)) {
          weekday ??= dayOfLast(state);
        } else missing += hours;
      });
      if (missing > 0) shortfalls.push({ groupId: group.id, moduleId: module.id, hours: missing });
    }
  }
}

function dayOfLast(state: PlanState): number {
  const last = state.sessions[state.sessions.length - 1]!;
  return state.dayByDate.get(last.date)!.weekday;
}

/** Per group: meeting hours left from each calendar index on, for the pressure of a module. */
function suffixHours(days: readonly MeetingDay[]): number[] {
  const suffix = new Array<number>(days.length + 1).fill(0);
  for (let k = days.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + days[k]!.hours;
  return suffix;
}

interface FreeModule {
  module: PlanModule;
  window: { from: number; to: number };
  /** The calendar index after the window's last meeting day. */
  endIndex: number;
}

/**
 * Phase 2: the free modules, day by day. At each free hour the module under most pressure
 * (hours left ÷ meeting hours left in its window) goes first, but a module may not run
 * ahead of its even share by more than one session, nor meet twice a day — unless the group
 * has no hour to spare, when every hour must be used.
 */
function placeFree(state: PlanState, fromDate: string): void {
  const weeks = state.input.edition.weeks;
  const free = state.input.modules.filter((m) => m.pattern === 'free');
  // Day by day across all groups (not group after group), so the last group is not left
  // with the trainers and rooms the others did not want.
  const groups = state.input.groups.map((group) => {
    const days = state.calendars.get(group.id) ?? [];
    const modules: FreeModule[] = free.map((module) => {
      const window = moduleWeeks(module, weeks);
      let endIndex = 0;
      days.forEach((md, k) => {
        if (md.day.week <= window.to) endIndex = k + 1;
      });
      return { module, window, endIndex };
    });
    const indexByDate = new Map(days.map((md, k) => [md.day.date, k]));
    return { group, days, modules, suffix: suffixHours(days), indexByDate };
  });
  for (const day of state.days) {
    if (day.date < fromDate) continue;
    for (const g of groups) {
      const k = g.indexByDate.get(day.date);
      if (k !== undefined) fillDay(state, g.group, g.days[k]!, k, g.modules, g.suffix);
    }
  }
}

function fillDay(
  state: PlanState,
  group: PlanGroup,
  md: MeetingDay,
  k: number,
  modules: readonly FreeModule[],
  suffix: readonly number[],
): void {
  for (const slot of md.slots) {
    let t = slot.from;
    while (t + 60 <= slot.to) {
      const clash = state.groupClash(group.id, md.day.date, t, t + 60);
      if (clash) {
        t = clash.to;
        continue;
      }
      const next = state
        .groupSessions(group.id, md.day.date)
        .filter((s) => s.from > t)
        .reduce((end, s) => Math.min(end, s.from), slot.to);
      const freeEnd = Math.min(slot.to, next);
      const placed =
        tryAt(state, group, md, k, modules, suffix, t, freeEnd, false) ??
        (spareHours(state, group, md, k, modules, suffix, t) < 1
          ? tryAt(state, group, md, k, modules, suffix, t, freeEnd, true)
          : null);
      t = placed ?? t + 60;
    }
  }
}

/** Meeting hours the group has left (from `t` on) beyond what its free modules still need. */
function spareHours(
  state: PlanState,
  group: PlanGroup,
  md: MeetingDay,
  k: number,
  modules: readonly FreeModule[],
  suffix: readonly number[],
  t: number,
): number {
  const days = state.calendars.get(group.id)!;
  let booked = 0;
  for (let i = k + 1; i < days.length; i++) {
    for (const s of state.groupSessions(group.id, days[i]!.day.date))
      booked += (s.to - s.from) / 60;
  }
  let today = 0;
  for (const slot of md.slots) today += Math.max(0, slot.to - Math.max(slot.from, t)) / 60;
  for (const s of state.groupSessions(group.id, md.day.date))
    if (s.from >= t) today -= (s.to - s.from) / 60;
  const need = modules.reduce(
    (sum, f) => sum + f.module.hours - state.done(group.id, f.module.id),
    0,
  );
  return suffix[k + 1]! - booked + today - need;
}

/** Places the most pressing module at `t`; returns the session's end, or null. */
function tryAt(
  state: PlanState,
  group: PlanGroup,
  md: MeetingDay,
  k: number,
  modules: readonly FreeModule[],
  suffix: readonly number[],
  t: number,
  freeEnd: number,
  relaxed: boolean,
): number | null {
  const day = md.day;
  const candidates: { f: FreeModule; pressure: number; remaining: number }[] = [];
  for (const f of modules) {
    if (!inWeeks(day, f.window)) continue;
    const remaining = f.module.hours - state.done(group.id, f.module.id);
    if (remaining <= 0) continue;
    const left = suffix[k]! - suffix[f.endIndex]!;
    const pressure = left > 0 ? remaining / left : Infinity;
    if (!relaxed && pressure < 1) {
      if (state.sessionsOnDay(group.id, f.module.id, day.date) > 0) continue;
      const span = f.window.to - f.window.from + 1;
      const target = (f.module.hours * (day.week - f.window.from + 1)) / span;
      if (f.module.hours - remaining + f.module.minSession > target + f.module.maxSession) continue;
    }
    candidates.push({ f, pressure, remaining });
  }
  candidates.sort((a, b) => b.pressure - a.pressure || a.f.module.id - b.f.module.id);
  const room = (freeEnd - t) / 60;
  const shortest = state.shortestSession();
  // First lengths that leave no useless scrap before the next session, then any length.
  for (const avoidScraps of [true, false]) {
    for (const { f, remaining } of candidates) {
      const m = f.module;
      for (
        let hours = Math.min(m.maxSession, remaining, Math.floor(room));
        hours >= m.minSession;
        hours--
      ) {
        const rest = room - hours;
        if (avoidScraps && rest > 0 && rest < shortest) continue;
        if (!splittable(remaining - hours, m.minSession, m.maxSession)) continue;
        const session = assign(state, group, m, day, t, t + hours * 60);
        if (session) {
          state.add(session);
          return session.to;
        }
      }
    }
  }
  return null;
}

/** Phase 3: whatever is left goes into any free time of its window, soft rules set aside. */
function catchUp(state: PlanState, fromDate: string): void {
  for (const group of state.input.groups) {
    for (const module of state.input.modules) {
      if (module.pattern !== 'free') continue;
      fillRemaining(state, group, module, windowDays(state, group, module, fromDate));
    }
  }
}

/** The group's meeting days from `fromDate` inside the module's window. */
export function windowDays(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  fromDate: string,
): MeetingDay[] {
  const window = moduleWeeks(module, state.input.edition.weeks);
  return (state.calendars.get(group.id) ?? []).filter(
    (md) => md.day.date >= fromDate && inWeeks(md.day, window),
  );
}

/**
 * Places what a free module still lacks into any free time of `days`, in pieces as long as
 * its sessions may be (longest first), keeping the rest divisible into allowed lengths.
 * Returns the hours still missing.
 */
export function fillRemaining(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  days: readonly MeetingDay[],
): number {
  let remaining = module.hours - state.done(group.id, module.id);
  while (remaining > 0) {
    let placed = false;
    for (
      let hours = Math.min(module.maxSession, remaining);
      hours >= module.minSession && !placed;
      hours--
    ) {
      if (!splittable(remaining - hours, module.minSession, module.maxSession)) continue;
      placed = placeAnywhere(state, group, module, days, hours);
    }
    if (!placed) break;
    remaining = module.hours - state.done(group.id, module.id);
  }
  return remaining;
}

/**
 * Fills the state with sessions from `fromDate` on, around what it already holds (past and
 * locked sessions when re-planning). Returns what could not be placed.
 */
export function schedule(state: PlanState, fromDate: string): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  placePatterned(state, fromDate, shortfalls);
  placeFree(state, fromDate);
  catchUp(state, fromDate);
  for (const group of state.input.groups) {
    for (const module of state.input.modules) {
      if (module.pattern !== 'free') continue;
      const hours = module.hours - state.done(group.id, module.id);
      if (hours > 0) shortfalls.push({ groupId: group.id, moduleId: module.id, hours });
    }
  }
  return shortfalls;
}
