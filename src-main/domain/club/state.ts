import {
  cycleDays,
  groupCalendars,
  groupMeetings,
  periodOf,
  type CycleDay,
  type MeetingDay,
} from './cycle';
import type {
  PlanGroup,
  PlanInput,
  PlanModule,
  PlanRoom,
  PlanTrainer,
  PlannedSession,
  WeeklySlot,
} from './model';

/** Sessions of one resource (a group, a trainer, a room) per date. */
class Occupancy {
  private readonly byKey = new Map<string, PlannedSession[]>();

  at(id: number, date: string): readonly PlannedSession[] {
    return this.byKey.get(`${id}|${date}`) ?? [];
  }

  add(id: number, s: PlannedSession): void {
    const key = `${id}|${s.date}`;
    const list = this.byKey.get(key);
    if (list) list.push(s);
    else this.byKey.set(key, [s]);
  }

  remove(id: number, s: PlannedSession): void {
    const list = this.byKey.get(`${id}|${s.date}`);
    const i = list ? list.indexOf(s) : -1;
    if (list && i >= 0) list.splice(i, 1);
  }

  /** The session overlapping [from, to) on the date, other than `ignore`. */
  clash(
    id: number,
    date: string,
    from: number,
    to: number,
    ignore?: PlannedSession,
  ): PlannedSession | null {
    for (const s of this.at(id, date)) {
      if (s !== ignore && s.from < to && from < s.to) return s;
    }
    return null;
  }
}

export function slotCovers(
  slots: readonly WeeklySlot[],
  weekday: number,
  from: number,
  to: number,
): boolean {
  return slots.some((s) => s.weekday === weekday && s.from <= from && to <= s.to);
}

const hoursOf = (s: PlannedSession): number => (s.to - s.from) / 60;

/**
 * What is planned so far and who is busy when: the planner, re-planning and the check of a
 * manual move all ask the same questions of it, so the hard rules are read in one place.
 */
export class PlanState {
  readonly days: CycleDay[];
  readonly dayByDate: Map<string, CycleDay>;
  readonly calendars: Map<number, MeetingDay[]>;
  readonly groups: Map<number, PlanGroup>;
  readonly modules: Map<number, PlanModule>;
  readonly trainers: Map<number, PlanTrainer>;
  readonly rooms: Map<number, PlanRoom>;
  readonly sessions: PlannedSession[] = [];
  private readonly byGroup = new Occupancy();
  private readonly byTrainer = new Occupancy();
  private readonly byRoom = new Occupancy();
  private readonly counts = new Map<string, number>();
  private readonly absent = new Map<number, Set<string>>();
  private readonly qualifiedByModule = new Map<number, PlanTrainer[]>();
  private readonly roomsByNeed = new Map<string, PlanRoom[]>();
  private shortest: number | undefined;

  constructor(readonly input: PlanInput) {
    this.days = cycleDays(input.edition);
    this.dayByDate = new Map(this.days.map((d) => [d.date, d]));
    this.calendars = groupCalendars(input, this.days);
    this.groups = new Map(input.groups.map((g) => [g.id, g]));
    this.modules = new Map(input.modules.map((m) => [m.id, m]));
    this.trainers = new Map(input.trainers.map((t) => [t.id, t]));
    this.rooms = new Map(input.rooms.map((r) => [r.id, r]));
    for (const t of input.trainers) {
      const dates = new Set<string>();
      for (const a of t.absences) {
        for (const d of this.days) if (d.date >= a.from && d.date <= a.to) dates.add(d.date);
      }
      this.absent.set(t.id, dates);
    }
  }

  private bump(key: string, by: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }

  private count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  private tally(s: PlannedSession, sign: 1 | -1): void {
    const day = this.dayByDate.get(s.date);
    const module = this.modules.get(s.moduleId);
    const hours = hoursOf(s) * sign;
    this.bump(`done|${s.groupId}|${s.moduleId}`, hours);
    this.bump(`day|${s.groupId}|${s.moduleId}|${s.date}`, sign);
    if (day && module) {
      const period = periodOf(module.pattern, day);
      if (period !== null) this.bump(`period|${s.groupId}|${s.moduleId}|${period}`, sign);
      this.bump(`week|${s.trainerId}|${day.week}`, hours);
    }
    this.bump(`trainer|${s.trainerId}`, hours);
    if (sign > 0) this.counts.set(`last|${s.groupId}|${s.moduleId}`, s.trainerId);
  }

  add(s: PlannedSession): void {
    this.sessions.push(s);
    this.byGroup.add(s.groupId, s);
    this.byTrainer.add(s.trainerId, s);
    this.byRoom.add(s.roomId, s);
    this.tally(s, 1);
  }

  remove(s: PlannedSession): void {
    const i = this.sessions.indexOf(s);
    if (i >= 0) this.sessions.splice(i, 1);
    this.byGroup.remove(s.groupId, s);
    this.byTrainer.remove(s.trainerId, s);
    this.byRoom.remove(s.roomId, s);
    this.tally(s, -1);
  }

  done(groupId: number, moduleId: number): number {
    return this.count(`done|${groupId}|${moduleId}`);
  }

  sessionsOnDay(groupId: number, moduleId: number, date: string): number {
    return this.count(`day|${groupId}|${moduleId}|${date}`);
  }

