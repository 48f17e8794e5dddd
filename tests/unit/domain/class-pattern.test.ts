import { describe, expect, it } from 'vitest';
import { classesFromPattern } from '../../../src-main/domain/courses/class-pattern';

/*
 * The dates are listed by hand from a calendar of November–December 2026 (1 November 2026 is
 * a Sunday), not computed by the code under test.
 */

describe('classes from a weekly pattern', () => {
  it('takes the weekdays of the range and skips 11 November and 24–26 December', () => {
    // Monday, Wednesday, Thursday 9:00–13:00 from Monday 9 November to Monday 28 December 2026.
    const { classes, skipped } = classesFromPattern({
      weekdays: [1, 3, 4],
      from: 540,
      to: 780,
      startDate: '2026-11-09',
      endDate: '2026-12-28',
    });
    const expected = [
      '2026-11-09', // Mon
      // Wed 11.11 — Narodowe Święto Niepodległości
      '2026-11-12', // Thu
      '2026-11-16',
      '2026-11-18',
      '2026-11-19',
      '2026-11-23',
      '2026-11-25',
      '2026-11-26',
      '2026-11-30',
      '2026-12-02',
      '2026-12-03',
      '2026-12-07',
      '2026-12-09',
      '2026-12-10',
      '2026-12-14',
      '2026-12-16',
      '2026-12-17',
      '2026-12-21',
      '2026-12-23',
      // Thu 24.12 — Wigilia (a holiday from 2025 on)
      '2026-12-28', // Mon
    ];
    expect(classes.map((c) => c.date)).toEqual(expected);
    expect(classes.every((c) => c.from === 540 && c.to === 780)).toBe(true);
    expect(skipped.map((h) => h.date)).toEqual(['2026-11-11', '2026-12-24']);
  });

  it('skips the Friday and Saturday of Christmas too when the pattern has them', () => {
    const { classes, skipped } = classesFromPattern({
      weekdays: [4, 5, 6],
      from: 480,
      to: 960,
      startDate: '2026-12-21',
      endDate: '2026-12-31',
    });
    // Thu 24, Fri 25, Sat 26 are holidays; Thu 31 is the only class left.
    expect(classes.map((c) => c.date)).toEqual(['2026-12-31']);
    expect(skipped.map((h) => h.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
  });

  it('gives nothing for an empty pattern, an hour that ends before it starts or a reversed range', () => {
    const base = {
      weekdays: [1],
      from: 540,
      to: 780,
      startDate: '2026-11-02',
      endDate: '2026-11-30',
    };
    expect(classesFromPattern({ ...base, weekdays: [] }).classes).toEqual([]);
    expect(classesFromPattern({ ...base, to: 540 }).classes).toEqual([]);
    expect(classesFromPattern({ ...base, startDate: '2026-12-01' }).classes).toEqual([]);
    expect(classesFromPattern(base).classes.map((c) => c.date)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });
});
