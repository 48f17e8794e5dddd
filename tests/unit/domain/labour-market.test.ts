import { describe, expect, it } from 'vitest';
import { isLongTermUnemployed } from '../../../src-main/domain/labour-market';

const ON = '2026-03-01';

describe('isLongTermUnemployed', () => {
  it.each([
    // Under 25 (born 2001-03-02: 24 years 364 days on 2026-03-01) → more than 6 months.
    ['2001-03-02', '2025-09-01', ON, false], // exactly 6 months
    ['2001-03-02', '2025-08-31', ON, true], // 6 months and a day
    ['2001-03-02', '2026-01-01', ON, false],
    // 25 on the very day (born 2001-03-01) → more than 12 months.
    ['2001-03-01', '2025-08-31', ON, false], // over 6 months is not enough now
    ['2001-03-01', '2025-03-01', ON, false], // exactly 12 months
    ['2001-03-01', '2025-02-28', ON, true], // 12 months and a day
    ['1970-01-01', '2020-01-01', ON, true],
    ['1970-01-01', '2025-06-01', ON, false],
    // Born 29 Feb 2000: still 24 on 2025-02-28, 25 on 2025-03-01.
    ['2000-02-29', '2024-08-27', '2025-02-28', true], // 6 months + 1 day, under 25
    ['2000-02-29', '2024-08-27', '2025-03-01', false], // same start, now 25 → needs 12
    // Not unemployed, or registered only on/after the day of start.
    ['1980-05-05', null, ON, false],
    ['1980-05-05', ON, ON, false],
    ['1980-05-05', '2026-04-01', ON, false],
  ])('born %s, unemployed since %s, on %s → %s', (birthDate, unemployedSince, onDate, expected) => {
    expect(isLongTermUnemployed({ birthDate, unemployedSince, onDate })).toBe(expected);
  });
});