  sessionsInPeriod(groupId: number, moduleId: number, period: number): number {
    return this.count(`period|${groupId}|${moduleId}|${period}`);
  }

  trainerWeekHours(trainerId: number, week: number): number {
    return this.count(`week|${trainerId}|${week}`);
  }

  /** The shortest session any module allows, in hours: free time shorter than this is lost. */
  shortestSession(): number {
    this.shortest ??= Math.min(...this.input.modules.map((m) => m.minSession));
    return this.shortest;
  }

  trainerTotalHours(trainerId: number): number {
    return this.count(`trainer|${trainerId}`);
  }

  /** The trainers who may lead the module, by id. */
  qualifiedTrainers(module: PlanModule): readonly PlanTrainer[] {
    let list = this.qualifiedByModule.get(module.id);
    if (!list) {
      list = this.input.trainers
        .filter((t) => this.qualified(t, module))
        .sort((a, b) => a.id - b.id);
      this.qualifiedByModule.set(module.id, list);
    }
    return list;
  }

  /** The rooms that seat the group and have the module's features; rooms whose features another module needs go last. */
  suitableRooms(group: PlanGroup, module: PlanModule): readonly PlanRoom[] {
    const key = `${group.id}|${module.id}`;
    let list = this.roomsByNeed.get(key);
    if (!list) {
      list = this.input.rooms
        .filter((r) => this.roomSuits(r, group, module))
        .sort(
          (a, b) =>
            this.spareScarce(a, module) - this.spareScarce(b, module) ||
            a.capacity - b.capacity ||
            a.id - b.id,
        );
      this.roomsByNeed.set(key, list);
    }
    return list;
  }

  /** Features of the room some module needs and this one does not (a computer room for a talk). */
  private spareScarce(room: PlanRoom, module: PlanModule): number {
    return room.features.filter(
      (f) =>
        !module.roomFeatures.includes(f) &&
        this.input.modules.some((m) => m.roomFeatures.includes(f)),
    ).length;
  }

  /** The trainer who last led the module for the group (people keep their psychologist). */
  lastTrainer(groupId: number, moduleId: number): number | undefined {
    return this.counts.get(`last|${groupId}|${moduleId}`);
  }

  groupClash(groupId: number, date: string, from: number, to: number, ignore?: PlannedSession) {
    return this.byGroup.clash(groupId, date, from, to, ignore);
  }

  trainerClash(trainerId: number, date: string, from: number, to: number, ignore?: PlannedSession) {
    return this.byTrainer.clash(trainerId, date, from, to, ignore);
  }

  roomClash(roomId: number, date: string, from: number, to: number, ignore?: PlannedSession) {
    return this.byRoom.clash(roomId, date, from, to, ignore);
  }

  trainerSessions(trainerId: number, date: string): readonly PlannedSession[] {
    return this.byTrainer.at(trainerId, date);
  }

  groupSessions(groupId: number, date: string): readonly PlannedSession[] {
    return this.byGroup.at(groupId, date);
  }

  isAbsent(trainerId: number, date: string): boolean {
    return this.absent.get(trainerId)?.has(date) ?? false;
  }

  meetsAt(group: PlanGroup, day: CycleDay, from: number, to: number): boolean {
    return (
      !day.closed && slotCovers(groupMeetings(this.input.edition, group), day.weekday, from, to)
    );
  }

  /** Whether the trainer may lead the module at all (one of the required specialisations). */
  qualified(trainer: PlanTrainer, module: PlanModule): boolean {
    return trainer.specialisations.some((k) => module.specialists.includes(k));
  }

  /** Seats the room must have for the module and group (one for consultation hours). */
  seatsNeeded(group: PlanGroup, module: PlanModule): number {
    return module.duty ? 1 : group.size;
  }

  roomSuits(room: PlanRoom, group: PlanGroup, module: PlanModule): boolean {
    return (
      room.capacity >= this.seatsNeeded(group, module) &&
      module.roomFeatures.every((f) => room.features.includes(f))
    );
  }

  /** Free, present, within availability and the weekly limit (ignoring `ignore`). */
  trainerCanTake(
    trainer: PlanTrainer,
    day: CycleDay,
    from: number,
    to: number,
    ignore?: PlannedSession,
  ): boolean {
    if (!slotCovers(trainer.availability, day.weekday, from, to)) return false;
    if (this.isAbsent(trainer.id, day.date)) return false;
    if (this.trainerClash(trainer.id, day.date, from, to, ignore)) return false;
    return this.withinWeekLimit(trainer, day, (to - from) / 60, ignore);
  }

  withinWeekLimit(
    trainer: PlanTrainer,
    day: CycleDay,
    hours: number,
    ignore?: PlannedSession,
  ): boolean {
    if (trainer.maxHoursPerWeek === null) return true;
    const own =
      ignore &&
      ignore.trainerId === trainer.id &&
      this.dayByDate.get(ignore.date)?.week === day.week
        ? hoursOf(ignore)
        : 0;
    return this.trainerWeekHours(trainer.id, day.week) - own + hours <= trainer.maxHoursPerWeek;
  }

  roomCanTake(
    room: PlanRoom,
    day: CycleDay,
    from: number,
    to: number,
    ignore?: PlannedSession,
  ): boolean {
    return (
      slotCovers(room.availability, day.weekday, from, to) &&
      !this.roomClash(room.id, day.date, from, to, ignore)
    );
  }
}
