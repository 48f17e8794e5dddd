import Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/errors';
import { translateDbError } from '../../src-main/db/errors';
import { instruments } from '../../src-main/db/schema';
import type { Tx } from '../../src-main/db/unit-of-work';
import { useTestApp } from '../support/test-app';

const app = useTestApp();

const count = () => app().count('instruments');
const add = (tx: Tx, name: string) => tx.insert(instruments).values({ group: 'social', name });

describe('the unit of work (db/unit-of-work.ts)', () => {
  it('never lets another request read rows a write has not committed', async () => {
    const before = count();
    let between!: () => void;
    const halfway = new Promise<void>((resolve) => (between = resolve));
    const writing = app().uow.write(async (tx) => {
      await add(tx, 'Pierwszy');
      between();
      // The write waits here with one row inserted; the read below is asked meanwhile.
      await sleep(30);
      await add(tx, 'Drugi');
    });
    await halfway;
    const seen = await app().uow.read(async (tx) => (await tx.select().from(instruments)).length);
    await writing;
    expect(seen).toBe(before + 2);
  });

  it('joins a write opened inside another: one transaction, rolled back whole', async () => {
    const before = count();
    const failing = app().uow.write(async (tx) => {
      await add(tx, 'Zewnętrzny');
      await app().uow.write(async (inner) => add(inner, 'Wewnętrzny'));
      throw new AppError('invalid_state', 'Odmowa');
    });
    await expect(failing).rejects.toThrow('Odmowa');
    expect(count()).toBe(before);
    // The queue goes on after a failed unit.
    await app().uow.write((tx) => add(tx, 'Po błędzie'));
    expect(count()).toBe(before + 1);
  });

  it('refuses a write begun inside a read', async () => {
    await expect(app().uow.read(async () => app().uow.write(async () => 'never'))).rejects.toThrow(
      /write cannot start inside a read/,
    );
  });

  it('says the database is busy, in Polish, when another program holds it too long', async () => {
    const other = new Database(app().file);
    app().handle.sqlite.pragma('busy_timeout = 50');
    try {
      other.exec('BEGIN IMMEDIATE');
      const refused = app().uow.write((tx) => add(tx, 'Czeka'));
      await expect(refused).rejects.toMatchObject({
        code: 'busy',
        message: 'Baza jest zajęta, spróbuj ponownie',
      });
      other.exec('ROLLBACK');
      await app().uow.write((tx) => add(tx, 'Już można'));
    } finally {
      other.close();
      app().handle.sqlite.pragma('busy_timeout = 10000');
    }
  });

  it('translates a missing referenced record and a duplicate into not_found and conflict', () => {
    const sqlite = app().handle.sqlite;
    let thrown: unknown;
    try {
      sqlite.prepare('INSERT INTO project_staff (project_id, staff_id) VALUES (999, 999)').run();
    } catch (e) {
      thrown = e;
    }
    expect(translateDbError(thrown)).toMatchObject({ code: 'not_found' });
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('próba', '1')").run();
    try {
      sqlite.prepare("INSERT INTO settings (key, value) VALUES ('próba', '2')").run();
    } catch (e) {
      thrown = e;
    }
    expect(translateDbError(thrown)).toMatchObject({ code: 'conflict' });
  });
});
