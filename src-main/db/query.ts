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
const CACHED_STATEMENTS = 200;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * SQLite compiles each statement before running it — for the participant search's queries
 * longer than running them. A raw query is compiled once per connection and text and kept
 * (the oldest of more than 200 is dropped); only the bound values change between calls.
 */
function statementFor(tx: Tx, text: string): Database.Statement {
  const connection = tx.$client;
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  const kept = cache.get(text);
  // Most recently used last, so the first key is the one to drop.
  if (kept) cache.delete(text);
  else if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
  const statement = kept ?? connection.prepare(text);
  cache.set(text, statement);
  return statement;
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
export async function rawRun(tx: Tx, query: SQL): Promise<void> {
  tx.run(query);
}
