import { describe, expect, it } from 'vitest';
import { copiesToKeep, KEEP } from '../../../src-main/features/backups/backup-retention';

/** A copy every day at 19:00 for `days` days back from 2026-11-30 (a Monday). */
function daily(days: number) {
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, 30 - i, 19));
    return { name: `kopia-${d.toISOString().slice(0, 10)}`, createdAt: d.toISOString() };
  });
}

describe('copiesToKeep', () => {
  it('keeps every copy while there are fewer than the rule counts', () => {
    const copies = daily(5);
    expect([...copiesToKeep(copies)].sort()).toEqual(copies.map((c) => c.name).sort());
  });

  it('keeps 7 daily, the newest of 4 weeks and of 12 months out of a year of copies', () => {
    const keep = copiesToKeep(daily(400));
    const days = [...keep]
      .map((n) => n.slice('kopia-'.length))
      .sort()
      .reverse();
    // The last 7 days…
    expect(days.slice(0, 7)).toEqual([
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
      '2026-11-27',
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
    ]);
    // …the Sundays ending the weeks before (the newest copy of each ISO week; the last 4
    // weeks are this one and the three before it)…
    expect(days).toEqual(expect.arrayContaining(['2026-11-22', '2026-11-15']));
    expect(days).not.toContain('2026-11-08');
    // …and the last day of each earlier month, back to December 2025.
    expect(days).toEqual(expect.arrayContaining(['2026-10-31', '2026-02-28', '2025-12-31']));
    expect(days).not.toContain('2025-11-30');
    expect(keep.size).toBeLessThanOrEqual(KEEP.daily + KEEP.weekly + KEEP.monthly);
  });

  it('keeps only the newest of several copies of one day', () => {
    const keep = copiesToKeep([
      { name: 'rano', createdAt: '2026-11-30T07:00:00.000Z' },
      { name: 'wieczorem', createdAt: '2026-11-30T18:00:00.000Z' },
    ]);
    expect([...keep]).toEqual(['wieczorem']);
  });
});
