import type { Slot } from '../../../src-main/contract/club-fields';
import { cycleDays, hoursOf, meetingDays } from '../../../src-main/domain/club/cycle';
import type { WeeklySlot } from '../../../src-main/domain/club/model';
import {
  ROOM_FEATURE_LABELS,
  ROOM_FEATURES,
  SPECIALIST_KINDS,
  SPECIALIST_LABELS,
} from '../../../src-main/domain/club/specialists';

/** ISO weekdays (1 = poniedziałek), as the weekly-slot editor and the tables name them. */
export const WEEKDAY_NAMES = [
  'poniedziałek',
  'wtorek',
  'środa',
  'czwartek',
  'piątek',
  'sobota',
  'niedziela',
] as const;
export const WEEKDAY_SHORT = ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'] as const;

export const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: i + 1, label }));
export const SPECIALIST_OPTIONS = SPECIALIST_KINDS.map((value) => ({
  value,
  label: SPECIALIST_LABELS[value],
}));
export const ROOM_FEATURE_OPTIONS = ROOM_FEATURES.map((value) => ({
  value,
  label: ROOM_FEATURE_LABELS[value],
}));

/** Minutes since midnight → "09:30" (the contract keeps minutes; people read HH:MM). */
export function timeText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * What a person typed as a time: "9:30", "09.30", "930", "9" → minutes; "" → null; anything
 * else → undefined (not a time: the schema then says "Podaj godzinę").
 */
export function parseTime(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const m = /^(\d{1,2})(?:[:.,]?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** "pon. 09:00–13:00, śr. 09:00–13:00" — slots sorted by day and time. */
export function slotsText(slots: readonly Slot[] | null | undefined): string {
  if (!slots || slots.length === 0) return '—';
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || a.from - b.from)
    .map((s) => `${WEEKDAY_SHORT[s.weekday - 1]} ${timeText(s.from)}–${timeText(s.to)}`)
    .join(', ');
}

/** The meeting hours of a whole cycle (public holidays and the office's days off left out). */
export function cycleMeetingHours(edition: {
  startDate: string;
  weeks: number;
  meetings: readonly Slot[];
  daysOff: readonly string[];
}): number {
  const meetings = edition.meetings as WeeklySlot[];
  const plan = { ...edition, meetings, daysOff: [...edition.daysOff] };
  return hoursOf(meetingDays(cycleDays(plan), meetings));
}

/** Hours as a number people read: 452, 37,5. */
export function hoursNumber(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1).replace('.', ',');
}
