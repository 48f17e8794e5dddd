import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ageOn,
  formatDate,
  formatDateLong,
  fullMonthsBetween,
  isIsoDate,
  todayIso,
} from '../../../src-main/domain/dates';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1800-01-01', '2025-04-30'])(
    'accepts %j',
    (s) => expect(isIsoDate(s)).toBe(true),
  );

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // divisible by 100 but not by 400
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-01-00',
    '2024-1-01',
    '24-01-01',
    '2024/01/01',
    '01.01.2024',
    '2024-01-01T00:00',
    ' 2024-01-01',
    '',
  ])('rejects %j', (s) => expect(isIsoDate(s)).toBe(false));
});

describe('ageOn', () => {
  it.each([
    ['2000-05-15', '2025-05-14', 24], // day before the birthday
    ['2000-05-15', '2025-05-15', 25], // on the birthday
    ['2000-05-15', '2025-05-16', 25],
    ['2000-05-15', '2000-05-15', 0],
    ['1990-12-31', '2025-12-30', 34],
    ['1990-12-31', '2025-12-31', 35],
    ['1991-01-01', '2025-12-31', 34],
    // Born on 29 February: in a non-leap year one year older only on 1 March.
    ['2004-02-29', '2025-02-28', 20],
    ['2004-02-29', '2025-03-01', 21],
    ['2004-02-29', '2028-02-28', 23],
    ['2004-02-29', '2028-02-29', 24],
  ])('born %s, on %s → %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('throws on an invalid date', () => {
    expect(() => ageOn('2023-02-29', '2025-01-01')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'], // clamped to the last day
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-03-31', 0, '2025-03-31'],
    ['2024-03-01', 24, '2026-03-01'],
  ])('%s + %i → %s', (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });
});

describe('fullMonthsBetween', () => {
  it.each([
    ['2025-01-15', '2025-02-14', 0],
    ['2025-01-15', '2025-02-15', 1],
    ['2023-12-15', '2024-01-15', 1],
    ['2024-03-01', '2026-02-28', 23],
    ['2024-03-01', '2026-03-01', 24],
    ['2025-01-31', '2025-02-28', 1], // February has no 31st: its last day completes the month
    ['2024-01-31', '2024-02-28', 0], // ... but in a leap year the 29th does
    ['2024-01-31', '2024-02-29', 1],
    ['2025-03-31', '2025-04-30', 1],
    ['2025-05-10', '2025-05-10', 0],
    ['2025-05-10', '2025-05-01', 0], // to before from
    ['2025-05-10', '2024-06-10', 0],
  ])('%s → %s: %i', (from, to, months) => {
    expect(fullMonthsBetween(from, to)).toBe(months);
  });
});

describe('formatDate', () => {
  it.each([
    ['2010-11-08', '08.11.2010'],
    ['2026-03-01', '01.03.2026'],
    ['1999-12-31', '31.12.1999'],
  ])('%s → %s', (iso, expected) => expect(formatDate(iso)).toBe(expected));

  it('throws on an invalid date', () => {
    expect(() => formatDate('2025-02-30')).toThrow(RangeError);
  });
});

describe('formatDateLong', () => {
  it.each([
    ['2010-11-08', '8 listopada 2010 r.'],
    ['2025-01-01', '1 stycznia 2025 r.'],
    ['2025-02-14', '14 lutego 2025 r.'],
    ['2025-03-31', '31 marca 2025 r.'],
    ['2025-04-02', '2 kwietnia 2025 r.'],
    ['2025-05-03', '3 maja 2025 r.'],
    ['2025-06-10', '10 czerwca 2025 r.'],
    ['2025-07-22', '22 lipca 2025 r.'],
    ['2025-08-15', '15 sierpnia 2025 r.'],
    ['2025-09-01', '1 września 2025 r.'],
    ['2023-10-06', '6 października 2023 r.'],
    ['2025-12-31', '31 grudnia 2025 r.'],
  ])('%s → %s', (iso, expected) => expect(formatDateLong(iso)).toBe(expected));
});

describe('todayIso', () => {
  it.each([
    [new Date(2026, 2, 1, 0, 5), '2026-03-01'], // just after local midnight
    [new Date(2025, 11, 31, 23, 59), '2025-12-31'], // just before local midnight
    [new Date(2024, 1, 29, 12, 0), '2024-02-29'],
  ])('%s → %s', (now, expected) => expect(todayIso(now)).toBe(expected));

  it('defaults to now', () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});
