import type { ClubProgramme, ClubSession } from '../../../../src-main/contract/club';
import { addDays } from '../../../../src-main/domain/dates';
import { publicHolidays } from '../../../../src-main/domain/holidays';
import { formatTime } from '../../../../src-main/domain/club/cycle';

/*
 * Pure pieces of the timetable's screen: what the calendar shows (events, holidays, hours and
 * days), the plan's summary, and times of day as the forms type them.
 */

/** Whose timetable the calendar shows (Widok: grupa / prowadzący / sala). */
export type TimetableSubject = 'group' | 'trainer' | 'room';
export interface TimetableView {
  subject: TimetableSubject;
  /** The group's, trainer's or room's id; null while the edition has none. */
  id: number | null;
}

/**
 * Module colours: dark enough that white text on them is at least 4.5:1 (WCAG AA; a unit test
 * checks every one), and far enough apart to tell neighbouring sessions apart.
 */
export const MODULE_COLOURS = [
  '#0958d9',
  '#237804',
  '#ad4e00',
  '#531dab',
  '#c41d7f',
  '#006d75',
  '#874d00',
  '#a8071a',
  '#10239e',
  '#3f6600',
  '#595959',
  '#9e1068',
] as const;

export function moduleColour(programme: ClubProgramme, moduleId: number): string {
  const index = programme.modules.findIndex((m) => m.id === moduleId);
  return MODULE_COLOURS[(index < 0 ? 0 : index) % MODULE_COLOURS.length]!;
}

export const toTime = formatTime;

/** "9:30" or "09:30" → 570; null when it is no time of day. */
export function parseTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? h * 60 + min : null;
}

/** The session's local date-time as FullCalendar reads it (no zone: the computer's own). */
export const dateTime = (date: string, minute: number) =>
  `${date}T${formatTime(minute).padStart(5, '0')}:00`;

/** A Date the calendar gives back → the contract's day and minute. */
export function fromDate(d: Date): { date: string; minute: number } {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    minute: d.getHours() * 60 + d.getMinutes(),
  };
}

export function sessionsOf(sessions: readonly ClubSession[], view: TimetableView): ClubSession[] {
  if (view.id === null) return [];
  const key = ({ group: 'groupId', trainer: 'trainerId', room: 'roomId' } as const)[view.subject];
  return sessions.filter((s) => s[key] === view.id);
}

export interface SessionNames {
  group: string;
  module: string;
  trainer: string;
  room: string;
}

export function namesOf(programme: ClubProgramme, s: ClubSession): SessionNames {
  const name = (list: { id: number; name: string }[], id: number) =>
    list.find((x) => x.id === id)?.name ?? '?';
  return {
    group: name(programme.groups, s.groupId),
    module: name(programme.modules, s.moduleId),
    trainer: name(programme.trainers, s.trainerId),
    room: name(programme.rooms, s.roomId),
  };
}

/** The event's text: "Moduł — prowadzący, sala" (and the group, when the view is not a group's). */
export function sessionTitle(names: SessionNames, subject: TimetableSubject): string {
  const base = `${names.module} — ${names.trainer}, ${names.room}`;
  return subject === 'group' ? base : `${base} (${names.group})`;
}

/** Public holidays and the office's days off within the cycle, with their names. */
export function daysOffOf(programme: ClubProgramme): { date: string; name: string }[] {
  const { startDate, endDate, daysOff } = programme.edition;
  const years = new Set([Number(startDate.slice(0, 4)), Number(endDate.slice(0, 4))]);
  const holidays = [...years]
    .flatMap((y) => publicHolidays(y))
    .filter((h) => h.date >= startDate && h.date <= endDate);
  const own = daysOff
    .filter((d) => !holidays.some((h) => h.date === d))
    .map((date) => ({ date, name: 'Dzień wolny ośrodka' }));
  return [...holidays, ...own].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The hours the week view spans: 8:00–16:00, widened to every meeting of the edition. */
export function visibleHours(programme: ClubProgramme): { from: string; to: string } {
  const slots = [
    ...programme.edition.meetings,
    ...programme.groups.flatMap((g) => g.meetings ?? []),
  ];
  const from = Math.min(8 * 60, ...slots.map((s) => s.from));
  const to = Math.max(16 * 60, ...slots.map((s) => s.to));
  const hour = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:00:00`;
  return { from: hour(from), to: hour(Math.min(24 * 60, Math.ceil(to / 60) * 60)) };
}

/**
 * The weekdays the calendar hides (FullCalendar's: 0 Sunday … 6 Saturday): Saturday and
 * Sunday unless a meeting or a session falls on them.
 */
export function hiddenDays(programme: ClubProgramme, sessions: readonly ClubSession[]): number[] {
  const used = new Set([
    ...programme.edition.meetings.map((s) => s.weekday % 7),
    ...programme.groups.flatMap((g) => (g.meetings ?? []).map((s) => s.weekday % 7)),
    ...sessions.map((s) => new Date(`${s.date}T12:00:00`).getDay()),
  ]);
  return [6, 0].filter((d) => !used.has(d));
}

/** The day the calendar opens on: today inside the cycle, else the cycle's first day. */
export function initialDay(programme: ClubProgramme, today: string): string {
  const { startDate, endDate } = programme.edition;
  return today >= startDate && today <= endDate ? today : startDate;
}

/** One row of the summary: a module's hours for a group, planned against required. */
export interface HoursRow {
  groupId: number;
  group: string;
  moduleId: number;
  module: string;
  required: number;
  planned: number;
}

export function hoursSummary(programme: ClubProgramme, sessions: readonly ClubSession[]) {
  const planned = new Map<string, number>();
  for (const s of sessions) {
    const key = `${s.groupId}|${s.moduleId}`;
    planned.set(key, (planned.get(key) ?? 0) + (s.to - s.from) / 60);
  }
  const modules = [...programme.modules].sort((a, b) => a.position - b.position);
  const rows: HoursRow[] = programme.groups.flatMap((g) =>
    modules.map((m) => ({
      groupId: g.id,
      group: g.name,
      moduleId: m.id,
      module: m.name,
      required: m.hours,
      planned: planned.get(`${g.id}|${m.id}`) ?? 0,
    })),
  );
  return { rows, short: rows.filter((r) => r.planned !== r.required) };
}

/** The week (Monday) containing `date`, for moving the calendar. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00`).getDay();
  return addDays(date, -((day + 6) % 7));
}
