import { eq, inArray } from 'drizzle-orm';
import type { ProjectTeam } from '../../contract/projects';
import { AppError } from '../../contract/errors';
import type { Db } from '../../db/open';
import { projectStaff, staff } from '../../db/schema';
import { writeTransaction } from '../../db/write';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { findProject } from './projects.repo';

function teamOf(db: Db, projectId: number): number[] {
  return db
    .select({ id: projectStaff.staffId })
    .from(projectStaff)
    .where(eq(projectStaff.projectId, projectId))
    .orderBy(projectStaff.staffId)
    .all()
    .map((r) => r.id);
}

export function getTeam(db: Db, projectId: number): ProjectTeam {
  if (!findProject(db, projectId)) throw new AppError('not_found', 'Nie znaleziono projektu');
  return { projectId, staffIds: teamOf(db, projectId) };
}

/** Replaces the team in one transaction; the audit entry names the field, not the people. */
export function setTeam(
  db: Db,
  ctx: HandlerContext,
  projectId: number,
  staffIds: number[],
): ProjectTeam {
  return writeTransaction(db, (tx) => {
    if (!findProject(tx, projectId)) throw new AppError('not_found', 'Nie znaleziono projektu');
    const known = new Set(
      staffIds.length
        ? tx
            .select({ id: staff.id })
            .from(staff)
            .where(inArray(staff.id, staffIds))
            .all()
            .map((r) => r.id)
        : [],
    );
    staffIds.forEach((id, i) => {
      if (!known.has(id))
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
          issues: [{ path: ['staffIds', i], message: 'Nie ma takiego pracownika' }],
        });
    });
    const before = teamOf(tx, projectId);
    tx.delete(projectStaff).where(eq(projectStaff.projectId, projectId)).run();
    if (staffIds.length)
      tx.insert(projectStaff)
        .values(staffIds.map((staffId) => ({ projectId, staffId })))
        .run();
    const after = teamOf(tx, projectId);
    recordAudit(tx, ctx, {
      entity: 'project',
      entityId: projectId,
      action: 'update',
      changedFields: before.join() === after.join() ? [] : ['team'],
    });
    return { projectId, staffIds: after };
  });
}
