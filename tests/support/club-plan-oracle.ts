/**
 * An independent oracle for the Social Integration Club (KIS) timetable planner: it checks a
 * plan against every hard rule without sharing a line of code with the planner (only the data
 * shapes of model.ts and the generic ISO date helpers). Were it to reuse the planner's helpers,
 * a bug there (a wrong Easter, an off-by-one week) would pass its own check unnoticed.
 *
 * Every violation is one readable English string that starts with the rule's tag
 * ("holiday: …", "room capacity: …"), so a failing test says at once which rule broke.
 */
import { addDays, isIsoDate, toIsoDate } from '../../src-main/domain/dates';
import type {
  PlanGroup,
  PlanInput,
  PlanModule,
  PlannedSession,
  PlanRoom,
  PlanTrainer,
  WeeklySlot,
} from '../../src-main/domain/club/model';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

// ---------------------------------------------------------------------------------------------
// Dates

function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from `a` to `b` (negative when b is earlier); UTC has no DST to skew it. */
function daysBetween(a: string, b: string): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
function weekdayOf(iso: string): number {
  const js = new Date(utcMs(iso)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
}

/** Polish public holidays (dni ustawowo wolne od pracy) of a year, sorted. */
export function polishHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): string => toIsoDate(year, month, day);
  const days = [
    fixed(1, 1),
    fixed(1, 6),
    easter,
    addDays(easter, 1),
    fixed(5, 1),
    fixed(5, 3),
    addDays(easter, 49), // Pentecost Sunday
    addDays(easter, 60), // Corpus Christi
    fixed(8, 15),
    fixed(11, 1),
    fixed(11, 11),
    fixed(12, 25),
    fixed(12, 26),
  ];
  // Christmas Eve became a public holiday by the act of 2024, first observed in 2025.
  if (year >= 2025) days.push(fixed(12, 24));
  return [...new Set(days)].sort();
}

const holidayCache = new Map<number, Set<string>>();

function isHoliday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(polishHolidays(year));
    holidayCache.set(year, set);
  }
  return set.has(iso);
}

/**
 * The cycle week of a date: 1 for startDate and the six days after it, 2 for the next seven…;
 * 0 or less before the cycle, above edition.weeks after it.
 */
export function cycleWeekOf(input: PlanInput, date: string): number {
  return Math.floor(daysBetween(input.edition.startDate, date) / 7) + 1;
}

/** The first day of a cycle week. */
function weekStart(input: PlanInput, week: number): string {
  return addDays(input.edition.startDate, 7 * (week - 1));
}

// ---------------------------------------------------------------------------------------------
// Meetings

function meetingSlotsOf(input: PlanInput, group: PlanGroup): WeeklySlot[] {
  return group.meetings ?? input.edition.meetings;
}

/** A day the group actually meets: its weekday has a slot and nobody is off. */
function isMeetingDay(input: PlanInput, slots: WeeklySlot[], date: string): boolean {
  const weekday = weekdayOf(date);
  return (
    slots.some((s) => s.weekday === weekday) &&
    !isHoliday(date) &&
    !input.edition.daysOff.includes(date)
  );
}

function slotContains(slots: WeeklySlot[], weekday: number, from: number, to: number): boolean {
  return slots.some((s) => s.weekday === weekday && s.from <= from && to <= s.to);
}

/**
 * The group's meeting hours in cycle weeks weekFrom..weekTo (default: the whole cycle), with
 * holidays and days off left out: the plain capacity count that any "not enough hours"
 * explanation of the planner must agree with.
 */
