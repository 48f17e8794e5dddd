import { asc, eq, sql } from 'drizzle-orm';
import type { Project, ProjectSummary } from '../../contract/projects';
import { first } from '../../db/query';
import type { Tx } from '../../db/unit-of-work';
import { enrolments, projects } from '../../db/schema';

type Row = typeof projects.$inferSelect;
export type ProjectValues = Omit<Project, 'id'>;

function toProject(r: Row): Project {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return {
    ...rest,
    partners: r.partners as Project['partners'],
    indicators: r.indicators as Project['indicators'],
    criteria: r.criteria as Project['criteria'],
  };
}

export async function findProject(tx: Tx, id: number): Promise<Project | undefined> {
  const row = await first(tx.select().from(projects).where(eq(projects.id, id)));
  return row && toProject(row);
}

/** Projects with how many people enrolled and how many became participants. */
export function listProjects(tx: Tx): Promise<ProjectSummary[]> {
  const started = sql<number>`coalesce(sum(case when ${enrolments.status} in ('participant','completed','droppedOut') then 1 else 0 end), 0)`;
  return tx
    .select({
      id: projects.id,
      title: projects.title,
      programme: projects.programme,
      edition: projects.edition,
      startDate: projects.startDate,
      endDate: projects.endDate,
      plannedWomen: projects.plannedWomen,
      plannedMen: projects.plannedMen,
      enrolled: sql<number>`count(${enrolments.id})`,
      participants: started,
    })
    .from(projects)
    .leftJoin(enrolments, eq(enrolments.projectId, projects.id))
    .groupBy(projects.id)
    .orderBy(asc(projects.startDate), asc(projects.id));
}

export async function insertProject(tx: Tx, values: ProjectValues): Promise<Project> {
  const [row] = await tx.insert(projects).values(values).returning();
  return toProject(row!);
}

export async function updateProjectRow(
  tx: Tx,
  id: number,
  values: ProjectValues,
  updatedAt: string,
): Promise<Project> {
  const [row] = await tx
    .update(projects)
    .set({ ...values, updatedAt })
    .where(eq(projects.id, id))
    .returning();
  return toProject(row!);
}
