import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackupKeys, type BackupKeys } from '../../src-main/features/backups/backup-crypto';
import { readBackupHeader } from '../../src-main/features/backups/backup-file';
import {
  BackupError,
  createBackup,
  listBackups,
  pruneBackups,
  restoreBackupTo,
} from '../../src-main/features/backups/backups.service';
import { recoverDatabaseFile } from '../../src-main/features/backups/recover';
import { contractWorld, createSigned } from '../support/contracts';
import { useTestApp, type TestApp } from '../support/test-app';

const app = useTestApp();
const PASSWORD = 'Zielona Dolina 2026!';
let keys: BackupKeys;
let root: string;
let folder: string;

beforeAll(() => {
  keys = createBackupKeys(PASSWORD);
  root = mkdtempSync(join(tmpdir(), 'aktywator-kopie-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  folder = mkdtempSync(join(root, 'folder-'));
});

/** Every table's rows, hashed: equal digests mean the same data. */
function checksums(db: Database.Database): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      createHash('sha256')
        .update(
          JSON.stringify(
            (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][])
              .map((row) => JSON.stringify(row))
              .sort(),
          ),
        )
        .digest('hex'),
    ]),
  );
}

async function officeWithData(a: TestApp) {
  const world = await contractWorld(a);
  await createSigned(a, world);
  return world;
}

const backup = (a: TestApp, at = '2026-11-23T17:30:00.000Z') =>
  createBackup(a.handle, { folder, keys, now: new Date(at), schemaVersion: 5 });

describe('backups', () => {
  it('restores exactly the data that were copied, and only with the password', async () => {
    await officeWithData(app());
    const copy = await backup(app());
    expect(copy).toMatchObject({
      file: 'aktywator-2026-11-23-173000.akb',
      counts: { participants: 1, contracts: 1, documents: 1 },
      readable: true,
    });
    const bytes = readFileSync(join(folder, copy.file));
    // Encrypted: no name, no PESEL, not even SQLite's own header in the file.
    expect(bytes.includes('SQLite format 3')).toBe(false);
    expect(bytes.includes('Kowalski')).toBe(false);

    const into = join(root, `restored-${Date.now()}.sqlite`);
    expect(() =>
      restoreBackupTo(join(folder, copy.file), { keys, password: 'zle haslo', into }),
    ).toThrow('Nieprawidłowe hasło kopii zapasowych.');
    restoreBackupTo(join(folder, copy.file), { keys, password: PASSWORD, into });
    const restored = new Database(into, { readonly: true });
    expect(checksums(restored)).toEqual(checksums(app().handle.sqlite));
    restored.close();
  });

  it('refuses a copy changed after it was written', async () => {
    await officeWithData(app());
    const copy = await backup(app());
    const path = join(folder, copy.file);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(path, bytes);
    const into = join(root, `tampered-${Date.now()}.sqlite`);
    expect(() => restoreBackupTo(path, { keys, password: PASSWORD, into })).toThrow(BackupError);
    expect(readdirSync(root)).not.toContain(into);
  });

  it('says in Polish that the folder is unreachable, and changes nothing', async () => {
    await officeWithData(app());
    const before = checksums(app().handle.sqlite);
    const gone = join(root, 'odlaczony-pendrive');
    await expect(
      createBackup(app().handle, {
        folder: gone,
        keys,
        now: new Date('2026-11-23T17:30:00Z'),
        schemaVersion: 5,
      }),
    ).rejects.toThrow(/Folder kopii .* jest niedostępny/);
    expect(checksums(app().handle.sqlite)).toEqual(before);
  });

  it('says so when the folder cannot be written to', async () => {
    // Root may write anywhere; a file where the folder should be fails for everyone.
    writeFileSync(join(root, 'plik'), 'x');
    await officeWithData(app());
    await expect(
      createBackup(app().handle, {
        folder: join(root, 'plik'),
        keys,
        now: new Date('2026-11-23T17:30:00Z'),
        schemaVersion: 5,
      }),
    ).rejects.toThrow(BackupError);
  });

  it('lists the copies newest first with what they hold, and keeps 7 + 4 + 12 of them', async () => {
    await officeWithData(app());
    for (let day = 1; day <= 12; day += 1)
      await backup(app(), `2026-11-${String(day).padStart(2, '0')}T16:00:00.000Z`);
    writeFileSync(join(folder, 'obcy.akb'), 'nie kopia');
    const listed = listBackups(folder);
    expect(listed[0]).toMatchObject({ createdAt: '2026-11-12T16:00:00.000Z', readable: true });
    expect(listed.find((c) => c.file === 'obcy.akb')).toMatchObject({ readable: false });
    expect(readBackupHeader(join(folder, listed[0]!.file)).counts.participants).toBe(1);

    const removed = pruneBackups(folder);
    // 12 daily copies: the last 7 days (6–12 November) stay, and Sunday 1 November as the
    // newest of its week; 2–5 November go (their week's newest is the 8th).
    expect(removed.sort()).toEqual([
      'aktywator-2026-11-02-160000.akb',
      'aktywator-2026-11-03-160000.akb',
      'aktywator-2026-11-04-160000.akb',
      'aktywator-2026-11-05-160000.akb',
    ]);
    expect(readdirSync(folder)).toContain('obcy.akb');
  });
});

