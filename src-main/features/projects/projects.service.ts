import { AppError } from '../../contract/errors';
import type { Project } from '../../contract/projects';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findProject, insertProject, updateProjectRow, type ProjectValues } from './projects.repo';
import { writeTransaction } from '../../db/write';

export function getProject(db: Db, id: number): Project {
  const project = findProject(db, id);
  if (!project) throw new AppError('not_found', 'Nie znaleziono projektu');
  return project;
}

export function createProject(db: Db, ctx: HandlerContext, values: ProjectValues): Project {
  return writeTransaction(db, (tx) => {
    const project = insertProject(tx, values);
    recordAudit(tx, ctx, {
      entity: 'project',
      entityId: project.id,
      action: 'create',
      changedFields: Object.keys(values),
    });
    return project;
  });
}

export function updateProject(
  db: Db,
  ctx: HandlerContext,
  id: number,
  values: ProjectValues,
): Project {
  return writeTransaction(db, (tx) => {
    const before = getProject(tx, id);
    const project = updateProjectRow(tx, id, values);
    recordAudit(tx, ctx, {
      entity: 'project',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, project),
    });
    return project;
  });
}
