import { asc, eq, sql } from 'drizzle-orm';
import type { Project, ProjectSummary } from '../../contract/projects';
import type { Db } from '../../db/open';
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

export function findProject(db: Db, id: number): Project | undefined {
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  return row && toProject(row);
}

/** Projects with how many people enrolled and how many became participants. */
export function listProjects(db: Db): ProjectSummary[] {
  const started = sql<number>`coalesce(sum(case when ${enrolments.status} in ('participant','completed','droppedOut') then 1 else 0 end), 0)`;
  return db
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
    .orderBy(asc(projects.startDate), asc(projects.id))
    .all();
}

export function insertProject(db: Db, values: ProjectValues): Project {
  return toProject(db.insert(projects).values(values).returning().get());
}

export function updateProjectRow(db: Db, id: number, values: ProjectValues): Project {
  return toProject(
    db
      .update(projects)
      .set({ ...values, updatedAt: new Date().toISOString() })
      .where(eq(projects.id, id))
      .returning()
      .get(),
  );
}
