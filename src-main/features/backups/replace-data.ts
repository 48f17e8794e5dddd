import type { DatabaseHandle } from '../../db/open';
import { writeTransaction } from '../../db/write';

/**
 * Puts the data of a verified, migrated database file in place of the open one's, in one
 * transaction on the open connection: every table is emptied and filled from the file
 * (attached as `kopia`), so the running core — its handlers and prepared queries — goes on
 * with the restored data, and a failure half-way leaves everything as it was. Settings named
 * in `keep` (the backup folder and keys) stay as they are now: restoring an old copy must not
 * bring back an old folder or an old password.
 *
 * The audit log's append-only triggers are dropped and recreated inside the transaction: the
 * restored log is the copy's log, whole and still hash-chained.
 */
export function replaceDataFrom(handle: DatabaseHandle, file: string, keep: string[]): void {
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
  sqlite.prepare('ATTACH DATABASE ? AS kopia').run(file);
  try {
    const columns = (schema: string, table: string) =>
      sqlite
        .prepare(`SELECT name FROM ${schema}.pragma_table_info(?)`)
        .pluck()
        .all(table) as string[];
    writeTransaction(handle.db, () => {
      sqlite.pragma('defer_foreign_keys = ON');
      for (const t of triggers) sqlite.exec(`DROP TRIGGER main."${t.name}"`);
      for (const table of tables) {
        sqlite.exec(`DELETE FROM main."${table}"`);
        const copied = columns('kopia', table);
        const shared = columns('main', table).filter((c) => copied.includes(c));
        if (!shared.length) continue;
        const list = shared.map((c) => `"${c}"`).join(', ');
        sqlite.exec(`INSERT INTO main."${table}" (${list}) SELECT ${list} FROM kopia."${table}"`);
      }
      const put = sqlite.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      );
      for (const k of kept) put.run(k.key, k.value);
      for (const t of triggers) sqlite.exec(t.sql);
    });
  } finally {
    sqlite.exec('DETACH DATABASE kopia');
  }
}

/** A consistent copy of the open database beside it, before anything replaces its data. */
export function setAside(handle: DatabaseHandle, stamp: string): string {
  const target = `${handle.path}.przed-przywroceniem-${stamp}.sqlite`;
  handle.sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}
