/**
 * Calendar dates as ISO strings 'YYYY-MM-DD' (no time, no time zone), so that dates of
 * birth or of the first support never shift by a day between zones; such strings also
 * compare correctly with `<`.
 */

type Ymd = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Genitive month names, as used in "8 listopada 2010 r.". */
const MONTHS_GENITIVE = [
  'stycznia',
  'lutego',
  'marca',
  'kwietnia',
  'maja',
  'czerwca',
  'lipca',
  'sierpnia',
  'września',
  'października',
  'listopada',
  'grudnia',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function tryParse(s: string): Ymd | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/** Invalid dates here are programming errors: user input is checked with isIsoDate first. */
function parse(s: string): Ymd {
  const ymd = tryParse(s);
  if (!ymd) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return ymd;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a real calendar date in the form YYYY-MM-DD (e.g. not 2023-02-29). */
export function isIsoDate(s: string): boolean {
  return tryParse(s) !== null;
}

/**
 * Full years of age on a day. A person born on 29 February is a year older on 1 March
 * in non-leap years (not on 28 February), which comparing month and day gives naturally.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const b = parse(birthDate);
  const d = parse(onDate);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * Adds calendar months; a day missing in the target month becomes its last day
 * (31 January + 1 month = 28/29 February), as in dayjs and most office practice.
 */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = parse(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Full calendar months elapsed from `from` to `to`: the largest n with
 * addMonths(from, n) <= to; 0 when `to` is before `from`.
 */
export function fullMonthsBetween(from: string, to: string): number {
  const f = parse(from);
  const t = parse(to);
  if (to < from) return 0;
  let months = (t.year - f.year) * 12 + (t.month - f.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** 'DD.MM.RRRR', the form used on all printed documents. */
export function formatDate(iso: string): string {
  const { year, month, day } = parse(iso);
  return `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
}

/** Date in letters, e.g. '8 listopada 2010 r.' (month in the genitive). */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parse(iso);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} r.`;
}

/** Today's date in the computer's local time zone (the office's day, not UTC). */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The date `days` later (or earlier, if negative). */
export function addDays(iso: string, days: number): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  // Date.UTC carries day overflow into the month and year; UTC keeps DST out of it.
  const d = new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days),
  );
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO 8601 day of the week of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
  return ((d.getUTCDay() + 6) % 7) + 1;
}

/** What a date typed into a field means: nothing, a date, or why it is not one. */
export type TypedDate =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; problem: string };

const DATE_EXAMPLE = 'wpisz dzień, miesiąc i rok, np. 14.03.2026';

/** "14032026": day, month and year in eight digits, as clerks type them from a document. */
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
/**
 * "14.3.2026", "1-3-2026", "14/03/2026", "14 03 2026", "14.03.2026 r."; and "14,03,2026",
 * since the decimal key of a Polish numeric keypad gives a comma.
 */
const DAY_FIRST = /^(\d{1,2})\s*[.,\-/\s]\s*(\d{1,2})\s*[.,\-/\s]\s*(\d{4})(?:\s*r\.?|\.)?$/;
/** "2026-03-14", as dates are kept (and pasted from other programs). */
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date as a person types it in Poland: day first, with or without separators
 * ("14032026", "14.3.2026", "1.3.2026"), or ISO. A day that does not exist (31.02.2026) is
 * an error, never rolled over into the next month; a two-digit year is an error too, since
 * "26" may be 1926 or 2026 in a date of birth.
 */
export function parseTypedDate(text: string): TypedDate {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  let parts: [string, string, string] | null = null;
  const digits = DIGITS_ONLY.exec(s) ?? DAY_FIRST.exec(s);
  if (digits) parts = [digits[3]!, digits[2]!, digits[1]!];
  const iso = YEAR_FIRST.exec(s);
  if (iso) parts = [iso[1]!, iso[2]!, iso[3]!];
  if (!parts) return { kind: 'invalid', problem: `Nie rozpoznano daty „${s}” — ${DATE_EXAMPLE}` };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1000 || !isValidYmd(year, month, day)) {
    const shown = `${pad(day, 2)}.${pad(month, 2)}.${pad(year, 4)}`;
    return { kind: 'invalid', problem: `Nie ma takiej daty: ${shown} — ${DATE_EXAMPLE}` };
  }
  return { kind: 'date', iso: toIsoDate(year, month, day) };
}
