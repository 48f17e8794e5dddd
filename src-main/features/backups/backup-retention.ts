/**
 * Which copies to keep: the newest of each of the last 7 days that have a copy, of each of
 * the last 4 weeks and of each of the last 12 months (a copy may count for all three). The
 * rest can go. Pure: dates in, names out.
 */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface DatedCopy {
  name: string;
  /** ISO timestamp of the copy. */
  createdAt: string;
}

/** Monday of the ISO week, as YYYY-MM-DD (weeks start on Monday in Poland). */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

const PERIODS: [keyof typeof KEEP, (iso: string) => string][] = [
  ['daily', (iso) => iso.slice(0, 10)],
  ['weekly', (iso) => weekOf(iso.slice(0, 10))],
  ['monthly', (iso) => iso.slice(0, 7)],
];

export function copiesToKeep(copies: DatedCopy[]): Set<string> {
  const newestFirst = [...copies].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  for (const [period, key] of PERIODS) {
    const seen = new Set<string>();
    for (const copy of newestFirst) {
      const bucket = key(copy.createdAt);
      if (seen.has(bucket)) continue;
      if (seen.size === KEEP[period]) break;
      seen.add(bucket);
      keep.add(copy.name);
    }
  }
  return keep;
}
