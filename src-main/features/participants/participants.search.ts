import { and, asc, desc, eq, exists, gte, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParticipantRow, ParticipantSearchInput } from '../../contract/participants';
import type { Sex } from '../../domain/pesel';
import { searchTokens } from '../../domain/text';
import type { Db } from '../../db/open';
import {
  enrolments,
  participantExclusionReasons,
  participantSearchSuffixes,
  participants,
  staff,
} from '../../db/schema';
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
/** More words than this add nothing a clerk would type, and each count is a cached statement. */
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
function tokenMatches(db: Db, i: number, kind: TokenKind) {
  const rows = alias(suffixes, `s${i}`);
  const tier = kind === 'anywhere' ? insideOnly(rows, i) : sql<number>`0`;
  const byWord = db
    .select({ id: rows.participantId, sortKey: rows.sortKey, tier: tier.as('tier') })
    .from(rows)
    .where(firstOfRun(rows, i, kind));
  if (kind !== 'digits') return byWord;
  const byPesel = db
    .select({ id: participants.id, sortKey: participants.sortKey, tier: sql<number>`0`.as('tier') })
    .from(participants)
    .where(startsWith(participants.pesel, `t${i}`));
  // UNION, not UNION ALL: a PESEL and a document's digits that both start so are one match.
  const either = byWord.union(byPesel).as(`u${i}`);
  return db.select({ id: either.id, sortKey: either.sortKey, tier: either.tier }).from(either);
}

/**
 * The people every token matches, one row each: (id, surname sort key, tier), tier 0 when
 * every token matches the start of a word, 1 when some only inside one. Each token gives one
 * row per person (its first-of-run row), so several tokens are combined by counting a
 * person's rows — one pass that SQLite sorts, cheaper than looking each person up per token.
 */
