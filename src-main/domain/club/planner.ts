import { formatDate } from '../dates';
import { capacityProblems } from './capacity';
import { formatTime } from './cycle';
import type { PlanInput, PlanProblem, PlanResult, PlannedSession, SoftScore } from './model';
import { repairBySwaps } from './repair';
import { schedule, type Shortfall } from './schedule';
import { sessionProblems } from './session-rules';
import { softScore } from './soft-score';
import { PlanState } from './state';

const byTime = (a: PlannedSession, b: PlannedSession): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.from - b.from || a.groupId - b.groupId;

function shortfallProblems(state: PlanState, shortfalls: readonly Shortfall[]): PlanProblem[] {
  return shortfalls.map(({ groupId, moduleId, hours }) => {
    const module = state.modules.get(moduleId)!;
    const group = state.groups.get(groupId)!;
    return {
      kind: 'search',
      groupId,
      moduleId,
      needed: hours,
      message: `Nie udało się zmieścić ${hours} h modułu „${module.name}” (grupa „${group.name}”): brakuje terminów, w których grupa, prowadzący i odpowiednia sala są wolni jednocześnie. Dodaj dostępność prowadzących lub salę, albo zmniejsz liczbę godzin.`,
    };
  });
}

/** Plans the whole dated cycle from nothing. Deterministic: the same input, the same plan. */
export function planTimetable(input: PlanInput): PlanResult {
  const state = new PlanState(input);
  const problems = capacityProblems(state);
  if (problems.length > 0) return { ok: false, problems };
  let shortfalls = schedule(state, input.edition.startDate);
  if (shortfalls.length > 0) shortfalls = repairBySwaps(state, shortfalls, input.edition.startDate);
  if (shortfalls.length > 0) return { ok: false, problems: shortfallProblems(state, shortfalls) };
  const sessions = [...state.sessions].sort(byTime);
  return { ok: true, sessions, soft: softScore(input, sessions) };
}

export type ReplanResult =
  | { ok: true; sessions: PlannedSession[]; moved: number; soft: SoftScore }
  | { ok: false; problems: PlanProblem[] };

const sameSlot = (a: PlannedSession, b: PlannedSession): boolean =>
  a.groupId === b.groupId &&
  a.moduleId === b.moduleId &&
  a.trainerId === b.trainerId &&
  a.roomId === b.roomId &&
  a.date === b.date &&
  a.from === b.from &&
  a.to === b.to;

/** Sessions kept from the old plan as they were, then the rest of each module planned around them. */
function rebuild(
  input: PlanInput,
  fixed: readonly PlannedSession[],
  keep: readonly PlannedSession[],
  fromDate: string,
) {
  const state = new PlanState(input);
  for (const s of fixed) state.add({ ...s });
  for (const s of keep) {
    const copy = { ...s };
    const module = state.modules.get(s.moduleId);
    const fits = module && state.done(s.groupId, s.moduleId) + (s.to - s.from) / 60 <= module.hours;
    if (fits && sessionProblems(state, copy).length === 0) state.add(copy);
  }
  let shortfalls = schedule(state, fromDate);
  if (shortfalls.length > 0) shortfalls = repairBySwaps(state, shortfalls, fromDate);
  return { state, shortfalls };
}

/**
 * What re-planning must not keep silently and may not change: locked sessions from
 * `fromDate` on that the new input forbids (the trainer fell ill on a locked day), and
 * modules whose past and locked sessions already exceed their hours (the programme was cut).
 * The office unlocks, moves or changes the hours first. Past sessions stay as history.
 */
