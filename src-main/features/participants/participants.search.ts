import {
  and,
  asc,
  desc,
  eq,
  exists,
  gte,
  inArray,
  is,
  lt,
  Placeholder,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParticipantRow, ParticipantSearchInput } from '../../contract/participants';
import type { Sex } from '../../domain/pesel';
import { searchTokens } from '../../domain/text';
import {
  enrolments,
  participantExclusionReasons,
  participantSearchSuffixes,
  participants,
  staff,
} from '../../db/schema';
import { rawRow, rawRows, type WrittenQuery } from '../../db/query';
import type { Tx } from '../../db/unit-of-work';
import { letterCount, MIN_INNER_LETTERS } from './participants.suffixes';
import { reachableBy } from '../accounts/participant-scope';

export type SearchCriteria = Omit<
  Required<ParticipantSearchInput>,
  'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'
> &
  Pick<ParticipantSearchInput, 'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'> & {
    /** Only the people this narrowed social worker may reach (accounts/participant-scope.ts). */
    reachableBy?: number;
  };

const p = sql.placeholder;
/** More words than this add nothing a clerk would type, and each count is a cached shape. */
const MAX_TOKENS = 6;
const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;
const suffixes = participantSearchSuffixes;

/**
 * How a word of the query matches: `digits` — the start of a PESEL or of a word (the
 * document's digits); `start` — the start of a word only (1–2 letters, or letters with
 * digits, as in a document number); `anywhere` — the start of a word or inside one.
 */
type TokenKind = 'digits' | 'start' | 'anywhere';

function kindOf(token: string): TokenKind {
  if (/^\d+$/.test(token)) return 'digits';
  return /\d/.test(token) || letterCount(token) < MIN_INNER_LETTERS ? 'start' : 'anywhere';
}

/** `column` starts with the placeholder's text: a range, so that the column's index is used. */
function startsWith(column: AnyColumn, name: string): SQL {
  return and(gte(column, p(name)), lt(column, p(`${name}_end`)))!;
}

/** The columns of `participant_search_suffixes` (or an alias of it) that a match reads. */
interface SuffixRows {
  suffix: AnyColumn;
  sharedWithPrevious: AnyColumn;
  sharedWithWord: AnyColumn;
}

/**
 * The one row per person where the run of their rows starting with token `i` begins (see
 * participants.suffixes.ts); for a `start`/`digits` token only if the run holds a word start.
 */
function firstOfRun(rows: SuffixRows, i: number, kind: TokenKind): SQL {
  return and(
    startsWith(rows.suffix, `t${i}`),
    lt(rows.sharedWithPrevious, p(`n${i}`)),
    kind === 'anywhere' ? undefined : gte(rows.sharedWithWord, p(`n${i}`)),
  )!;
}

/** 1 when the person has token `i` only inside a word, 0 when at the start of one. */
const insideOnly = (rows: SuffixRows, i: number): SQL =>
  sql`(${rows.sharedWithWord} < ${p(`n${i}`)})`;

/** One row per person token `i` matches: (id, surname sort key, tier). */
function tokenMatches(tx: Tx, i: number, kind: TokenKind) {
  const rows = alias(suffixes, `s${i}`);
  const tier = kind === 'anywhere' ? insideOnly(rows, i) : sql<number>`0`;
  const byWord = tx
    .select({ id: rows.participantId, sortKey: rows.sortKey, tier: tier.as('tier') })
    .from(rows)
    .where(firstOfRun(rows, i, kind));
  if (kind !== 'digits') return byWord;
  const byPesel = tx
    .select({ id: participants.id, sortKey: participants.sortKey, tier: sql<number>`0`.as('tier') })
    .from(participants)
    .where(startsWith(participants.pesel, `t${i}`));
  // UNION, not UNION ALL: a PESEL and a document's digits that both start so are one match.
  const either = byWord.union(byPesel).as(`u${i}`);
  return tx.select({ id: either.id, sortKey: either.sortKey, tier: either.tier }).from(either);
}

/**
 * The people every token matches, one row each: (id, surname sort key, tier), tier 0 when
 * every token matches the start of a word, 1 when some only inside one. Each token gives one
 * row per person (its first-of-run row), so several tokens are combined by counting a
 * person's rows — one pass that SQLite sorts, cheaper than looking each person up per token.
 */
