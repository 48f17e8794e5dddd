import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src-main/db/open';
import { rawRows } from '../../src-main/db/query';
import { staff } from '../../src-main/db/schema';
import { reuseStatements } from '../../src-main/db/statements';

let handle: DatabaseHandle | undefined;
afterEach(() => {
  handle?.close();
  handle = undefined;
  vi.restoreAllMocks();
});

/** A migrated in-memory database whose compilations of `text` are counted. */
function counted() {
  const compile = vi.spyOn(Database.prototype, 'prepare');
  handle = openDatabase(':memory:', 'drizzle');
  const db = handle.db;
  return { db, compiled: (text: string) => compile.mock.calls.filter(([s]) => s === text).length };
}

const person = { firstName: 'Anna', lastName: 'Nowak', role: 'socialWorker' } as const;

describe('statements are compiled once per connection and text (issue 13)', () => {
  it('the same builder query run many times is compiled once', async () => {
    const { db, compiled } = counted();
    const query = () => db.select({ id: staff.id }).from(staff).where(eq(staff.id, 1));
    for (let i = 0; i < 50; i++) await query();
    for (let i = 0; i < 50; i++) await db.insert(staff).values(person);
    expect(compiled(query().toSQL().sql)).toBe(1);
    expect(compiled(db.insert(staff).values(person).toSQL().sql)).toBe(1);
    expect(await db.$count(staff)).toBe(50);
  });

  it('a statement left in raw mode by the builders answers objects to the next caller', async () => {
    const { db, compiled } = counted();
    await db.insert(staff).values(person);
    const query = db.select({ id: staff.id, lastName: staff.lastName }).from(staff);
    // Drizzle reads a select with fields as arrays (`stmt.raw()`), and the mode stays on it.
    expect(await query).toEqual([{ id: 1, lastName: 'Nowak' }]);
    const same = query.toSQL();
    expect(await rawRows(db, same)).toEqual([{ id: 1, last_name: 'Nowak' }]);
    expect(handle!.sqlite.prepare(same.sql).get()).toEqual({ id: 1, last_name: 'Nowak' });
    // …and plucked once, the next caller still gets whole rows.
    expect(handle!.sqlite.prepare(same.sql).pluck().get()).toBe(1);
    expect(await rawRows(db, sql`select "id", "last_name" from "staff"`)).toEqual([
      { id: 1, last_name: 'Nowak' },
    ]);
    expect(compiled(same.sql)).toBe(1);
  });

  it('a statement still iterating is not handed out: the caller gets its own', () => {
    const connection = new Database(':memory:');
    try {
      reuseStatements(connection);
      connection.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)');
      const text = 'SELECT n FROM t ORDER BY n';
      const seen: number[] = [];
      for (const row of connection.prepare(text).iterate() as Iterable<{ n: number }>)
        seen.push(row.n, (connection.prepare(text).all() as unknown[]).length);
      expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
      expect(connection.prepare(text).all()).toHaveLength(3);
    } finally {
      connection.close();
    }
  });

  it('keeps at most `capacity` statements, dropping the least recently used', () => {
    const connection = new Database(':memory:');
    const compile = vi.spyOn(Database.prototype, 'prepare');
    try {
      reuseStatements(connection, 2);
      for (const n of [1, 2, 1, 3, 1, 2]) connection.prepare(`SELECT ${n}`);
      // 1, 2 compiled; 1 reused; 3 drops 2; 1 reused; 2 compiled again.
      expect(compile.mock.calls.map(([s]) => s)).toEqual([
        'SELECT 1',
        'SELECT 2',
        'SELECT 3',
        'SELECT 2',
      ]);
    } finally {
      connection.close();
    }
  });
});
