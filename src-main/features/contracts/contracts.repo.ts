import { reachableBy } from '../accounts/participant-scope';
import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  like,
  lt,
  lte,
  or,
  sql,
  type AnyColumn,
  type SQL,
} from 'drizzle-orm';
import type { ContractContent } from '../../contract/social-contracts';
import type { Db } from '../../db/open';
import { searchTokens } from '../../domain/text';
import {
  contractAmendments,
  contractEvaluations,
  participantSearchTokens,
  participants,
  projects,
  socialContracts,
  staff,
} from '../../db/schema';

export type ContractRowDb = typeof socialContracts.$inferSelect;
export type ContractInsert = typeof socialContracts.$inferInsert;

const participantName = sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`;
const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

export function findContractRow(db: Db, id: number) {
  return db
    .select({
      c: socialContracts,
      participantName,
      projectTitle: projects.title,
      projectIsEfs: projects.isEfs,
    })
    .from(socialContracts)
    .innerJoin(participants, eq(participants.id, socialContracts.participantId))
    .leftJoin(projects, eq(projects.id, socialContracts.projectId))
    .where(eq(socialContracts.id, id))
    .get();
}

export function insertContract(db: Db, values: Omit<ContractInsert, 'id'>): number {
  return db.insert(socialContracts).values(values).returning({ id: socialContracts.id }).get().id;
}

export function updateContractRow(db: Db, id: number, values: Partial<ContractInsert>): void {
  db.update(socialContracts)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(socialContracts.id, id))
    .run();
}

export interface ContractFilter {
  query?: string;
  status?: string;
  socialWorkerId?: number;
  projectId?: number;
  participantId?: number;
  /** Only the people this narrowed social worker may reach (accounts/participant-scope.ts). */
  reachableBy?: number;
  endingSoon?: boolean;
  evaluationDue?: boolean;
  page: number;
  pageSize: number;
}

/** `column` starts with `prefix`: a range, so that the column's index is used. */
const startsWith = (column: AnyColumn, prefix: string) =>
  and(gte(column, prefix), lt(column, `${prefix}\uffff`));

/** Words of a query beyond these add nothing a clerk would type (as in the participant search). */
const MAX_QUERY_WORDS = 6;

/**
 * A contract matches a query by its number (any part of it), or by its person: every word
 * the prefix of a word of their names (the participant search's words, so "lapinska" finds
 * Łapińska) or, for digits, of their PESEL.
 */
function queryMatch(db: Db, query: string): SQL | undefined {
  const personIds = (where: SQL | undefined) =>
    inArray(
      socialContracts.participantId,
      db
        .select({ id: participantSearchTokens.participantId })
        .from(participantSearchTokens)
        .where(where),
    );
  const byWords = searchTokens(query)
    .slice(0, MAX_QUERY_WORDS)
    .map((token) => {
      const byWord = personIds(startsWith(participantSearchTokens.token, token));
      if (!/^\d+$/.test(token)) return byWord;
      const byPesel = inArray(
        socialContracts.participantId,
        db
          .select({ id: participants.id })
          .from(participants)
          .where(startsWith(participants.pesel, token)),
      );
      return or(byWord, byPesel);
    });
  // Numbers are upper-case (KS/2026/0007); % and _ never occur in them.
  const numberPart = query.toUpperCase().replace(/[%_\\]/g, '');
  return or(
    numberPart ? like(socialContracts.number, `%${numberPart}%`) : undefined,
    byWords.length ? and(...byWords) : undefined,
  );
}

/** Ending soon and evaluation due compare ISO dates as text: the same in every SQL dialect. */
export function listContractRows(db: Db, f: ContractFilter, today: string, soonUntil: string) {
  const signed = eq(socialContracts.status, 'signed');
  const where: SQL | undefined = and(
    f.query ? queryMatch(db, f.query) : undefined,
    f.status ? eq(socialContracts.status, f.status) : undefined,
    f.socialWorkerId ? eq(socialContracts.socialWorkerId, f.socialWorkerId) : undefined,
    f.projectId ? eq(socialContracts.projectId, f.projectId) : undefined,
    f.participantId ? eq(socialContracts.participantId, f.participantId) : undefined,
    f.reachableBy
      ? inArray(
          socialContracts.participantId,
          db
            .select({ id: participants.id })
            .from(participants)
            .where(reachableBy(db, f.reachableBy)),
        )
      : undefined,
    f.endingSoon
      ? and(signed, gte(socialContracts.periodTo, today), lte(socialContracts.periodTo, soonUntil))
      : undefined,
    f.evaluationDue ? and(signed, lte(socialContracts.nextEvaluationOn, today)) : undefined,
  );
  const rows = db
    .select({
      c: socialContracts,
      participantName,
      projectTitle: projects.title,
      socialWorkerName: workerName,
    })
    .from(socialContracts)
    .innerJoin(participants, eq(participants.id, socialContracts.participantId))
    .leftJoin(projects, eq(projects.id, socialContracts.projectId))
    .leftJoin(staff, eq(staff.id, socialContracts.socialWorkerId))
    .where(where)
    .orderBy(desc(socialContracts.updatedAt), desc(socialContracts.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(socialContracts)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

export function evaluationsOf(db: Db, contractId: number) {
  return db
    .select()
    .from(contractEvaluations)
    .where(eq(contractEvaluations.contractId, contractId))
    .orderBy(asc(contractEvaluations.date), asc(contractEvaluations.id))
    .all();
}

export function insertEvaluation(db: Db, values: typeof contractEvaluations.$inferInsert): number {
  return db
    .insert(contractEvaluations)
    .values(values)
    .returning({ id: contractEvaluations.id })
    .get().id;
}

export function amendmentsOf(db: Db, contractId: number) {
  return db
    .select()
    .from(contractAmendments)
    .where(eq(contractAmendments.contractId, contractId))
    .orderBy(asc(contractAmendments.seq))
    .all();
}

export function insertAmendment(db: Db, values: typeof contractAmendments.$inferInsert): number {
  return db.insert(contractAmendments).values(values).returning({ id: contractAmendments.id }).get()
    .id;
}

/** The contract as it stands: the original content with the last amendment's content over it. */
export function currentContent(db: Db, row: ContractRowDb): ContractContent {
  const last = amendmentsOf(db, row.id).at(-1);
  const stored = (last?.content ?? row.content) as ContractContent;
  // Contents stored before a field existed read as if it had been left empty.
  return { ...stored, labourOfficeReferral: stored.labourOfficeReferral ?? null };
}
