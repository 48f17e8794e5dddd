import type { ClubProgramme, ClubSession } from '../../contract/club';
import type { PlanInput, PlannedSession, Weekday, WeeklySlot } from '../../domain/club/model';

/*
 * The programme as the core keeps it (club.getEdition's answer) → the planner's input
 * (domain/club/model.ts). Pure, so tests and the benchmarks build a planner's input from
 * the same programme the screens show.
 */

const slots = (list: readonly { weekday: number; from: number; to: number }[]): WeeklySlot[] =>
  list.map((s) => ({ weekday: s.weekday as Weekday, from: s.from, to: s.to }));

export function toPlanInput(p: ClubProgramme): PlanInput {
  return {
    edition: {
      startDate: p.edition.startDate,
      weeks: p.edition.weeks,
      meetings: slots(p.edition.meetings),
      daysOff: [...p.edition.daysOff],
    },
    groups: p.groups.map((g) => ({
      id: g.id,
      name: g.name,
      // Rooms must seat the group as it may grow: its limit, or more if it ever held more.
      size: Math.max(g.sizeLimit, g.members),
      meetings: g.meetings && slots(g.meetings),
    })),
    modules: p.modules.map((m) => ({
      id: m.id,
      name: m.name,
      hours: m.hours,
      specialists: [...m.specialists],
      minSession: m.minSession,
      maxSession: m.maxSession,
      pattern: m.pattern,
      weekFrom: m.weekFrom,
      weekTo: m.weekTo,
      roomFeatures: [...m.roomFeatures],
      duty: m.duty,
    })),
    trainers: p.trainers.map((t) => ({
      id: t.id,
      name: t.name,
      specialisations: [...t.specialisations],
      availability: slots(t.availability),
      absences: t.absences.map((a) => ({ from: a.from, to: a.to })),
      maxHoursPerWeek: t.maxHoursPerWeek,
    })),
    rooms: p.rooms.map((r) => ({
      id: r.id,
      name: r.name,
      capacity: r.capacity,
      features: [...r.features],
      availability: slots(r.availability),
    })),
  };
}

/** Stored sessions as the planner reads them (same order: an index names the same session). */
export function toPlannedSessions(sessions: readonly ClubSession[]): PlannedSession[] {
  return sessions.map((s) => ({
    groupId: s.groupId,
    moduleId: s.moduleId,
    trainerId: s.trainerId,
    roomId: s.roomId,
    date: s.date,
    from: s.from,
    to: s.to,
    locked: s.locked,
  }));
}