export function groupMeetingHours(
  input: PlanInput,
  groupId: number,
  weekFrom = 1,
  weekTo = input.edition.weeks,
): number {
  const group = input.groups.find((g) => g.id === groupId);
  if (!group) throw new Error(`Unknown group ${groupId}`);
  const slots = meetingSlotsOf(input, group);
  const lo = Math.max(1, weekFrom);
  const hi = Math.min(input.edition.weeks, weekTo);
  let minutes = 0;
  for (let week = lo; week <= hi; week++) {
    for (let d = 0; d < 7; d++) {
      const date = addDays(weekStart(input, week), d);
      if (!isMeetingDay(input, slots, date)) continue;
      const weekday = weekdayOf(date);
      for (const s of slots) if (s.weekday === weekday) minutes += s.to - s.from;
    }
  }
  return minutes / 60;
}

// ---------------------------------------------------------------------------------------------
// Validation

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const hoursText = (minutes: number): string => `${minutes / 60} h`;

function label(s: PlannedSession, index: number): string {
  return `session #${index} (group ${s.groupId}, module ${s.moduleId}, ${s.date} ${clock(s.from)}-${clock(s.to)})`;
}

/** The module's window clipped to the cycle, as weeks lo..hi (empty when lo > hi). */
function moduleWeeks(input: PlanInput, module: PlanModule): { lo: number; hi: number } {
  return {
    lo: Math.max(1, module.weekFrom ?? 1),
    hi: Math.min(input.edition.weeks, module.weekTo ?? input.edition.weeks),
  };
}

/** The key of the pattern period a date of cycle week `week` falls in. */
function periodKey(module: PlanModule, week: number, date: string): string {
  switch (module.pattern) {
    case 'weekly':
      return `week ${week}`;
    case 'biweekly': {
      // Pairs are counted from the cycle's first week (1-2, 3-4, …), not from the window's.
      const first = week % 2 === 1 ? week : week - 1;
      return `weeks ${first}-${first + 1}`;
    }
    case 'monthly':
      return `month ${date.slice(0, 7)}`;
    case 'free':
      return 'free';
  }
}

interface Resolved {
  index: number;
  session: PlannedSession;
  group?: PlanGroup;
  module?: PlanModule;
  trainer?: PlanTrainer;
  room?: PlanRoom;
  /** Set only for a valid ISO date. */
  week?: number;
}

function checkOverlaps(
  kind: 'group' | 'trainer' | 'room',
  items: Resolved[],
  keyOf: (s: PlannedSession) => number,
  out: string[],
): void {
  const buckets = new Map<string, Resolved[]>();
  for (const r of items) {
    const key = `${keyOf(r.session)}|${r.session.date}`;
    const list = buckets.get(key);
    if (list) list.push(r);
    else buckets.set(key, [r]);
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        // Half-open intervals: 9-11 and 11-13 touch but do not overlap.
        if (a.session.from < b.session.to && b.session.from < a.session.to) {
          out.push(
            `${kind} overlap: ${kind} ${keyOf(a.session)} is in two sessions at once: ` +
              `${label(a.session, a.index)} and ${label(b.session, b.index)}`,
          );
        }
      }
    }
  }
}