function candidates(tx: Tx, kinds: TokenKind[]) {
  const [first, ...rest] = kinds.map((kind, i) => tokenMatches(tx, i, kind));
  if (rest.length === 0) return first!.as('found');
  let union = first!.unionAll(rest[0]!).$dynamic();
  for (const next of rest.slice(1)) union = union.unionAll(next);
  const matches = union.as('matches');
  return tx
    .select({
      id: matches.id,
      sortKey: sql<string>`min(${matches.sortKey})`.as('found_sort_key'),
      tier: sql<number>`max(${matches.tier})`.as('found_tier'),
    })
    .from(matches)
    .groupBy(matches.id)
    .having(sql`count(*) = ${kinds.length}`)
    .as('found');
}

/** The filters other than the text query, as conditions on `participants`. */
function filterConditions(tx: Tx, s: SearchCriteria): SQL[] {
  const conditions: SQL[] = [];
  if (s.projectId !== undefined || s.status !== undefined) {
    const enrolmentMatch = and(
      s.projectId !== undefined ? eq(enrolments.projectId, p('projectId')) : undefined,
      s.status !== undefined ? eq(enrolments.status, p('status')) : undefined,
    );
    // The project's people read off its enrolments (project, status index), not a check of
    // every person in the register: the count of a project's list stays the project's size.
    conditions.push(
      inArray(
        participants.id,
        tx.select({ id: enrolments.participantId }).from(enrolments).where(enrolmentMatch),
      ),
    );
  }
  if (s.socialWorkerId !== undefined)
    conditions.push(eq(participants.socialWorkerId, p('socialWorkerId')));
  if (s.reachableBy !== undefined) conditions.push(reachableBy(tx, p('reachableBy')));
  if (s.exclusionReason !== undefined) {
    const reasonMatch = and(
      eq(participantExclusionReasons.participantId, participants.id),
      eq(participantExclusionReasons.reason, p('exclusionReason')),
    );
    conditions.push(
      exists(
        tx
          .select({ one: sql`1` })
          .from(participantExclusionReasons)
          .where(reasonMatch),
      ),
    );
  }
  return conditions;
}

const ORDER: Record<SearchCriteria['sort'], AnyColumn[]> = {
  lastName: [participants.sortKey],
  firstName: [participants.firstNameSortKey, participants.sortKey],
  birthDate: [participants.birthDate],
  locality: [participants.localitySortKey, participants.sortKey],
  createdAt: [participants.createdAt],
};

/** Output columns named as `ParticipantRow` names them: the rows are read as raw SQL. */
const named = (value: AnyColumn | SQL | SQL.Aliased, name: string) => sql`${value}`.as(name);

const rowColumns = {
  id: named(participants.id, 'id'),
  firstName: named(participants.firstName, 'firstName'),
  lastName: named(participants.lastName, 'lastName'),
  pesel: named(participants.pesel, 'pesel'),
  documentNumber: named(participants.documentNumber, 'documentNumber'),
  sex: named(participants.sex, 'sex'),
  birthDate: named(participants.birthDate, 'birthDate'),
  locality: named(participants.locality, 'locality'),
  socialWorkerName: named(workerName, 'socialWorkerName'),
};
const counted = { n: sql<number>`count(*)`.as('n') };

type ParticipantRowDb = Omit<ParticipantRow, 'sex'> & { sex: string };

/**
 * One query as the builders wrote it once (`toSQL()`): writing it costs more than a search on
 * a warm index takes, so each shape is written once; its parameters are placeholders named
 * by the search's values, or constants of the shape.
 */
type Written = WrittenQuery;

function written(query: { toSQL(): WrittenQuery }): Written {
  return query.toSQL();
}

/** The query with this search's values in place of its placeholders. */
function bound(query: Written, values: Record<string, unknown>): WrittenQuery {
  return {
    sql: query.sql,
    params: query.params.map((param) => (is(param, Placeholder) ? values[param.name] : param)),
  };
}

/** The queries of one shape; `rows` also carries the total when `countedInRows`. */
interface Shape {
  rows: Written;
  total: Written;
  countedInRows: boolean;
}

const noTotal = sql<number>`-1`;
/** All the rows before LIMIT, on every row: one pass where a separate count would be a second. */
const totalOver = sql<number>`count(*) over ()`;

