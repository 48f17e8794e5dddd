/**
 * The timetable planner's vocabulary (harmonogram Klubu Integracji Społecznej). Pure data:
 * the core maps its rows into these shapes, the planner and its checks read only these.
 *
 * Times of day are minutes since midnight (9:30 → 570); dates are ISO 'YYYY-MM-DD';
 * weekdays follow ISO 8601 (1 = Monday … 7 = Sunday). Hours of a module and lengths of a
 * session are whole clock hours, the way the programmes in the seeds count them.
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A recurring weekly window, e.g. Monday 9:00–13:00 → { weekday: 1, from: 540, to: 780 }. */
export interface WeeklySlot {
  weekday: Weekday;
  from: number;
  to: number;
}

/**
 * How often the programme fixes a module's meetings. 'free' leaves it to the planner; the
 * others mean exactly one session in every period (week, pair of weeks counted from the
 * cycle's first week, calendar month) of the module's window in which the group meets.
 */
export type ModulePattern = 'free' | 'weekly' | 'biweekly' | 'monthly';

export interface PlanEdition {
  /** The cycle's first day; week 1 is this day and the six after it. */
  startDate: string;
  weeks: number;
  /** The meeting pattern of every group that has none of its own. */
  meetings: WeeklySlot[];
  /** The office's own days off (dni wolne), beside the public holidays. */
  daysOff: string[];
}

export interface PlanGroup {
  id: number;
  name: string;
  /** Members (or the size limit when larger): rooms must seat this many. */
  size: number;
  /** The group's own meeting pattern; null → the edition's. */
  meetings: WeeklySlot[] | null;
}

export interface PlanModule {
  id: number;
  name: string;
  /** Hours every group must get. */
  hours: number;
  /** The kinds of specialist who may lead it (any one of them). */
  specialists: string[];
  minSession: number;
  maxSession: number;
  pattern: ModulePattern;
  /** The window of weeks (1-based, inclusive); null → the whole cycle. */
  weekFrom: number | null;
  weekTo: number | null;
  /** Features the room must have, e.g. ['computers']. */
  roomFeatures: string[];
  /**
   * Consultation hours (dyżur): the specialist sees people one by one, so the room need not
   * seat the whole group; the group's timetable still shows the hours.
   */
  duty: boolean;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface PlanTrainer {
  id: number;
  name: string;
  specialisations: string[];
  availability: WeeklySlot[];
  absences: DateRange[];
  maxHoursPerWeek: number | null;
}

export interface PlanRoom {
  id: number;
  name: string;
  capacity: number;
  features: string[];
  availability: WeeklySlot[];
}

export interface PlanInput {
  edition: PlanEdition;
  groups: PlanGroup[];
  modules: PlanModule[];
  trainers: PlanTrainer[];
  rooms: PlanRoom[];
}

/** One dated session (zajęcia) of a module for a group. */
export interface PlannedSession {
  groupId: number;
  moduleId: number;
  trainerId: number;
  roomId: number;
  date: string;
  from: number;
  to: number;
  /** Kept by re-planning; set on every manual move. */
  locked: boolean;
}

/** Why no plan exists, in Polish, with the numbers behind it. */
export interface PlanProblem {
  /** 'capacity' problems are confirmed by counting hours; 'search' means the planner gave up. */
  kind: 'capacity' | 'search';
  message: string;
  groupId?: number;
  moduleId?: number;
  /** The hours needed and the hours available that the message compares. */
  needed?: number;
  available?: number;
}

/** Soft rules (zasady miękkie): broken ones lower the score, never the plan's validity. */
export interface SoftScore {
  /** Group × module × week ends where cumulative hours stray more than one session from the even target. */
  unevenWeeks: number;
  /** Days with more than one session of the same module for the same group. */
  repeatedSameDay: number;
  /** Idle hours between a trainer's first and last session of a day, summed. */
  trainerGapHours: number;
  /** 100 = no soft rule broken. */
  score: number;
}

export type PlanResult =
  | { ok: true; sessions: PlannedSession[]; soft: SoftScore }
  | { ok: false; problems: PlanProblem[] };
