import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  db: Db;
  /** The raw connection, for pragmas, backups and benchmarks; features use `db`. */
  sqlite: Database.Database;
  /** How many migrations this database carries (PRAGMA user_version). */
  schemaVersion: number;
  close(): void;
}

/** Raised when the file was written by a newer Aktywator whose schema this one does not know. */
export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `Ta baza danych została zapisana przez nowszą wersję programu Aktywator ` +
        `(wersja schematu ${found}, ten program zna wersje do ${known}). ` +
        `Zainstaluj aktualną wersję programu; baza nie została zmieniona.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function knownMigrationCount(migrationsFolder: string): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** The copy an upgrade leaves behind: the office's data as it was before the new version. */
export function upgradeBackupPath(path: string, fromVersion: number): string {
  return `${path}.przed-aktualizacja-v${fromVersion}.bak`;
}

/** A consistent copy of the whole file before migrations change it (SQLite's VACUUM INTO). */
function backupBeforeUpgrade(sqlite: Database.Database, path: string, fromVersion: number): void {
  const target = upgradeBackupPath(path, fromVersion);
  if (!existsSync(target)) sqlite.prepare('VACUUM INTO ?').run(target);
}

/**
 * Opens (or creates) the database at `path` (':memory:' for tests), applies the pending
 * migrations from `migrationsFolder` and stamps the schema version. A database from a newer
 * version is refused before anything is written to it.
 */
export function openDatabase(path: string, migrationsFolder: string): DatabaseHandle {
  const known = knownMigrationCount(migrationsFolder);
  const sqlite = new Database(path);
  try {
    const found = sqlite.pragma('user_version', { simple: true }) as number;
    if (found > known) throw new DatabaseTooNewError(found, known);
    if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    if (found > 0 && found < known && path !== ':memory:') backupBeforeUpgrade(sqlite, path, found);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${known}`);
    return { db, sqlite, schemaVersion: known, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
