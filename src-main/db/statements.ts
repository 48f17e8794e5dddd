import type Database from 'better-sqlite3';

/** Distinct queries kept per connection; a request uses a few dozen, the whole core a few hundred. */
export const CACHED_STATEMENTS = 500;

/**
 * Makes the connection's `prepare` reuse statements: one compiled statement per SQL text, the
 * least recently used of more than `capacity` dropped. Every query goes through it — Drizzle's
 * builders call `client.prepare(sql)` for each `await db.select()…`, and db/query.ts's raw
 * queries too — so a loop of 50 000 inserts in one request compiles each query once instead of
 * allocating a statement per call (~20 kB of native memory each, freed only when the garbage
 * collector runs; 5.9 GB measured in issue 13).
 *
 * A statement is the caller's until its next `prepare` of the same text, so it is handed out
 * in the default mode: Drizzle turns `raw()` on for selects with fields and the mode stays on
 * the statement. One still running (`busy`: an `iterate()` not finished) is not shared: the
 * caller gets a fresh statement, not kept.
 */
export function reuseStatements(connection: Database.Database, capacity = CACHED_STATEMENTS): void {
  const prepare = connection.prepare.bind(connection);
  // A Map iterates in insertion order: most recently used last, so the first key is the oldest.
  const kept = new Map<string, Database.Statement>();
  connection.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement?.busy) return prepare(source);
    if (statement) {
      kept.delete(source);
      kept.set(source, statement);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (kept.size >= capacity) kept.delete(kept.keys().next().value!);
    kept.set(source, fresh);
    return fresh;
  }) as Database.Database['prepare'];
}
