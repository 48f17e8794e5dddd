import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { ContractContent } from '../../contract/social-contracts';
import type { Db } from '../../db/open';
import {
  contractAmendments,
  contractEvaluations,
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
  status?: string;
  socialWorkerId?: number;
  projectId?: number;
  participantId?: number;
  endingSoon?: boolean;
  evaluationDue?: boolean;
  page: number;
  pageSize: number;
}

/** Ending soon and evaluation due compare ISO dates as text: the same in every SQL dialect. */
export function listContractRows(db: Db, f: ContractFilter, today: string, soonUntil: string) {
  const signed = eq(socialContracts.status, 'signed');
  const where: SQL | undefined = and(
    f.status ? eq(socialContracts.status, f.status) : undefined,
    f.socialWorkerId ? eq(socialContracts.socialWorkerId, f.socialWorkerId) : undefined,
    f.projectId ? eq(socialContracts.projectId, f.projectId) : undefined,
    f.participantId ? eq(socialContracts.participantId, f.participantId) : undefined,
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
  return (last?.content ?? row.content) as ContractContent;
}
