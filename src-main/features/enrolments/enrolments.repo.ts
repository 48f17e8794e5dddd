import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type {
  Enrolment,
  EligibilityResult,
  ExitSituation,
  MonitoringData,
  StatusChange,
} from '../../contract/enrolments';
import type { EnrolmentStatus } from '../../domain/enrolment-status';
import type { Db } from '../../db/open';
import { enrolmentStatusChanges, enrolments, projects } from '../../db/schema';

export type EnrolmentInsert = typeof enrolments.$inferInsert;

function historyOf(db: Db, enrolmentIds: number[]): Map<number, StatusChange[]> {
  const byEnrolment = new Map<number, StatusChange[]>();
  if (!enrolmentIds.length) return byEnrolment;
  const rows = db
    .select()
    .from(enrolmentStatusChanges)
    .where(inArray(enrolmentStatusChanges.enrolmentId, enrolmentIds))
    .orderBy(asc(enrolmentStatusChanges.id))
    .all();
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

function selectEnrolments(db: Db, where: SQL): Enrolment[] {
  const rows = db
    .select({ e: enrolments, projectTitle: projects.title })
    .from(enrolments)
    .innerJoin(projects, eq(projects.id, enrolments.projectId))
    .where(where)
    .orderBy(asc(enrolments.enrolledOn), asc(enrolments.id))
    .all();
  const history = historyOf(
    db,
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

export function findEnrolment(db: Db, id: number): Enrolment | undefined {
  return selectEnrolments(db, eq(enrolments.id, id))[0];
}

export function enrolmentsOfParticipant(db: Db, participantId: number): Enrolment[] {
  return selectEnrolments(db, eq(enrolments.participantId, participantId));
}

export function findEnrolmentOf(
  db: Db,
  participantId: number,
  projectId: number,
): { id: number } | undefined {
  return db
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.participantId, participantId), eq(enrolments.projectId, projectId)))
    .get();
}

export function insertEnrolment(db: Db, values: Omit<EnrolmentInsert, 'id'>): number {
  return db.insert(enrolments).values(values).returning({ id: enrolments.id }).get().id;
}

export function updateEnrolmentRow(db: Db, id: number, values: Partial<EnrolmentInsert>): void {
  db.update(enrolments)
    .set({ ...values, updatedAt: new Date().toISOString() })
    .where(eq(enrolments.id, id))
    .run();
}

export function insertStatusChange(
  db: Db,
  change: typeof enrolmentStatusChanges.$inferInsert,
): void {
  db.insert(enrolmentStatusChanges).values(change).run();
}
