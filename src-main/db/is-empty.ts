import { sql } from 'drizzle-orm';
import { first } from './query';
import { participants, projects, settings, staff } from './schema';
import type { Tx } from './unit-of-work';

/** True only for a database nobody has written to: the one place demo data may go. */
export async function isEmptyDatabase(tx: Tx): Promise<boolean> {
  for (const table of [settings, staff, projects, participants]) {
    const counted = await first(tx.select({ n: sql<number>`count(*)` }).from(table));
    if ((counted?.n ?? 0) !== 0) return false;
  }
  return true;
}
