import type { CycleDay } from './cycle';
import type { PlanGroup, PlanModule, PlannedSession } from './model';
import type { PlanState } from './state';

/**
 * Who leads and where, for a session at a given time: the trainer who already leads the
 * module for the group first (people keep their psychologist), then one already in the club
 * right before or after (compact days), then the least busy; the room the group sits in
 * that day first, then the plainest room that fits (the computer room stays free for the
 * computer course). Ties go by id, so the plan is the same every time.
 */
export function assign(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  day: CycleDay,
  from: number,
  to: number,
  ignore?: PlannedSession,
): PlannedSession | null {
  const trainerId = pickTrainer(state, group, module, day, from, to, ignore);
  if (trainerId === null) return null;
  const roomId = pickRoom(state, group, module, day, from, to, ignore);
  if (roomId === null) return null;
  return {
    groupId: group.id,
    moduleId: module.id,
    trainerId,
    roomId,
    date: day.date,
    from,
    to,
    locked: false,
  };
}

function pickTrainer(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  day: CycleDay,
  from: number,
  to: number,
  ignore?: PlannedSession,
): number | null {
  const last = state.lastTrainer(group.id, module.id);
  let best: number | null = null;
  let bestRank: [number, number, number, number] | null = null;
  for (const trainer of state.qualifiedTrainers(module)) {
    if (!state.trainerCanTake(trainer, day, from, to, ignore)) continue;
    const adjacent = state
      .trainerSessions(trainer.id, day.date)
      .some((s) => s !== ignore && (s.to === from || s.from === to));
    const rank: [number, number, number, number] = [
      trainer.id === last ? 0 : 1,
      adjacent ? 0 : 1,
      state.trainerTotalHours(trainer.id),
      trainer.id,
    ];
    if (!bestRank || lexLess(rank, bestRank)) {
      best = trainer.id;
      bestRank = rank;
    }
  }
  return best;
}

function pickRoom(
  state: PlanState,
  group: PlanGroup,
  module: PlanModule,
  day: CycleDay,
  from: number,
  to: number,
  ignore?: PlannedSession,
): number | null {
  const usedToday = new Set(
    state
      .groupSessions(group.id, day.date)
      .filter((s) => s !== ignore)
      .map((s) => s.roomId),
  );
  let fallback: number | null = null;
  for (const room of state.suitableRooms(group, module)) {
    if (!state.roomCanTake(room, day, from, to, ignore)) continue;
    if (usedToday.has(room.id)) return room.id;
    fallback ??= room.id;
  }
  return fallback;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
