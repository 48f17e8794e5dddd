import Database from 'better-sqlite3';
import type { DatabaseHandle } from './open';
import type { UnitOfWork } from './unit-of-work';

/*
 * What backups do to whole database files, below the query builders (features/backups calls
 * these; features never touch the raw connection): copying the open database, checking a
 * copy, and putting a copy's data in place of the open one's.
 */

/**
 * A second, read-only connection to the open database's file. In WAL mode it sees only what
 * was committed: a copy made through it never holds half of a request's write, and neither
 * waits for the other (the unit of work keeps its own connection's transactions open across
 * awaits, where an online backup or VACUUM on that connection would fail).
 */
function readerOf(handle: DatabaseHandle): Database.Database {
  if (handle.path === ':memory:') throw new Error('An in-memory database has no file to copy');
  return new Database(handle.path, { readonly: true, fileMustExist: true });
}

/**
 * A consistent copy of the open database at `target`, with SQLite's online backup: a few
 * pages at a time, so the program keeps working meanwhile (a write committed in between makes
 * the copy start again, so it is always one moment's state).
 */
export async function copyDatabaseTo(handle: DatabaseHandle, target: string): Promise<void> {
  const source = readerOf(handle);
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

/**
 * A consistent copy of the open database beside it (`VACUUM INTO`), named with `stamp`, before
 * anything replaces its data. Inside a `write`, it is the state that write started from.
 */
export function setAside(handle: DatabaseHandle, stamp: string): string {
  const target = `${handle.path}.przed-przywroceniem-${stamp}.sqlite`;
  const source = readerOf(handle);
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
  return target;
}

/** What a database file that is not in use says of itself: sound or not, and whose it is. */
export function inspectCopy(path: string): { intact: boolean; applicationId: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    return { intact: db.pragma('integrity_check', { simple: true }) === 'ok', applicationId };
  } finally {
    db.close();
  }
}

/** How many rows each of `tables` holds in a database file that is not in use. */
export function countRows<T extends string>(path: string, tables: readonly T[]): Record<T, number> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) =>
      db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    return Object.fromEntries(tables.map((t) => [t, count(t)])) as Record<T, number>;
  } finally {
    db.close();
  }
}

/**
 * Puts the data of a verified, migrated database file in place of the open one's, as one
 * `write` of the unit of work (or inside the caller's): every table is emptied and filled from
 * the file, read through a connection of its own, so the running core — its handlers and
 * prepared queries — goes on with the restored data, and a failure half-way leaves everything
 * as it was. Settings named in `keep` (the backup folder and keys) stay as they are now:
 * restoring an old copy must not bring back an old folder or an old password.
 *
 * The audit log's append-only triggers are dropped and recreated inside the transaction: the
 * restored log is the copy's log, whole and still hash-chained.
 */
export async function replaceDataFrom(
  uow: UnitOfWork,
  handle: DatabaseHandle,
  file: string,
  keep: string[],
): Promise<void> {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await uow.write(async () => {
      const sqlite = handle.sqlite;
      const tables = (
        sqlite
          .prepare(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
          .pluck()
          .all() as string[]
      ).concat(['sqlite_sequence']);
      const triggers = sqlite
        .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")
        .all() as { name: string; sql: string }[];
      const kept = sqlite
        .prepare(`SELECT key, value FROM settings WHERE key IN (${keep.map(() => '?').join(',')})`)
        .all(...keep) as { key: string; value: string }[];
      const columns = (db: Database.Database, table: string) =>
        db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
      sqlite.pragma('defer_foreign_keys = ON');
      for (const t of triggers) sqlite.exec(`DROP TRIGGER main."${t.name}"`);
      for (const table of tables) {
        sqlite.exec(`DELETE FROM main."${table}"`);
        const copied = columns(copy, table);
        const shared = columns(sqlite, table).filter((c) => copied.includes(c));
        if (!shared.length) continue;
        const list = shared.map((c) => `"${c}"`).join(', ');
        const insert = sqlite.prepare(
          `INSERT INTO main."${table}" (${list}) VALUES (${shared.map(() => '?').join(', ')})`,
        );
        const rows = copy.prepare(`SELECT ${list} FROM "${table}"`).raw();
        for (const row of rows.iterate() as IterableIterator<unknown[]>) insert.run(row);
      }
      const put = sqlite.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      );
      for (const k of kept) put.run(k.key, k.value);
      for (const t of triggers) sqlite.exec(t.sql);
    });
  } finally {
    copy.close();
  }
}
