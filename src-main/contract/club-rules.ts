import { addDays, formatDate, isIsoDate } from '../domain/dates';
import { plural } from '../domain/plural';
import { isWholeDate, type RuleIssue } from './rules';

/**
 * The club's rules that need only the input (and, for some, facts the form already has: the
 * project's dates, the edition's weeks and meetings), with one Polish wording each. The
 * schemas call them in their refinements, the services call the ones that need the database
 * with what they read, and the forms call them on raw, half-typed values — so every rule
 * takes `unknown` and judges only whole values.
 */

export const SLOT_END_BEFORE_START = 'Koniec musi być późniejszy niż początek';
export const SLOTS_OVERLAP = 'Terminy w tym samym dniu tygodnia nie mogą na siebie nachodzić';
export const SESSION_MIN_OVER_MAX = 'Najdłuższe zajęcia nie mogą być krótsze niż najkrótsze';
export const WEEK_TO_BEFORE_FROM = 'Tydzień końcowy nie może być wcześniejszy niż początkowy';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The cycle's last day: week 1 is the start and the six days after it. */
export function cycleEndDate(startDate: string, weeks: number): string {
  return addDays(startDate, 7 * weeks - 1);
}

/**
 * The cycle's last day from raw values, or null while they make no cycle (a weeks' count out
 * of 1–104, a start whose cycle would run past year 9999): such values have their own issue.
 */
function rawCycleEnd(startDate: unknown, weeks: unknown): string | null {
  if (!isWholeDate(startDate) || !isInt(weeks) || weeks < 1 || weeks > 104) return null;
  const end = cycleEndDate(startDate, weeks);
  return isIsoDate(end) ? end : null;
}

/** Minutes as a reader says them: 240 → "4 h", 210 → "3,5 h", 200 → "3 h 20 min". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} h`;
  if (m === 30) return `${h},5 h`;
  return h === 0 ? `${m} min` : `${h} h ${m} min`;
}

/** A weekly slot ends no later than it starts (the same minute is no slot at all). */
export function slotEndProblem(from: unknown, to: unknown): string | null {
  return isInt(from) && isInt(to) && to <= from ? SLOT_END_BEFORE_START : null;
}

interface RawSlot {
  weekday?: unknown;
  from?: unknown;
  to?: unknown;
}

const wholeSlot = (s: unknown): s is { weekday: number; from: number; to: number } => {
  const r = s as RawSlot | null;
  return typeof r === 'object' && r !== null && isInt(r.weekday) && isInt(r.from) && isInt(r.to);
};

/**
 * Slots of one list that overlap another on the same weekday (touching, 9–13 and 13–15, is
 * not overlapping): the later one in the list gets the issue, at its index.
 */
export function overlapIssues(slots: unknown): RuleIssue[] {
  if (!Array.isArray(slots)) return [];
  const issues: RuleIssue[] = [];
  slots.forEach((s, i) => {
    if (!wholeSlot(s) || s.to <= s.from) return;
    const clash = slots
      .slice(0, i)
      .some(
        (o) =>
          wholeSlot(o) &&
          o.weekday === s.weekday &&
          o.to > o.from &&
          o.from < s.to &&
          s.from < o.to,
      );
    if (clash) issues.push({ path: [i], message: SLOTS_OVERLAP });
  });
  return issues;
}

/** Every problem of a list of weekly slots, for a form: ends, then overlaps. */
export function slotIssues(slots: unknown): RuleIssue[] {
  if (!Array.isArray(slots)) return [];
  const ends = slots.flatMap((s, i) => {
    const problem = slotEndProblem((s as RawSlot | null)?.from, (s as RawSlot | null)?.to);
    return problem ? [{ path: [i, 'to'], message: problem }] : [];
  });
  return [...ends, ...overlapIssues(slots)];
}

/** The longest slot of any of the lists, in minutes (0 when there is none). */
export function longestSlotMinutes(
  ...lists: (readonly { from: number; to: number }[] | null | undefined)[]
): number {
  let longest = 0;
  for (const slots of lists)
    for (const s of slots ?? []) longest = Math.max(longest, s.to - s.from);
  return longest;
}

/** A module's longest session (whole hours) does not fit in the longest meeting. */
export function sessionTooLongProblem(maxSession: unknown, longestMinutes: number): string | null {
  if (!isInt(maxSession) || longestMinutes <= 0 || maxSession * 60 <= longestMinutes) return null;
  return `Zajęcia nie mogą trwać dłużej niż najdłuższe spotkanie (${hoursText(longestMinutes)})`;
}

/** The shortest session is longer than the longest. */
export function sessionLengthsProblem(minSession: unknown, maxSession: unknown): string | null {
  return isInt(minSession) && isInt(maxSession) && maxSession < minSession
    ? SESSION_MIN_OVER_MAX
    : null;
}

/** A module's window of weeks: in order, and within the cycle's `weeks`. */
export function weekWindowIssues(weekFrom: unknown, weekTo: unknown, weeks: unknown): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (isInt(weekFrom) && isInt(weekTo) && weekTo < weekFrom)
    issues.push({ path: ['weekTo'], message: WEEK_TO_BEFORE_FROM });
  if (isInt(weeks)) {
    const beyond = `Cykl ma tylko ${weeks} ${plural(weeks, 'tydzień', 'tygodnie', 'tygodni')}`;
    if (isInt(weekFrom) && weekFrom > weeks) issues.push({ path: ['weekFrom'], message: beyond });
    if (isInt(weekTo) && weekTo > weeks) issues.push({ path: ['weekTo'], message: beyond });
  }
  return issues;
}

const span = (from: string, to: string) => `${formatDate(from)}–${formatDate(to)}`;

/** The office's days off must fall within the cycle; each one outside gets the issue. */
export function daysOffIssues(daysOff: unknown, startDate: unknown, weeks: unknown): RuleIssue[] {
  const end = rawCycleEnd(startDate, weeks);
  if (!Array.isArray(daysOff) || !isWholeDate(startDate) || end === null) return [];
  return daysOff.flatMap((d, i) =>
    isWholeDate(d) && (d < startDate || d > end)
      ? [
          {
            path: [i],
            message: `Dzień wolny musi przypadać w czasie cyklu (${span(startDate, end)})`,
          },
        ]
      : [],
  );
}

/**
 * The whole cycle (start … start + 7·weeks − 1) must lie within the project: an early start is
 * told on `startDate`, an end after the project's on `weeks`.
 */
export function cycleInProjectIssues(
  startDate: unknown,
  weeks: unknown,
  project: { startDate: string; endDate: string },
): RuleIssue[] {
  if (!isWholeDate(startDate)) return [];
  const period = span(project.startDate, project.endDate);
  if (startDate < project.startDate || startDate > project.endDate)
    return [
      { path: ['startDate'], message: `Cykl musi zaczynać się w czasie projektu (${period})` },
    ];
  const end = rawCycleEnd(startDate, weeks);
  return end !== null && end > project.endDate
    ? [
        {
          path: ['weeks'],
          message: `Cykl kończyłby się ${formatDate(end)}, po końcu projektu (${period})`,
        },
      ]
    : [];
}

/** A member's dates must lie within the project (the attendance issue counts their hours). */
export function memberDatesProblem(
  date: unknown,
  project: { startDate: string; endDate: string },
): string | null {
  return isWholeDate(date) && (date < project.startDate || date > project.endDate)
    ? `Data musi przypadać w czasie projektu (${span(project.startDate, project.endDate)})`
    : null;
}
