import { sql } from 'drizzle-orm';
import { first } from './query';
import { counters } from './schema';
import type { Tx } from './unit-of-work';

/**
 * Draws the next number of a register with no gaps: contract numbers per year (`KS`, `2026`),
 * evaluations and amendments per contract, and every later register the same way. Only inside
 * a `write` — the transaction holds the write lock from its start, so two workstations never
 * draw the same number, and a failed save rolls the counter back with everything else.
 */
export async function drawNumber(tx: Tx, series: string, scope: string | number): Promise<number> {
  const row = await first(
    tx
      .insert(counters)
      .values({ series, scope: String(scope), last: 1 })
      .onConflictDoUpdate({
        target: [counters.series, counters.scope],
        set: { last: sql`${counters.last} + 1` },
      })
      .returning({ last: counters.last }),
  );
  return row!.last;
}