/** Every hard-rule violation of the plan, as readable strings; empty when the plan is valid. */
export function validatePlan(input: PlanInput, sessions: readonly PlannedSession[]): string[] {
  const out: string[] = [];
  const { edition } = input;
  const groups = new Map(input.groups.map((g) => [g.id, g]));
  const modules = new Map(input.modules.map((m) => [m.id, m]));
  const trainers = new Map(input.trainers.map((t) => [t.id, t]));
  const rooms = new Map(input.rooms.map((r) => [r.id, r]));

  const resolved: Resolved[] = sessions.map((session, index) => {
    const r: Resolved = {
      index,
      session,
      group: groups.get(session.groupId),
      module: modules.get(session.moduleId),
      trainer: trainers.get(session.trainerId),
      room: rooms.get(session.roomId),
    };
    if (isIsoDate(session.date)) r.week = cycleWeekOf(input, session.date);
    return r;
  });

  // Per-session rules.
  for (const r of resolved) {
    const { session: s, group, module, trainer, room, week } = r;
    const what = label(s, r.index);
    if (!group) out.push(`reference: ${what} refers to unknown group ${s.groupId}`);
    if (!module) out.push(`reference: ${what} refers to unknown module ${s.moduleId}`);
    if (!trainer) out.push(`reference: ${what} refers to unknown trainer ${s.trainerId}`);
    if (!room) out.push(`reference: ${what} refers to unknown room ${s.roomId}`);

    // Times.
    const timesOk =
      Number.isInteger(s.from) && Number.isInteger(s.to) && s.from >= 0 && s.to <= 24 * 60;
    if (!timesOk) out.push(`time: ${what} has times outside 0..1440 minutes or not whole minutes`);
    const length = s.to - s.from;
    if (s.from >= s.to) {
      out.push(`time: ${what} does not end after it starts (from must be before to)`);
    } else if (length % 60 !== 0) {
      out.push(`whole hours: ${what} lasts ${length} min, not a whole number of hours`);
    } else if (module) {
      if (length < module.minSession * 60) {
        out.push(
          `session length: ${what} lasts ${hoursText(length)}, below the module's minimum session of ${module.minSession} h`,
        );
      }
      if (length > module.maxSession * 60) {
        out.push(
          `session length: ${what} lasts ${hoursText(length)}, above the module's maximum session of ${module.maxSession} h`,
        );
      }
    }

    if (week === undefined) {
      out.push(`date: ${what} has no valid ISO date`);
      continue; // every rule below needs the date
    }
    const weekday = weekdayOf(s.date);
    const dayName = WEEKDAY_NAMES[weekday];

    // Cycle and module window.
    if (week < 1 || week > edition.weeks) {
      out.push(
        `cycle: ${what} lies outside the cycle (cycle week ${week}; the cycle has weeks 1..${edition.weeks})`,
      );
    }
    if (module) {
      const below = module.weekFrom !== null && week < module.weekFrom;
      const above = module.weekTo !== null && week > module.weekTo;
      if (below || above) {
        out.push(
          `module window: ${what} is in cycle week ${week}, outside the module's window ` +
            `(weeks ${module.weekFrom ?? 'open'}..${module.weekTo ?? 'open'})`,
        );
      }
    }

    // Group's meetings, holidays and days off.
    if (group && !slotContains(meetingSlotsOf(input, group), weekday, s.from, s.to)) {
      out.push(
        `meeting slot: ${what} is not inside any of the group's meeting slots on ${dayName}`,
      );
    }
    if (isHoliday(s.date)) out.push(`holiday: ${what} falls on a Polish public holiday`);
    if (edition.daysOff.includes(s.date)) out.push(`day off: ${what} falls on an office day off`);

    // Trainer.
    if (trainer) {
      if (module && !module.specialists.some((k) => trainer.specialisations.includes(k))) {
        out.push(
          `specialisation: ${what} is led by trainer ${trainer.id} (${trainer.name}), who has none of ` +
            `the module's specialisations [${module.specialists.join(', ')}] (has [${trainer.specialisations.join(', ')}])`,
        );
      }
      if (!slotContains(trainer.availability, weekday, s.from, s.to)) {
        out.push(
          `trainer availability: ${what} is outside trainer ${trainer.id} (${trainer.name})'s availability on ${dayName}`,
        );
      }
      for (const a of trainer.absences) {
        if (a.from <= s.date && s.date <= a.to) {
          out.push(
            `trainer absence: ${what} falls while trainer ${trainer.id} (${trainer.name}) is absent (${a.from}..${a.to})`,
          );
        }
      }
    }

    // Room.
    if (room) {
      if (group && module) {
        // A duty (dyżur) sees people one by one: one seat is enough.
        const needed = module.duty ? 1 : group.size;
        if (room.capacity < needed) {
          out.push(
            `room capacity: ${what} is in room ${room.id} (${room.name}) seating ${room.capacity}, fewer than the ${needed} needed`,
          );
        }
      }
      if (module) {
        const missing = module.roomFeatures.filter((f) => !room.features.includes(f));
        if (missing.length > 0) {
          out.push(
            `room features: ${what} is in room ${room.id} (${room.name}), which lacks [${missing.join(', ')}]`,
          );
        }
      }
      if (!slotContains(room.availability, weekday, s.from, s.to)) {
        out.push(
          `room availability: ${what} is outside room ${room.id} (${room.name})'s availability on ${dayName}`,
        );
      }
    }
  }

  // Nobody in two places at once.
  const dated = resolved.filter((r) => r.week !== undefined);
  checkOverlaps('group', dated, (s) => s.groupId, out);
  checkOverlaps('trainer', dated, (s) => s.trainerId, out);
  checkOverlaps('room', dated, (s) => s.roomId, out);

  // Trainer's weekly limit, over all groups.
  for (const trainer of input.trainers) {
    if (trainer.maxHoursPerWeek === null) continue;
    const perWeek = new Map<number, number>();
    for (const r of dated) {
      if (r.session.trainerId !== trainer.id) continue;
      const minutes = Math.max(0, r.session.to - r.session.from);
      perWeek.set(r.week!, (perWeek.get(r.week!) ?? 0) + minutes);
    }
    for (const [week, minutes] of [...perWeek].sort((a, b) => a[0] - b[0])) {
      if (minutes > trainer.maxHoursPerWeek * 60) {
        out.push(
          `trainer weekly hours: trainer ${trainer.id} (${trainer.name}) has ${hoursText(minutes)} in cycle week ${week}, above the limit of ${trainer.maxHoursPerWeek} h`,
        );
      }
    }
  }

  // Per group × module: total hours and the pattern.
  for (const group of input.groups) {
    for (const module of input.modules) {
      const own = resolved.filter(
        (r) => r.session.groupId === group.id && r.session.moduleId === module.id,
      );
      const minutes = own.reduce((sum, r) => sum + (r.session.to - r.session.from), 0);
      if (minutes !== module.hours * 60) {
        out.push(
          `module hours: group ${group.id} (${group.name}) × module ${module.id} (${module.name}) has ${hoursText(minutes)} planned, but the module requires ${module.hours} h`,
        );
      }
      if (module.pattern !== 'free') checkPattern(input, group, module, own, out);
    }
  }

  return out;
}

