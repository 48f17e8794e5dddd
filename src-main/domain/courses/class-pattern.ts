import { addDays, isoWeekday } from '../dates';
import { publicHolidayOn, type PublicHoliday } from '../holidays';

/**
 * A course's classes from a weekly pattern ("Mon–Fri 8:00–14:00 from 2 to 20 November"), as
 * the classes' editor proposes them: every day of the range on one of the weekdays, except
 * Polish public holidays (which are returned apart, so the editor can say what was skipped).
 */

export interface ClassPattern {
  /** ISO 8601 days of the week: 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Minutes since midnight, as classes keep them. */
  from: number;
  to: number;
  /** The range, both days included ('YYYY-MM-DD'). */
  startDate: string;
  endDate: string;
}

export interface PatternClass {
  date: string;
  from: number;
  to: number;
}

/** The longest range a pattern is unrolled over: a course longer than two years is a mistake. */
const MAX_DAYS = 2 * 366;

export function classesFromPattern(pattern: ClassPattern): {
  classes: PatternClass[];
  /** Holidays that fell on a pattern's weekday within the range, in date order. */
  skipped: PublicHoliday[];
} {
  const classes: PatternClass[] = [];
  const skipped: PublicHoliday[] = [];
  const weekdays = new Set(pattern.weekdays);
  if (pattern.to <= pattern.from || !weekdays.size) return { classes, skipped };
  let date = pattern.startDate;
  for (let i = 0; date <= pattern.endDate && i <= MAX_DAYS; i++, date = addDays(date, 1)) {
    if (!weekdays.has(isoWeekday(date))) continue;
    const holiday = publicHolidayOn(date);
    if (holiday) skipped.push(holiday);
    else classes.push({ date, from: pattern.from, to: pattern.to });
  }
  return { classes, skipped };
}
