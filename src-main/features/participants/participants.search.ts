import {
  and,
  asc,
  desc,
  eq,
  exists,
  gte,
  lt,
  or,
  inArray,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { ParticipantRow, ParticipantSearchInput } from '../../contract/participants';
import type { Sex } from '../../domain/pesel';
import { searchTokens } from '../../domain/text';
import type { Db } from '../../db/open';
import {
  enrolments,
  participantExclusionReasons,
  participantSearchTokens,
  participants,
  staff,
} from '../../db/schema';

export type SearchCriteria = Omit<
  Required<ParticipantSearchInput>,
  'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'
> &
  Pick<ParticipantSearchInput, 'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'>;

const p = sql.placeholder;
/** More words than this add nothing a clerk would type, and each count is a cached statement. */
const MAX_TOKENS = 6;
const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

/** `column` starts with the placeholder's text: a range, so that the column's index is used. */
function startsWith(column: AnyColumn, name: string): SQL {
  return and(gte(column, p(name)), lt(column, p(`${name}_end`)))!;
}

/** Words of the query, each a prefix of a word of the names, locality or document (at most 6). */
function tokensOf(query: string): string[] {
  return searchTokens(query).slice(0, MAX_TOKENS);
}

const isDigits = (token: string) => /^\d+$/.test(token);

function whereClause(db: Db, s: SearchCriteria, tokens: string[]): SQL | undefined {
  const conditions: (SQL | undefined)[] = tokens.map((token, i) => {
    const byWord = inArray(
      participants.id,
      db
        .select({ id: participantSearchTokens.participantId })
        .from(participantSearchTokens)
        .where(startsWith(participantSearchTokens.token, `t${i}`)),
    );
    // Digits are a PESEL prefix, or the digits of a document number.
    return isDigits(token) ? or(startsWith(participants.pesel, `t${i}`), byWord) : byWord;
  });
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
  return and(...conditions);
}

const ORDER: Record<SearchCriteria['sort'], AnyColumn[]> = {
  lastName: [participants.sortKey],
  firstName: [participants.firstNameSortKey, participants.sortKey],
  birthDate: [participants.birthDate],
  locality: [participants.localitySortKey, participants.sortKey],
  createdAt: [participants.createdAt],
};

function prepareSearch(db: Db, s: SearchCriteria, tokens: string[]) {
  const where = whereClause(db, s, tokens);
  const direction = s.dir === 'desc' ? desc : asc;
  const rows = db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      pesel: participants.pesel,
      documentNumber: participants.documentNumber,
      sex: participants.sex,
      birthDate: participants.birthDate,
      locality: participants.locality,
      socialWorkerName: workerName,
    })
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
  return { rows, total };
}

/**
 * Prepared statements per query shape (which filters, how many tokens of which kind, the
 * order): building SQL costs more than running it on a warm index, so each shape is built once.
 */
const cache = new WeakMap<Db, Map<string, ReturnType<typeof prepareSearch>>>();

function shapeOf(s: SearchCriteria, tokens: string[]): string {
  const filters = [s.projectId, s.status, s.socialWorkerId, s.exclusionReason].map((f) =>
    f === undefined ? 0 : 1,
  );
  return `${tokens.map((t) => (isDigits(t) ? 'd' : 'w')).join('')}|${filters.join('')}|${s.sort}|${s.dir}`;
}

export function searchParticipants(
  db: Db,
  s: SearchCriteria,
): { rows: ParticipantRow[]; total: number } {
  const tokens = tokensOf(s.query);
  const statements = cache.get(db) ?? new Map<string, ReturnType<typeof prepareSearch>>();
  cache.set(db, statements);
  const shape = shapeOf(s, tokens);
  let prepared = statements.get(shape);
  if (!prepared) {
    prepared = prepareSearch(db, s, tokens);
    statements.set(shape, prepared);
  }
  const values: Record<string, unknown> = {
    projectId: s.projectId,
    status: s.status,
    socialWorkerId: s.socialWorkerId,
    exclusionReason: s.exclusionReason,
    limit: s.pageSize,
    offset: (s.page - 1) * s.pageSize,
  };
  tokens.forEach((token, i) => {
    values[`t${i}`] = token;
    values[`t${i}_end`] = `${token}\uffff`;
  });
  const rows = prepared.rows.all(values);
  const total = prepared.total.get(values)?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, sex: r.sex as Sex })), total };
}
