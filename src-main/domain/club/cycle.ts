import { addDays, isoWeekday as weekdayOf } from '../dates';
import { publicHolidayOn } from '../holidays';
import type {
  ModulePattern,
  PlanEdition,
  PlanGroup,
  PlanInput,
  PlanModule,
  Weekday,
  WeeklySlot,
} from './model';

/**
 * The dated cycle: its days numbered from 0 (the start date), weeks counted from 1 in
 * seven-day blocks from the start (not calendar weeks, so a cycle may start on any day).
 */
export interface CycleDay {
  index: number;
  date: string;
  week: number;
  weekday: Weekday;
  /** Why nobody meets that day (a public holiday's name, or the office's day off), or null. */
  closed: string | null;
}

export const OFFICE_DAY_OFF = 'dzień wolny ośrodka';

const isoWeekday = (date: string): Weekday => weekdayOf(date) as Weekday;

export function cycleDays(edition: PlanEdition): CycleDay[] {
  const daysOff = new Set(edition.daysOff);
  const first = isoWeekday(edition.startDate);
  const days: CycleDay[] = [];
  for (let index = 0; index < edition.weeks * 7; index++) {
    const date = addDays(edition.startDate, index);
    const holiday = publicHolidayOn(date);
    days.push({
      index,
      date,
      week: Math.floor(index / 7) + 1,
      weekday: (((first - 1 + index) % 7) + 1) as Weekday,
      closed: holiday ? holiday.name : daysOff.has(date) ? OFFICE_DAY_OFF : null,
    });
  }
  return days;
}

export function groupMeetings(edition: PlanEdition, group: PlanGroup): WeeklySlot[] {
  return group.meetings ?? edition.meetings;
}

/** The module's window of weeks, clipped to the cycle. */
export function moduleWeeks(module: PlanModule, weeks: number): { from: number; to: number } {
  return { from: Math.max(1, module.weekFrom ?? 1), to: Math.min(weeks, module.weekTo ?? weeks) };
}

/**
 * The period a fixed pattern counts in: the week, the pair of weeks (1–2, 3–4, …) or the
 * calendar month; null for a free module.
 */
export function periodOf(pattern: ModulePattern, day: CycleDay): number | null {
  switch (pattern) {
    case 'free':
      return null;
    case 'weekly':
      return day.week;
    case 'biweekly':
      return Math.floor((day.week - 1) / 2);
    case 'monthly':
      return +day.date.slice(0, 4) * 12 + +day.date.slice(5, 7);
  }
}

/** One group's meeting day: the day and its meeting slots, sorted by time. */
export interface MeetingDay {
  day: CycleDay;
  slots: { from: number; to: number }[];
  hours: number;
}

export function meetingDays(days: CycleDay[], meetings: WeeklySlot[]): MeetingDay[] {
  const result: MeetingDay[] = [];
  for (const day of days) {
    if (day.closed) continue;
    const slots = meetings
      .filter((s) => s.weekday === day.weekday)
      .map((s) => ({ from: s.from, to: s.to }))
      .sort((a, b) => a.from - b.from);
    if (slots.length === 0) continue;
    result.push({ day, slots, hours: slots.reduce((sum, s) => sum + (s.to - s.from) / 60, 0) });
  }
  return result;
}

/** Every group's meeting days, computed once per plan. */
export function groupCalendars(input: PlanInput, days: CycleDay[]): Map<number, MeetingDay[]> {
  return new Map(
    input.groups.map((g) => [g.id, meetingDays(days, groupMeetings(input.edition, g))]),
  );
}

export function hoursOf(days: readonly MeetingDay[]): number {
  return days.reduce((sum, d) => sum + d.hours, 0);
}

export function inWeeks(day: CycleDay, window: { from: number; to: number }): boolean {
  return day.week >= window.from && day.week <= window.to;
}

/** Minutes since midnight → "9:00". */
export function formatTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes → hours, as whole or decimal numbers ("1,5"). */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', ',');
}
