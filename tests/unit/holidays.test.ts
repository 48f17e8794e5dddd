import { describe, expect, it } from 'vitest';
import { easterSunday, publicHolidayOn, publicHolidays } from '../../src-main/domain/holidays';

// The dates below are from the published Polish calendars (and DOMAIN.md for 2026–2027),
// not from the code under test.
const expected: Record<number, string[]> = {
  2026: [
    '2026-01-01',
    '2026-01-06',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-03',
    '2026-05-24',
    '2026-06-04',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-24',
    '2026-12-25',
    '2026-12-26',
  ],
  2027: [
    '2027-01-01',
    '2027-01-06',
    '2027-03-28',
    '2027-03-29',
    '2027-05-01',
    '2027-05-03',
    '2027-05-16',
    '2027-05-27',
    '2027-08-15',
    '2027-11-01',
    '2027-11-11',
    '2027-12-24',
    '2027-12-25',
    '2027-12-26',
  ],
  2028: [
    '2028-01-01',
    '2028-01-06',
    '2028-04-16',
    '2028-04-17',
    '2028-05-01',
    '2028-05-03',
    '2028-06-04',
    '2028-06-15',
    '2028-08-15',
    '2028-11-01',
    '2028-11-11',
    '2028-12-24',
    '2028-12-25',
    '2028-12-26',
  ],
};

describe('Polish public holidays', () => {
  for (const [year, dates] of Object.entries(expected)) {
    it(`lists the fourteen holidays of ${year}`, () => {
      expect(publicHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
    });
  }

  it('knows Easter across the century (known dates)', () => {
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2035)).toBe('2035-03-25');
  });

  it('has Christmas Eve only from 2025 on', () => {
    expect(publicHolidayOn('2024-12-24')).toBeNull();
    expect(publicHolidayOn('2025-12-24')?.name).toBe('Wigilia Bożego Narodzenia');
  });

  it('names the day, and answers null on an ordinary one', () => {
    expect(publicHolidayOn('2027-05-27')?.name).toBe('Boże Ciało');
    expect(publicHolidayOn('2027-05-28')).toBeNull();
  });
});
