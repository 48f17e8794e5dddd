import type { CourseClass } from '../../../src-main/contract/courses';
import { classesFromPattern } from '../../../src-main/domain/courses/class-pattern';
import { formatHours } from '../../../src-main/domain/attendance/hours';
import { formatDate } from '../../../src-main/domain/dates';
import { publicHolidayOn } from '../../../src-main/domain/holidays';
import { plural } from '../../../src-main/domain/plural';
import type { FieldIssue } from '../../ui/confirmed-write';
import { WEEKDAY_NAMES } from '../club/club-labels';

/*
 * The classes tab's rows and "Dodaj według tygodnia": weekdays, hours and a range of dates
 * become classes on every such day except public holidays (the dates themselves are the
 * domain's, class-pattern.ts), said back to the clerk before they are added.
 */

/** A class as its row is typed: times are minutes, or the text typed so far. */
export type ClassRow = {
  id: number | null;
  date: string | null;
  from: number | string | null;
  to: number | string | null;
  topic: string | null;
  /** Its attendance is recorded: date and hours are locked, it cannot be removed. */
  recorded: boolean;
};

export const rowOf = (c: CourseClass): ClassRow => ({
  id: c.id,
  date: c.date,
  from: c.from,
  to: c.to,
  topic: c.topic,
  recorded: c.recorded,
});

/** The rows as the channel takes them (the contract's schema checks each field). */
export const classesInput = (rows: readonly ClassRow[]) =>
  rows.map((r) => ({ id: r.id, date: r.date, from: r.from, to: r.to, topic: r.topic || null }));

const isMinute = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Minutes of the rows whose times are whole, for "razem 118 h z 120 h kursu". */
export function rowsMinutes(rows: readonly Partial<ClassRow>[] | undefined): number {
  return (rows ?? []).reduce(
    (s, r) => s + (isMinute(r?.from) && isMinute(r?.to) && r.to > r.from ? r.to - r.from : 0),
    0,
  );
}

/** "Zajęcia: 30, razem 118 h z 120 h kursu — brakuje 2 h". */
export function classesSummary(rows: readonly Partial<ClassRow>[] | undefined, totalHours: number) {
  const count = rows?.length ?? 0;
  const minutes = rowsMinutes(rows);
  const total = totalHours * 60;
  const head = `${count} ${plural(count, 'zajęcia', 'zajęcia', 'zajęć')}, razem ${formatHours(minutes)} z ${formatHours(total)} kursu`;
  if (minutes === total) return { text: head, matches: true };
  return minutes < total
    ? { text: `${head} — brakuje ${formatHours(total - minutes)}`, matches: false }
    : { text: `${head} — o ${formatHours(minutes - total)} za dużo`, matches: false };
}

/** Holidays among the typed dates, for the warning above the table (the core allows them). */
export function holidayWarnings(rows: readonly Partial<ClassRow>[] | undefined): string[] {
  return (rows ?? [])
    .map((r) => (isDate(r?.date) ? publicHolidayOn(r.date) : null))
    .filter((h) => h !== null)
    .map((h) => `${formatDate(h.date)} to święto (${h.name})`);
}

/** "Dodaj według tygodnia" as the dialog types it. */
export type PatternValues = {
  weekdays?: number[];
  from?: number | string | null;
  to?: number | string | null;
  startDate?: string | null;
  endDate?: string | null;
  topic?: string | null;
};

/** The dialog's checks, each on its field, in Polish. */
export function patternIssues(
  v: PatternValues,
  course: { startDate: string; endDate: string },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!v.weekdays?.length)
    issues.push({ path: ['weekdays'], message: 'Zaznacz co najmniej jeden dzień tygodnia' });
  if (!isMinute(v.from)) issues.push({ path: ['from'], message: 'Podaj godzinę rozpoczęcia' });
  if (!isMinute(v.to)) issues.push({ path: ['to'], message: 'Podaj godzinę zakończenia' });
  else if (isMinute(v.from) && v.to <= v.from)
    issues.push({ path: ['to'], message: 'Zajęcia muszą się kończyć po rozpoczęciu' });
  if (!isDate(v.startDate)) issues.push({ path: ['startDate'], message: 'Podaj datę początku' });
  if (!isDate(v.endDate)) issues.push({ path: ['endDate'], message: 'Podaj datę końca' });
  else if (isDate(v.startDate) && v.endDate < v.startDate)
    issues.push({ path: ['endDate'], message: 'Koniec nie może być przed początkiem' });
  const span = `${formatDate(course.startDate)}–${formatDate(course.endDate)}`;
  for (const field of ['startDate', 'endDate'] as const) {
    const d = v[field];
    if (isDate(d) && (d < course.startDate || d > course.endDate))
      issues.push({ path: [field], message: `Zajęcia muszą się odbyć w czasie kursu (${span})` });
  }
  return issues;
}

export type PatternOutcome = {
  /** New rows, in date order. */
  rows: ClassRow[];
  /** Public holidays left out: "06.04.2026 (Poniedziałek Wielkanocny)". */
  holidays: string[];
  /** Days left out because a class is there already at that time. */
  taken: string[];
  /** What the dialog says before adding: "Powstanie 12 zajęć (48 h) …". */
  text: string;
};

/**
 * The classes a pattern gives, given the rows already in the table (a day with a class at an
 * overlapping time is left out, so adding the same week twice adds nothing). Null while the
 * pattern is incomplete.
 */
export function patternOutcome(
  v: PatternValues,
  course: { startDate: string; endDate: string },
  existing: readonly Partial<ClassRow>[],
): PatternOutcome | null {
  if (patternIssues(v, course).length) return null;
  const from = v.from as number;
  const to = v.to as number;
  const { classes, skipped: holidays } = classesFromPattern({
    weekdays: v.weekdays!,
    from,
    to,
    startDate: v.startDate!,
    endDate: v.endDate!,
  });
  const dates = classes.map((c) => c.date);
  const taken: string[] = [];
  const rows: ClassRow[] = [];
  for (const date of dates) {
    const clash = existing.some(
      (r) => r.date === date && isMinute(r.from) && isMinute(r.to) && r.from < to && from < r.to,
    );
    if (clash) taken.push(formatDate(date));
    else rows.push({ id: null, date, from, to, topic: v.topic || null, recorded: false });
  }
  const days = [...new Set(v.weekdays!)]
    .sort()
    .map((d) => WEEKDAY_NAMES[d - 1])
    .join(', ');
  const minutes = rows.length * (to - from);
  const parts = [
    rows.length
      ? `Powstanie ${rows.length} ${plural(rows.length, 'nowe zajęcia', 'nowe zajęcia', 'nowych zajęć')} (${formatHours(minutes)}): ${days}.`
      : 'Ten wzór nie daje żadnych nowych zajęć.',
  ];
  const holidayTexts = holidays.map((h) => `${formatDate(h.date)} (${h.name})`);
  if (holidayTexts.length) parts.push(`Pominięte święta: ${holidayTexts.join(', ')}.`);
  if (taken.length) parts.push(`Pominięte, bo są już zajęcia o tej porze: ${taken.join(', ')}.`);
  return { rows, holidays: holidayTexts, taken, text: parts.join(' ') };
}
