import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ClubEdition, EditionSummary, PlanRecord } from '../../contract/club';
import { cycleEndDate } from '../../contract/club-rules';
import { first } from '../../db/query';
import { clubEditions, clubGroups, clubPlans, clubSessions, projects } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { SoftScore } from '../../domain/club/model';
import type { Slot } from '../../contract/club-fields';

type Row = typeof clubEditions.$inferSelect;

/** What the office types of an edition (club-fields.ts), as stored. */
export interface EditionValues {
  name: string;
  startDate: string;
  weeks: number;
  meetings: Slot[];
  daysOff: string[];
  minAttendancePercent: number;
}

const sessionsOf = sql<number>`(select count(*) from ${clubSessions} where ${clubSessions.editionId} = ${clubEditions.id})`;
const groupsOf = sql<number>`(select count(*) from ${clubGroups} where ${clubGroups.editionId} = ${clubEditions.id})`;
const plannedAt = sql<
  string | null
>`(select max(${clubPlans.at}) from ${clubPlans} where ${clubPlans.editionId} = ${clubEditions.id})`;

function toEdition(
  r: { e: Row; projectTitle: string; sessions: number },
  lastPlan: PlanRecord | null,
): ClubEdition {
  const { e } = r;
  return {
    id: e.id,
    projectId: e.projectId,
    projectTitle: r.projectTitle,
    name: e.name,
    startDate: e.startDate,
    endDate: cycleEndDate(e.startDate, e.weeks),
    weeks: e.weeks,
    meetings: e.meetings as Slot[],
    daysOff: e.daysOff as string[],
    minAttendancePercent: e.minAttendancePercent,
    revision: e.revision,
    sessions: r.sessions,
    lastPlan,
  };
}

export async function lastPlanOf(tx: Tx, editionId: number): Promise<PlanRecord | null> {
  const row = await first(
    tx
      .select()
      .from(clubPlans)
      .where(eq(clubPlans.editionId, editionId))
      .orderBy(desc(clubPlans.id))
      .limit(1),
  );
  return row
    ? {
        kind: row.kind as PlanRecord['kind'],
        fromDate: row.fromDate,
        at: row.at,
        actorName: row.actorName,
        sessions: row.sessions,
        moved: row.moved,
        soft: row.soft as SoftScore,
      }
    : null;
}

export async function findEdition(tx: Tx, id: number): Promise<ClubEdition | undefined> {
  const row = await first(
    tx
      .select({ e: clubEditions, projectTitle: projects.title, sessions: sessionsOf })
      .from(clubEditions)
      .innerJoin(projects, eq(projects.id, clubEditions.projectId))
      .where(eq(clubEditions.id, id)),
  );
  return row && toEdition(row, await lastPlanOf(tx, id));
}

export async function listEditions(tx: Tx, projectId?: number): Promise<EditionSummary[]> {
  const where: SQL | undefined = projectId ? eq(clubEditions.projectId, projectId) : undefined;
  const rows = await tx
    .select({
      e: clubEditions,
      projectTitle: projects.title,
      sessions: sessionsOf,
      groups: groupsOf,
      plannedAt,
    })
    .from(clubEditions)
    .innerJoin(projects, eq(projects.id, clubEditions.projectId))
    .where(where)
    .orderBy(desc(clubEditions.startDate), asc(clubEditions.id));
  return rows.map((r) => ({
    id: r.e.id,
    projectId: r.e.projectId,
    projectTitle: r.projectTitle,
    name: r.e.name,
    startDate: r.e.startDate,
    endDate: cycleEndDate(r.e.startDate, r.e.weeks),
    weeks: r.e.weeks,
    revision: r.e.revision,
    sessions: r.sessions,
    groups: r.groups,
    plannedAt: r.plannedAt,
  }));
}

export async function insertEdition(
  tx: Tx,
  projectId: number,
  values: EditionValues,
): Promise<number> {
  const [row] = await tx
    .insert(clubEditions)
    .values({ projectId, ...values })
    .returning({ id: clubEditions.id });
  return row!.id;
}

/** Writes the fields and counts the change in the revision. */
export async function updateEditionRow(
  tx: Tx,
  id: number,
  values: EditionValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(clubEditions)
    .set({ ...values, revision: sql`${clubEditions.revision} + 1`, updatedAt })
    .where(eq(clubEditions.id, id));
}

/**
 * Counts a change under the edition (a group, member, module, trainer, absence, room or
 * session): every one makes a plan computed before it stale. Returns the new revision.
 */
export async function bumpRevision(tx: Tx, editionId: number, updatedAt: string): Promise<number> {
  const [row] = await tx
    .update(clubEditions)
    .set({ revision: sql`${clubEditions.revision} + 1`, updatedAt })
    .where(eq(clubEditions.id, editionId))
    .returning({ revision: clubEditions.revision });
  return row!.revision;
}

/** Whether the edition is still at the `expected` revision (false also when it is gone). */
export async function revisionIs(tx: Tx, editionId: number, expected: number): Promise<boolean> {
  const row = await first(
    tx
      .select({ id: clubEditions.id })
      .from(clubEditions)
      .where(and(eq(clubEditions.id, editionId), eq(clubEditions.revision, expected))),
  );
  return row !== undefined;
}

export async function insertPlanRecord(
  tx: Tx,
  values: typeof clubPlans.$inferInsert,
): Promise<void> {
  await tx.insert(clubPlans).values(values);
}
