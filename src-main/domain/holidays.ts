import { addDays, toIsoDate } from './dates';

/**
 * Polish public holidays (dni ustawowo wolne od pracy, ustawa z 18 stycznia 1951 r.), the
 * days no club meeting, course class or deadline may fall on. 24 December is a holiday
 * from 2025 on (the 2024 amendment). Sundays are days off anyway and are not listed apart
 * from the holidays that always fall on them (Easter, Pentecost).
 */
export interface PublicHoliday {
  date: string;
  name: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
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

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The year's holidays in date order. */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const on = (month: number, day: number, name: string): PublicHoliday => ({
    date: toIsoDate(year, month, day),
    name,
  });
  const list: PublicHoliday[] = [
    on(1, 1, 'Nowy Rok'),
    on(1, 6, 'Święto Trzech Króli'),
    { date: easter, name: 'Wielkanoc' },
    { date: addDays(easter, 1), name: 'Poniedziałek Wielkanocny' },
    on(5, 1, 'Święto Pracy'),
    on(5, 3, 'Święto Konstytucji 3 Maja'),
    { date: addDays(easter, 49), name: 'Zielone Świątki' },
    { date: addDays(easter, 60), name: 'Boże Ciało' },
    on(8, 15, 'Wniebowzięcie Najświętszej Maryi Panny'),
    on(11, 1, 'Wszystkich Świętych'),
    on(11, 11, 'Narodowe Święto Niepodległości'),
    ...(year >= 2025 ? [on(12, 24, 'Wigilia Bożego Narodzenia')] : []),
    on(12, 25, 'Boże Narodzenie (pierwszy dzień)'),
    on(12, 26, 'Boże Narodzenie (drugi dzień)'),
  ];
  list.sort((x, y) => (x.date < y.date ? -1 : 1));
  byYear.set(year, list);
  return list;
}

/** The holiday on `date`, or null. */
export function publicHolidayOn(date: string): PublicHoliday | null {
  return publicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date) ?? null;
}
