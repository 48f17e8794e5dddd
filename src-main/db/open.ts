import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AKTYWATOR_APPLICATION_ID,
  inspectDatabaseFile,
  missingFromShape,
  refusal,
  refusalFor,
  schemaShape,
  type SchemaShape,
} from './file-checks';
import * as schema from './schema';
import { reuseStatements } from './statements';

export { DatabaseRefusedError, DatabaseTooNewError } from './file-checks';

/** The query builder over the connection (`$client`: the connection itself, for db/ only). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface DatabaseHandle {
  db: Db;
  /** The raw connection, for pragmas, backups and benchmarks; features use `db`. */
  sqlite: Database.Database;
  /** How many migrations this database carries (PRAGMA user_version). */
  schemaVersion: number;
  /** The file (':memory:' in some tests) and the migrations it was opened with. */
  path: string;
  migrationsFolder: string;
  close(): void;
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

/** The schema the migrations make, learnt once by applying them to an empty database. */
const expectedShapes = new Map<string, SchemaShape>();
function expectedShape(migrationsFolder: string): SchemaShape {
  let shape = expectedShapes.get(migrationsFolder);
  if (!shape) {
    const scratch = new Database(':memory:');
    try {
      migrate(drizzle(scratch, { schema }), { migrationsFolder });
      shape = schemaShape(scratch);
    } finally {
      scratch.close();
    }
    expectedShapes.set(migrationsFolder, shape);
  }
  return shape;
}

/**
 * Opens (or creates) the database at `path` (':memory:' for tests), applies the pending
 * migrations from `migrationsFolder` and stamps the schema version and the application id.
 *
 * An existing file is first inspected read-only (db/file-checks.ts): another program's file,
 * a damaged one, an incomplete one or one from a newer version is refused, with a Polish
 * message, before anything is written to it. Any other failure while opening is refused the
 * same way (never raw SQL).
 *
 * `synchronous = FULL`: a commit is on the disk before the call returns, so a contract
 * number already printed survives a power cut (WAL with NORMAL may lose the last commits).
 */
export function openDatabase(path: string, migrationsFolder: string): DatabaseHandle {
  const known = knownMigrationCount(migrationsFolder);
  const inMemory = path === ':memory:';
  const facts = inMemory
    ? { isNew: true, schemaVersion: 0 }
    : inspectDatabaseFile(path, known, () => expectedShape(migrationsFolder));
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path);
    reuseStatements(sqlite);
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // A second window holding the write lock is waited for, not reported as an error.
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('synchronous = FULL');
    const found = facts.schemaVersion;
    if (found > 0 && found < known && !inMemory) backupBeforeUpgrade(sqlite, path, found);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    if (!inMemory && found < known) {
      const missing = missingFromShape(expectedShape(migrationsFolder), schemaShape(sqlite));
      if (missing.length) throw refusal('incomplete', path, `missing: ${missing.join(', ')}`);
    }
    sqlite.pragma(`user_version = ${known}`);
    sqlite.pragma(`application_id = ${AKTYWATOR_APPLICATION_ID}`);
    const opened = sqlite;
    return {
      db,
      sqlite: opened,
      schemaVersion: known,
      path,
      migrationsFolder,
      close: () => opened.close(),
    };
  } catch (error) {
    sqlite?.close();
    throw inMemory ? error : refusalFor(error, path);
  }
}