/** Without a text query: the register filtered and sorted, as it always was. */
function browse(tx: Tx, s: SearchCriteria): Shape {
  const where = and(...filterConditions(tx, s));
  const direction = s.dir === 'desc' ? desc : asc;
  const rows = tx
    .select({ ...rowColumns, total: noTotal.as('total') })
    .from(participants)
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(where)
    .orderBy(...ORDER[s.sort].map((c) => direction(c)), direction(participants.id))
    .limit(p('limit'))
    .offset(p('offset'));
  const total = tx.select(counted).from(participants).where(where);
  return { rows: written(rows), total: written(total), countedInRows: false };
}

/**
 * With a text query: word-start matches first, then inside-word ones, each in the chosen
 * order. In surname order without other filters the page is chosen from the index rows
 * (which carry the sort key) before any person's row is read. One word is counted apart
 * (straight from the index); several words, or other filters, are counted with the rows.
 */
function search(tx: Tx, s: SearchCriteria, kinds: TokenKind[]): Shape {
  const found = candidates(tx, kinds);
  const filters = filterConditions(tx, s);
  const direction = s.dir === 'desc' ? desc : asc;
  const countedInRows = kinds.length > 1 || filters.length > 0;
  const total = countedInRows ? totalOver : noTotal;
  if (filters.length === 0 && s.sort === 'lastName') {
    const page = tx
      .select({
        id: found.id,
        sortKey: found.sortKey,
        tier: found.tier,
        total: total.as('found_total'),
      })
      .from(found)
      .orderBy(asc(found.tier), direction(found.sortKey), direction(found.id))
      .limit(p('limit'))
      .offset(p('offset'))
      .as('page');
    const rows = tx
      .select({ ...rowColumns, total: named(page.total, 'total') })
      .from(page)
      .innerJoin(participants, eq(participants.id, page.id))
      .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
      .orderBy(asc(page.tier), direction(page.sortKey), direction(page.id));
    const count = tx.select(counted).from(found);
    return { rows: written(rows), total: written(count), countedInRows };
  }
  const where = and(...filters);
  const rows = tx
    .select({ ...rowColumns, total: total.as('total') })
    .from(found)
    .innerJoin(participants, eq(participants.id, found.id))
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(where)
    .orderBy(asc(found.tier), ...ORDER[s.sort].map((c) => direction(c)), direction(participants.id))
    .limit(p('limit'))
    .offset(p('offset'));
  const count = tx
    .select(counted)
    .from(found)
    .innerJoin(participants, eq(participants.id, found.id))
    .where(where);
  return { rows: written(rows), total: written(count), countedInRows };
}

/**
 * The queries per shape (which filters, how many tokens of which kind, the order), written
 * once: the text depends on the schema only, so every database shares it.
 */
const shapes = new Map<string, Shape>();

export async function searchParticipants(
  tx: Tx,
  s: SearchCriteria,
): Promise<{ rows: ParticipantRow[]; total: number }> {
  const tokens = searchTokens(s.query).slice(0, MAX_TOKENS);
  const kinds = tokens.map(kindOf);
  const filters = [s.projectId, s.status, s.socialWorkerId, s.exclusionReason, s.reachableBy].map(
    (f) => (f === undefined ? 0 : 1),
  );
  const key = `${kinds.map((k) => k[0]).join('')}|${filters.join('')}|${s.sort}|${s.dir}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = tokens.length ? search(tx, s, kinds) : browse(tx, s);
    shapes.set(key, shape);
  }
  const values: Record<string, unknown> = {
    projectId: s.projectId,
    status: s.status,
    socialWorkerId: s.socialWorkerId,
    reachableBy: s.reachableBy,
    exclusionReason: s.exclusionReason,
    limit: s.pageSize,
    offset: (s.page - 1) * s.pageSize,
  };
  tokens.forEach((token, i) => {
    values[`t${i}`] = token;
    values[`t${i}_end`] = `${token}\uffff`;
    values[`n${i}`] = letterCount(token);
  });
  const rows = await rawRows<ParticipantRowDb & { total: number }>(tx, bound(shape.rows, values));
  // A page past the end carries no total; the first page being empty means none found. A
  // page that is not full is the last one: the rows before it and its own are all there are.
  const reached = rows.length > 0 || s.page === 1;
  const total =
    shape.countedInRows && reached
      ? (rows[0]?.total ?? 0)
      : reached && rows.length < s.pageSize
        ? (s.page - 1) * s.pageSize + rows.length
        : ((await rawRow<{ n: number }>(tx, bound(shape.total, values)))?.n ?? 0);
  return { rows: rows.map(({ total: _total, ...r }) => ({ ...r, sex: r.sex as Sex })), total };
}
