import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import type { Db } from './open';
import { translateDbError } from './errors';

/**
 * What repositories receive: the query builder of the open unit of work. Repositories only
 * `await` its builders (never `.get()/.all()/.run()/.prepare()`, which are the synchronous
 * driver's), so the same code runs over an asynchronous driver (PostgreSQL) later.
 */
export type Tx = Db;

/**
 * The only way the core touches the database. Every request's work runs inside one unit:
 * `read` for a consistent snapshot, `write` for a transaction that takes the write lock at
 * its start. A call made inside an open unit joins it (a service calling another service
 * stays in one transaction); `write` inside `read` is a bug and throws.
 */
export interface UnitOfWork {
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

type Open = { kind: 'read' | 'write' };

/**
 * SQLite: one connection, so one unit at a time. Units queue in the order they were asked for
 * and each holds the connection across its awaits — another request can never read rows a
 * write has not committed, nor write into someone else's transaction. Writes begin with
 * `BEGIN IMMEDIATE`: a second window or the web host waits for the lock (the busy timeout)
 * instead of failing at its first write (SQLITE_BUSY_SNAPSHOT). Reads begin a deferred
 * transaction, so several queries of one answer see the same committed state.
 */
export function createUnitOfWork(db: Db, sqlite: Database.Database): UnitOfWork {
  const open = new AsyncLocalStorage<Open>();
  let tail: Promise<unknown> = Promise.resolve();

  function inTurn<T>(kind: Open['kind'], work: (tx: Tx) => Promise<T>): Promise<T> {
    const run = async () =>
      open.run({ kind }, async () => {
        try {
          sqlite.exec(kind === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN');
        } catch (error) {
          throw translateDbError(error);
        }
        try {
          const result = await work(db);
          sqlite.exec('COMMIT');
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw translateDbError(error);
        }
      });
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  }

  return {
    read(work) {
      return open.getStore() ? work(db) : inTurn('read', work);
    },
    write(work) {
      const current = open.getStore();
      if (current?.kind === 'write') return work(db);
      if (current) throw new Error('A write cannot start inside a read: begin with write()');
      return inTurn('write', work);
    },
  };
}