describe('recovering a database file from a copy, with no working database', () => {
  const recover = (copy: string, dbPath: string, password = PASSWORD) =>
    recoverDatabaseFile({
      copy,
      password,
      dbPath,
      migrationsFolder: resolve('drizzle'),
      now: new Date('2026-11-24T08:00:00.000Z'),
    });

  it('restores on a new computer with only the copy and the password', async () => {
    await officeWithData(app());
    const copy = join(folder, (await backup(app())).file);
    const newComputer = mkdtempSync(join(root, 'nowy-komputer-'));
    const dbPath = join(newComputer, 'aktywator.sqlite');
    const { header, setAside } = recover(copy, dbPath);
    expect(header.counts).toEqual({ participants: 1, contracts: 1, documents: 1 });
    expect(setAside).toBeNull();
    // Nothing left behind but the database (no half-written or temporary file).
    expect(readdirSync(newComputer)).toEqual(['aktywator.sqlite']);
    const restored = new Database(dbPath, { readonly: true });
    expect(checksums(restored)).toEqual(checksums(app().handle.sqlite));
    restored.close();
  });

  it('keeps a damaged file beside, byte for byte, and puts the copy in its place', async () => {
    await officeWithData(app());
    const copy = join(folder, (await backup(app())).file);
    const office = mkdtempSync(join(root, 'biuro-'));
    const dbPath = join(office, 'aktywator.sqlite');
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xab)]);
    writeFileSync(dbPath, damaged);
    const { setAside } = recover(copy, dbPath);
    expect(setAside).toBe(
      join(office, 'aktywator-przed-przywroceniem-2026-11-24T08-00-00-000Z.sqlite'),
    );
    expect(readFileSync(setAside!)).toEqual(damaged);
    const restored = new Database(dbPath, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
  });

  it('refuses a wrong password in Polish and leaves the damaged file where it was', async () => {
    await officeWithData(app());
    const copy = join(folder, (await backup(app())).file);
    const office = mkdtempSync(join(root, 'biuro-'));
    const dbPath = join(office, 'aktywator.sqlite');
    writeFileSync(dbPath, 'uszkodzony');
    expect(() => recover(copy, dbPath, 'nie to hasło')).toThrow(
      'Nieprawidłowe hasło kopii zapasowych.',
    );
    expect(readFileSync(dbPath, 'utf8')).toBe('uszkodzony');
    expect(readdirSync(office)).toEqual(['aktywator.sqlite']);
  });
});