function brokenLocks(
  input: PlanInput,
  fixed: readonly PlannedSession[],
  fromDate: string,
): PlanProblem[] {
  const state = new PlanState(input);
  const copies = fixed.map((s) => ({ ...s }));
  for (const s of copies) state.add(s);
  const names = (s: { groupId: number; moduleId: number }) =>
    `„${state.modules.get(s.moduleId)?.name ?? ''}”, grupa „${state.groups.get(s.groupId)?.name ?? ''}”`;
  const rules = copies
    .filter((s) => s.date >= fromDate)
    .flatMap((s) => {
      const problems = sessionProblems(state, s, s);
      if (problems.length === 0) return [];
      return [
        {
          kind: 'search' as const,
          groupId: s.groupId,
          moduleId: s.moduleId,
          message: `Zablokowane zajęcia ${formatDate(s.date)} ${formatTime(s.from)}–${formatTime(s.to)} (${names(s)}) łamią zasady: ${problems.join(' ')} Odblokuj je albo przenieś, potem zaplanuj ponownie.`,
        },
      ];
    });
  const excess = input.groups.flatMap((group) =>
    input.modules.flatMap((module) => {
      const held = state.done(group.id, module.id);
      if (held <= module.hours) return [];
      return [
        {
          kind: 'capacity' as const,
          groupId: group.id,
          moduleId: module.id,
          needed: module.hours,
          available: held,
          message: `Odbyte i zablokowane zajęcia (${names({ groupId: group.id, moduleId: module.id })}) mają razem ${held} h, a program wymaga ${module.hours} h. Odblokuj część zajęć albo zmień liczbę godzin modułu.`,
        },
      ];
    }),
  );
  return [...rules, ...excess];
}

/**
 * Re-plans from `fromDate` on: sessions before it and locked ones stay; of the rest, those
 * still valid under the new input stay too, and only the hours of the others are placed
 * again (into free time, or by swapping with a later session). Only when that fails is every
 * unlocked session from `fromDate` planned anew. `moved` counts the sessions that differ.
 */
export function replanTimetable(
  input: PlanInput,
  sessions: readonly PlannedSession[],
  fromDate: string,
): ReplanResult {
  const fixed = sessions.filter((s) => s.date < fromDate || s.locked);
  const broken = brokenLocks(input, fixed, fromDate);
  if (broken.length > 0) return { ok: false, problems: broken };
  const future = sessions.filter((s) => s.date >= fromDate && !s.locked).sort(byTime);
  let attempt = rebuild(input, fixed, future, fromDate);
  if (attempt.shortfalls.length > 0) attempt = rebuild(input, fixed, [], fromDate);
  if (attempt.shortfalls.length > 0) {
    // What the counts say, and what is still missing (the counts see the whole cycle, not the
    // hours done before the day), so the office learns which modules fall short and by how much.
    return {
      ok: false,
      problems: [
        ...capacityProblems(attempt.state),
        ...shortfallProblems(attempt.state, attempt.shortfalls),
      ],
    };
  }
  const planned = [...attempt.state.sessions].sort(byTime);
  const fresh = planned.filter((s) => s.date >= fromDate && !s.locked);
  const moved = fresh.filter((s) => !future.some((old) => sameSlot(old, s))).length;
  return { ok: true, sessions: planned, moved, soft: softScore(input, planned) };
}

/**
 * What a session placed as `candidate` would collide with or break, in Polish; empty when
 * the move is allowed. `sessions[index]` is the session being moved (ignored in the check).
 */
export function checkSessionMove(
  input: PlanInput,
  sessions: readonly PlannedSession[],
  index: number,
  candidate: PlannedSession,
): string[] {
  const state = new PlanState(input);
  const copies = sessions.map((s) => ({ ...s }));
  for (const s of copies) state.add(s);
  const original = copies[index]!;
  const problems = sessionProblems(state, candidate, original);
  const hours = (original.to - original.from) / 60;
  if ((candidate.to - candidate.from) / 60 !== hours) {
    problems.unshift(
      `Przeniesione zajęcia muszą trwać tyle samo co przedtem (${hours} h), by moduł zachował swoje godziny.`,
    );
  }
  if (candidate.groupId !== original.groupId || candidate.moduleId !== original.moduleId) {
    problems.unshift('Przeniesienie nie może zmienić grupy ani modułu zajęć.');
  }
  return problems;
}
