import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Tx } from './unit-of-work';

/*
 * The few shapes of query the builders do not express, kept here so that repositories never
 * call the synchronous driver themselves (a PostgreSQL dialect would answer them with
 * `tx.execute`). Each returns a promise, as every repository function does.
 */

/** The first row of a builder's answer (`.get()` of the synchronous driver). */
export async function first<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

const dialect = new SQLiteSyncDialect();

/**
 * SQLite compiles each statement before running it — for the participant search's queries
 * longer than running them. The connection keeps one compiled statement per text
 * (db/statements.ts); only the bound values change between calls.
 */
function statementFor(tx: Tx, text: string): Database.Statement {
  return tx.$client.prepare(text);
}

/**
 * A query written once (by the builders' `toSQL()`) and run many times with other values:
 * the text in the dialect's form with its parameters in order.
 */
export interface WrittenQuery {
  sql: string;
  params: unknown[];
}

/** Rows of a raw SQL query (window functions, FTS, recursive queries). */
export async function rawRows<T>(tx: Tx, query: SQL | WrittenQuery): Promise<T[]> {
  const { sql: text, params } = 'sql' in query ? query : dialect.sqlToQuery(query);
  return statementFor(tx, text).all(...params) as T[];
}

/** The first row of a raw SQL query. */
export async function rawRow<T>(tx: Tx, query: SQL | WrittenQuery): Promise<T | undefined> {
  const { sql: text, params } = 'sql' in query ? query : dialect.sqlToQuery(query);
  return statementFor(tx, text).get(...params) as T | undefined;
}

/** A raw SQL statement with no answer. */
export async function rawRun(tx: Tx, query: SQL | WrittenQuery): Promise<void> {
  if ('sql' in query) statementFor(tx, query.sql).run(...query.params);
  else tx.run(query);
}

/** What a builder's `prepare()` gives: its text written, run with values for its placeholders. */
interface Preparable<P> {
  prepare(): P;
}

const preparedPerConnection = new WeakMap<object, Map<string, unknown>>();

/**
 * A builder's query written once per connection and `name` (which must say everything that
 * changes its text: e.g. how many rows an insert has), run again with other values for its
 * `sql.placeholder`s: `await prepared(tx, name, build).execute(values)`. Writing the text is
 * what the builders spend most of a small write on (issue 13): in bulk work — the seed, an
 * import — each hot insert and look-up is written once instead of once per row. Values are
 * mapped to the driver's form by their columns as the builders map them (JSON columns too).
 */
export function prepared<P>(tx: Tx, name: string, build: (tx: Tx) => Preparable<P>): P {
  let kept = preparedPerConnection.get(tx.$client);
  if (!kept) preparedPerConnection.set(tx.$client, (kept = new Map()));
  let query = kept.get(name) as P | undefined;
  if (query === undefined) {
    query = build(tx).prepare();
    kept.set(name, query);
  }
  return query;
}
