import type { Db } from './open';

type Work<T> = Parameters<Db['transaction']>[0] extends (tx: infer Tx) => unknown
  ? (tx: Tx) => T
  : never;

/**
 * The one way the core writes: a transaction that takes the write lock at its start
 * (BEGIN IMMEDIATE). A deferred transaction reads first and asks for the lock only at its
 * first write; if another window or the web host committed in between, SQLite cannot wait
 * for it (SQLITE_BUSY_SNAPSHOT) and the save fails. Taking the lock first, a second writer
 * simply waits its turn (the connection's busy timeout). Called inside another transaction,
 * it becomes a savepoint of that one.
 */
export function writeTransaction<T>(db: Db, work: Work<T>): T {
  return db.transaction(work as never, { behavior: 'immediate' }) as T;
}
