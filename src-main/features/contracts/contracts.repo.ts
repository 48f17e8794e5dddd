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
import { first } from '../../db/query';
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
import type { Tx } from '../../db/unit-of-work';

export type ContractRowDb = typeof socialContracts.$inferSelect;
export type ContractInsert = typeof socialContracts.$inferInsert;

const participantName = sql<string>`${participants.firstName} || ' ' || ${participants.lastName}`;
const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

export function findContractRow(tx: Tx, id: number) {
  return first(
    tx
      .select({
        c: socialContracts,
        participantName,
        projectTitle: projects.title,
        projectIsEfs: projects.isEfs,
      })
      .from(socialContracts)
      .innerJoin(participants, eq(participants.id, socialContracts.participantId))
      .leftJoin(projects, eq(projects.id, socialContracts.projectId))
      .where(eq(socialContracts.id, id)),
  );
}

export async function insertContract(tx: Tx, values: Omit<ContractInsert, 'id'>): Promise<number> {
  const [row] = await tx
    .insert(socialContracts)
    .values(values)
    .returning({ id: socialContracts.id });
  return row!.id;
}

export async function updateContractRow(
  tx: Tx,
  id: number,
  values: Partial<ContractInsert>,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(socialContracts)
    .set({ ...values, updatedAt })
    .where(eq(socialContracts.id, id));
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
function queryMatch(tx: Tx, query: string): SQL | undefined {
  const personIds = (where: SQL | undefined) =>
    inArray(
      socialContracts.participantId,
      tx
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
        tx
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
export async function listContractRows(
  tx: Tx,
  f: ContractFilter,
  today: string,
  soonUntil: string,
) {
  const signed = eq(socialContracts.status, 'signed');
  const where: SQL | undefined = and(
    f.query ? queryMatch(tx, f.query) : undefined,
    f.status ? eq(socialContracts.status, f.status) : undefined,
    f.socialWorkerId ? eq(socialContracts.socialWorkerId, f.socialWorkerId) : undefined,
    f.projectId ? eq(socialContracts.projectId, f.projectId) : undefined,
    f.participantId ? eq(socialContracts.participantId, f.participantId) : undefined,
    f.reachableBy
      ? inArray(
          socialContracts.participantId,
          tx
            .select({ id: participants.id })
            .from(participants)
            .where(reachableBy(tx, f.reachableBy)),
        )
      : undefined,
    f.endingSoon
      ? and(signed, gte(socialContracts.periodTo, today), lte(socialContracts.periodTo, soonUntil))
      : undefined,
    f.evaluationDue ? and(signed, lte(socialContracts.nextEvaluationOn, today)) : undefined,
  );
  const rows = await tx
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
    .offset((f.page - 1) * f.pageSize);
  const counted = await first(
    tx
      .select({ n: sql<number>`count(*)` })
      .from(socialContracts)
      .where(where),
  );
  return { rows, total: counted?.n ?? 0 };
}

export function evaluationsOf(tx: Tx, contractId: number) {
  return tx
    .select()
    .from(contractEvaluations)
    .where(eq(contractEvaluations.contractId, contractId))
    .orderBy(asc(contractEvaluations.date), asc(contractEvaluations.id));
}

export async function insertEvaluation(
  tx: Tx,
  values: typeof contractEvaluations.$inferInsert,
): Promise<number> {
  const [row] = await tx
    .insert(contractEvaluations)
    .values(values)
    .returning({ id: contractEvaluations.id });
  return row!.id;
}

export function amendmentsOf(tx: Tx, contractId: number) {
  return tx
    .select()
    .from(contractAmendments)
    .where(eq(contractAmendments.contractId, contractId))
    .orderBy(asc(contractAmendments.seq));
}

export async function insertAmendment(
  tx: Tx,
  values: typeof contractAmendments.$inferInsert,
): Promise<number> {
  const [row] = await tx
    .insert(contractAmendments)
    .values(values)
    .returning({ id: contractAmendments.id });
  return row!.id;
}

/** The contract as it stands: the original content with the last amendment's content over it. */
export async function currentContent(tx: Tx, row: ContractRowDb): Promise<ContractContent> {
  const last = (await amendmentsOf(tx, row.id)).at(-1);
  const stored = (last?.content ?? row.content) as ContractContent;
  // Contents stored before a field existed read as if it had been left empty.
  return { ...stored, labourOfficeReferral: stored.labourOfficeReferral ?? null };
}
