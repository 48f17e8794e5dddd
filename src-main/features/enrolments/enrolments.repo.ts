import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type {
  Enrolment,
  EligibilityResult,
  ExitSituation,
  MonitoringData,
  StatusChange,
} from '../../contract/enrolments';
import type { EnrolmentStatus } from '../../domain/enrolment-status';
import { first } from '../../db/query';
import { enrolmentStatusChanges, enrolments, projects } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

export type EnrolmentInsert = typeof enrolments.$inferInsert;

async function historyOf(tx: Tx, enrolmentIds: number[]): Promise<Map<number, StatusChange[]>> {
  const byEnrolment = new Map<number, StatusChange[]>();
  if (!enrolmentIds.length) return byEnrolment;
  const rows = await tx
    .select()
    .from(enrolmentStatusChanges)
    .where(inArray(enrolmentStatusChanges.enrolmentId, enrolmentIds))
    .orderBy(asc(enrolmentStatusChanges.id));
  for (const r of rows) {
    const list = byEnrolment.get(r.enrolmentId) ?? [];
    list.push({
      id: r.id,
      fromStatus: r.fromStatus as EnrolmentStatus | null,
      toStatus: r.toStatus as EnrolmentStatus,
      date: r.date,
      reason: r.reason,
      actorName: r.actorName,
      at: r.at,
    });
    byEnrolment.set(r.enrolmentId, list);
  }
  return byEnrolment;
}

async function selectEnrolments(tx: Tx, where: SQL): Promise<Enrolment[]> {
  const rows = await tx
    .select({ e: enrolments, projectTitle: projects.title })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .where(where)
    .orderBy(asc(enrolments.enrolledOn), asc(enrolments.id));
  const history = await historyOf(
    tx,
    rows.map((r) => r.e.id),
  );
  return rows.map(({ e, projectTitle }) => ({
    id: e.id,
    participantId: e.participantId,
    projectId: e.projectId,
    projectTitle,
    status: e.status as EnrolmentStatus,
    enrolledOn: e.enrolledOn,
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    monitoring: e.monitoring as MonitoringData | null,
    exitSituation: e.exitSituation as ExitSituation | null,
    longTermUnemployed: e.longTermUnemployed,
    consentDataProcessing: e.consentDataProcessing,
    consentDate: e.consentDate,
    eligibility: e.eligibility as EligibilityResult,
    history: history.get(e.id) ?? [],
  }));
}

export async function findEnrolment(tx: Tx, id: number): Promise<Enrolment | undefined> {
  return (await selectEnrolments(tx, eq(enrolments.id, id)))[0];
}

export function enrolmentsOfParticipant(tx: Tx, participantId: number): Promise<Enrolment[]> {
  return selectEnrolments(tx, eq(enrolments.participantId, participantId));
}

export function findEnrolmentOf(
  tx: Tx,
  participantId: number,
  projectId: number,
): Promise<{ id: number } | undefined> {
  return first(
    tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.participantId, participantId), eq(enrolments.projectId, projectId))),
  );
}

export async function insertEnrolment(
  tx: Tx,
  values: Omit<EnrolmentInsert, 'id'>,
): Promise<number> {
  const [row] = await tx.insert(enrolments).values(values).returning({ id: enrolments.id });
  return row!.id;
}

export async function updateEnrolmentRow(
  tx: Tx,
  id: number,
  values: Partial<EnrolmentInsert>,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(enrolments)
    .set({ ...values, updatedAt })
    .where(eq(enrolments.id, id));
}

export async function insertStatusChange(
  tx: Tx,
  change: typeof enrolmentStatusChanges.$inferInsert,
): Promise<void> {
  await tx.insert(enrolmentStatusChanges).values(change);
}
