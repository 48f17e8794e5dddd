import { AppError } from '../../contract/errors';
import type { Project } from '../../contract/projects';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findProject, insertProject, updateProjectRow, type ProjectValues } from './projects.repo';

export async function requireProject(tx: Tx, id: number): Promise<Project> {
  const project = await findProject(tx, id);
  if (!project) throw new AppError('not_found', 'Nie znaleziono projektu');
  return project;
}

export function getProject(ctx: HandlerContext, id: number): Promise<Project> {
  return ctx.uow.read((tx) => requireProject(tx, id));
}

export function createProject(ctx: HandlerContext, values: ProjectValues): Promise<Project> {
  return ctx.uow.write(async (tx) => {
    const project = await insertProject(tx, values);
    await recordAudit(ctx, {
      entity: 'project',
      entityId: project.id,
      action: 'create',
      changedFields: Object.keys(values),
    });
    return project;
  });
}

export function updateProject(
  ctx: HandlerContext,
  id: number,
  values: ProjectValues,
): Promise<Project> {
  return ctx.uow.write(async (tx) => {
    const before = await requireProject(tx, id);
    const project = await updateProjectRow(tx, id, values, ctx.now);
    await recordAudit(ctx, {
      entity: 'project',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, project),
    });
    return project;
  });
}
