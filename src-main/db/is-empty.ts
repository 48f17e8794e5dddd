import { sql } from 'drizzle-orm';
import type { Db } from './open';
import { participants, projects, settings, staff } from './schema';

/** True only for a database nobody has written to: the one place demo data may go. */
export function isEmptyDatabase(db: Db): boolean {
  return [settings, staff, projects, participants].every(
    (table) =>
      (db
        .select({ n: sql<number>`count(*)` })
        .from(table)
        .get()?.n ?? 0) === 0,
  );
}