function candidates(db: Db, kinds: TokenKind[]) {
  const [first, ...rest] = kinds.map((kind, i) => tokenMatches(db, i, kind));
  if (rest.length === 0) return first!.as('found');
  let union = first!.unionAll(rest[0]!).$dynamic();
  for (const next of rest.slice(1)) union = union.unionAll(next);
  const matches = union.as('matches');
  return db
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
function filterConditions(db: Db, s: SearchCriteria): SQL[] {
  const conditions: SQL[] = [];
  if (s.projectId !== undefined || s.status !== undefined) {
    const enrolmentMatch = and(
      eq(enrolments.participantId, participants.id),
      s.projectId !== undefined ? eq(enrolments.projectId, p('projectId')) : undefined,
      s.status !== undefined ? eq(enrolments.status, p('status')) : undefined,
    );
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(enrolments)
          .where(enrolmentMatch),
      ),
    );
  }
  if (s.socialWorkerId !== undefined)
    conditions.push(eq(participants.socialWorkerId, p('socialWorkerId')));
  if (s.reachableBy !== undefined) conditions.push(reachableBy(db, p('reachableBy')));
  if (s.exclusionReason !== undefined) {
    const reasonMatch = and(
      eq(participantExclusionReasons.participantId, participants.id),
      eq(participantExclusionReasons.reason, p('exclusionReason')),
    );
    conditions.push(
      exists(
        db
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

const rowColumns = {
  id: participants.id,
  firstName: participants.firstName,
  lastName: participants.lastName,
  pesel: participants.pesel,
  documentNumber: participants.documentNumber,
  sex: participants.sex,
  birthDate: participants.birthDate,
  locality: participants.locality,
  socialWorkerName: workerName,
};

/** The statements for one shape; `rows` also carries the total when `countedInRows`. */
interface Prepared {
  rows: { all(values: Record<string, unknown>): (ParticipantRowDb & { total: number })[] };
  total: { get(values: Record<string, unknown>): { n: number } | undefined };
  countedInRows: boolean;
}
type ParticipantRowDb = Omit<ParticipantRow, 'sex'> & { sex: string };

const noTotal = sql<number>`-1`;
/** All the rows before LIMIT, on every row: one pass where a separate count would be a second. */
const totalOver = sql<number>`count(*) over ()`;

/** Without a text query: the register filtered and sorted, as it always was. */
function prepareBrowse(db: Db, s: SearchCriteria): Prepared {
  const where = and(...filterConditions(db, s));
  const direction = s.dir === 'desc' ? desc : asc;
  const rows = db
    .select({ ...rowColumns, total: noTotal })
    .from(participants)
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(where)
    .orderBy(...ORDER[s.sort].map((c) => direction(c)), direction(participants.id))
    .limit(p('limit'))
    .offset(p('offset'))
    .prepare();
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(participants)
    .where(where)
    .prepare();
  return { rows, total, countedInRows: false };
}

/**
 * With a text query: word-start matches first, then inside-word ones, each in the chosen
 * order. In surname order without other filters the page is chosen from the index rows
 * (which carry the sort key) before any person's row is read. One word is counted apart
 * (straight from the index); several words, or other filters, are counted with the rows.
 */
function prepareSearch(db: Db, s: SearchCriteria, kinds: TokenKind[]): Prepared {
  const found = candidates(db, kinds);
  const filters = filterConditions(db, s);
  const direction = s.dir === 'desc' ? desc : asc;
  const countedInRows = kinds.length > 1 || filters.length > 0;
  const counted = countedInRows ? totalOver : noTotal;
  if (filters.length === 0 && s.sort === 'lastName') {
    const page = db
      .select({
        id: found.id,
        sortKey: found.sortKey,
        tier: found.tier,
        total: counted.as('found_total'),
      })
      .from(found)
      .orderBy(asc(found.tier), direction(found.sortKey), direction(found.id))
      .limit(p('limit'))
      .offset(p('offset'))
      .as('page');
    const rows = db
      .select({ ...rowColumns, total: page.total })
      .from(page)
      .innerJoin(participants, eq(participants.id, page.id))
      .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
      .orderBy(asc(page.tier), direction(page.sortKey), direction(page.id))
      .prepare();
    const total = db
      .select({ n: sql<number>`count(*)` })
      .from(found)
      .prepare();
    return { rows, total, countedInRows };
  }
  const where = and(...filters);
  const rows = db
    .select({ ...rowColumns, total: counted })
    .from(found)
    .innerJoin(participants, eq(participants.id, found.id))
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(where)
    .orderBy(asc(found.tier), ...ORDER[s.sort].map((c) => direction(c)), direction(participants.id))
    .limit(p('limit'))
    .offset(p('offset'))
    .prepare();
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(found)
    .innerJoin(participants, eq(participants.id, found.id))
    .where(where)
    .prepare();
  return { rows, total, countedInRows };
}

/**
 * Prepared statements per query shape (which filters, how many tokens of which kind, the
 * order): building SQL costs more than running it on a warm index, so each shape is built once.
 */
const cache = new WeakMap<Db, Map<string, Prepared>>();

export function searchParticipants(
  db: Db,
  s: SearchCriteria,
): { rows: ParticipantRow[]; total: number } {
  const tokens = searchTokens(s.query).slice(0, MAX_TOKENS);
  const kinds = tokens.map(kindOf);
  const filters = [s.projectId, s.status, s.socialWorkerId, s.exclusionReason, s.reachableBy].map(
    (f) => (f === undefined ? 0 : 1),
  );
  const shape = `${kinds.map((k) => k[0]).join('')}|${filters.join('')}|${s.sort}|${s.dir}`;
  const statements = cache.get(db) ?? new Map<string, Prepared>();
  cache.set(db, statements);
  let prepared = statements.get(shape);
  if (!prepared) {
    prepared = tokens.length ? prepareSearch(db, s, kinds) : prepareBrowse(db, s);
    statements.set(shape, prepared);
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
  const rows = prepared.rows.all(values);
  // A page past the end carries no total; the first page being empty means none found.
  const total =
    prepared.countedInRows && (rows.length > 0 || s.page === 1)
      ? (rows[0]?.total ?? 0)
      : (prepared.total.get(values)?.n ?? 0);
  return { rows: rows.map(({ total: _total, ...r }) => ({ ...r, sex: r.sex as Sex })), total };
}