function checkPattern(
  input: PlanInput,
  group: PlanGroup,
  module: PlanModule,
  own: Resolved[],
  out: string[],
): void {
  const slots = meetingSlotsOf(input, group);
  const { lo, hi } = moduleWeeks(input, module);
  // Periods clipped to the window: walk the window day by day and bucket the days.
  const periods = new Map<string, { first: string; last: string; meetingDays: number }>();
  for (let week = lo; week <= hi; week++) {
    for (let d = 0; d < 7; d++) {
      const date = addDays(weekStart(input, week), d);
      const key = periodKey(module, week, date);
      const period = periods.get(key) ?? { first: date, last: date, meetingDays: 0 };
      period.last = date;
      if (isMeetingDay(input, slots, date)) period.meetingDays += 1;
      periods.set(key, period);
    }
  }
  const counts = new Map<string, number>();
  for (const r of own) {
    // Sessions outside the window belong to no clipped period (the window rule reports them).
    if (r.week === undefined || r.week < lo || r.week > hi) continue;
    const key = periodKey(module, r.week, r.session.date);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, period] of periods) {
    const count = counts.get(key) ?? 0;
    const expected = period.meetingDays > 0 ? 1 : 0;
    if (count !== expected) {
      const want =
        expected === 1
          ? 'expected exactly one'
          : 'expected none (the group has no meeting day in it)';
      out.push(
        `pattern: group ${group.id} (${group.name}) × module ${module.id} (${module.name}), ${module.pattern}: ` +
          `period ${key} (${period.first}..${period.last}) has ${count} session(s), ${want}`,
      );
    }
  }
}
