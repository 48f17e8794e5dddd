import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AKTYWATOR_APPLICATION_ID, type RefusalKind } from '../../src-main/db/file-checks';
import { DatabaseRefusedError, openDatabase } from '../../src-main/db/open';

const MIGRATIONS = resolve('drizzle');

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aktywator-files-'));
  file = join(dir, 'aktywator.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Opening must fail with `kind`, a Polish message without SQL, and the folder as it was. */
function expectRefused(kind: RefusalKind): DatabaseRefusedError {
  const before = {
    hash: digest(file),
    files: readdirSync(dir).sort(),
    mtime: statSync(file).mtimeMs,
  };
  let thrown: unknown;
  try {
    openDatabase(file, MIGRATIONS).close();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DatabaseRefusedError);
  const refused = thrown as DatabaseRefusedError;
  expect(refused.kind).toBe(kind);
  expect(refused.message.replace(file, 'PLIK')).not.toMatch(
    /SQLITE|sqlite_|SELECT|PRAGMA|table|column/i,
  );
  expect(digest(file)).toBe(before.hash);
  expect(statSync(file).mtimeMs).toBe(before.mtime);
  expect(readdirSync(dir).sort()).toEqual(before.files);
  return refused;
}

describe('opening a database file', () => {
  it('makes a new database in a zero-byte file and stamps it as Aktywator’s', () => {
    writeFileSync(file, '');
    openDatabase(file, MIGRATIONS).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(AKTYWATOR_APPLICATION_ID);
    raw.close();
  });

  it('refuses a file that is not a database at all, untouched', () => {
    writeFileSync(file, 'Protokół z posiedzenia komisji.\n'.repeat(200));
    expect(expectRefused('notDatabase').message).toContain('nie jest bazą danych');
  });

  it('refuses another program’s SQLite file, untouched, even in WAL mode', () => {
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.exec(
      'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)',
    );
    other.close();
    expect(expectRefused('foreign').message).toContain('innego programu');
  });

  it('refuses a file stamped with another application id', () => {
    const other = new Database(file);
    other.pragma('application_id = 12345');
    other.exec('CREATE TABLE participants (id INTEGER PRIMARY KEY)');
    other.close();
    expectRefused('foreign');
  });

  it('refuses an Aktywator file that lost a table, before any write', () => {
    openDatabase(file, MIGRATIONS).close();
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DROP TABLE audit_log');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const refused = expectRefused('incomplete');
    expect(refused.message).toContain('kopię zapasową');
    expect(refused.details).toContain('audit_log');
  });

  it('refuses a damaged file and does not open it for writing', () => {
    const handle = openDatabase(file, MIGRATIONS);
    const insert = handle.sqlite.prepare(
      "INSERT INTO audit_log (at, actor_name, channel, entity, entity_id, action, changed_fields) VALUES ('2026-01-01', 'x', 'c', 'participant', 1, 'view', '[]')",
    );
    handle.sqlite.transaction(() => {
      for (let i = 0; i < 3000; i += 1) insert.run();
    })();
    handle.sqlite.pragma('journal_mode = DELETE');
    handle.close();
    // Scribble over a page in the middle of the file, as a failing disk would.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0xa5, page * pageSize, page * pageSize + pageSize);
    writeFileSync(file, bytes);
    expect(expectRefused('damaged').message).toContain('uszkodzony');
  });

  it('opens a file made before the application id was stamped, and stamps it', () => {
    openDatabase(file, MIGRATIONS).close();
    const raw = new Database(file);
    raw.pragma('application_id = 0');
    raw.close();
    openDatabase(file, MIGRATIONS).close();
    const after = new Database(file, { readonly: true });
    expect(after.pragma('application_id', { simple: true })).toBe(AKTYWATOR_APPLICATION_ID);
    after.close();
  });

  it('writes with synchronous FULL and waits for a busy file instead of failing', () => {
    const handle = openDatabase(file, MIGRATIONS);
    expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(handle.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    handle.close();
  });
});
