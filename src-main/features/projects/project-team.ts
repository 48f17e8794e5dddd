import { eq, inArray } from 'drizzle-orm';
import type { ProjectTeam } from '../../contract/projects';
import { AppError } from '../../contract/errors';
import { projectStaff, staff } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { requireProject } from './projects.service';

async function teamOf(tx: Tx, projectId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: projectStaff.staffId })
    .from(projectStaff)
    .where(eq(projectStaff.projectId, projectId))
    .orderBy(projectStaff.staffId);
  return rows.map((r) => r.id);
}

export function getTeam(ctx: HandlerContext, projectId: number): Promise<ProjectTeam> {
  return ctx.uow.read(async (tx) => {
    await requireProject(tx, projectId);
    return { projectId, staffIds: await teamOf(tx, projectId) };
  });
}

/** Replaces the team in one transaction; the audit entry names the field, not the people. */
export function setTeam(
  ctx: HandlerContext,
  projectId: number,
  staffIds: number[],
): Promise<ProjectTeam> {
  return ctx.uow.write(async (tx) => {
    await requireProject(tx, projectId);
    const found = staffIds.length
      ? await tx.select({ id: staff.id }).from(staff).where(inArray(staff.id, staffIds))
      : [];
    const known = new Set(found.map((r) => r.id));
    staffIds.forEach((id, i) => {
      if (!known.has(id))
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
          issues: [{ path: ['staffIds', i], message: 'Nie ma takiego pracownika' }],
        });
    });
    const before = await teamOf(tx, projectId);
    await tx.delete(projectStaff).where(eq(projectStaff.projectId, projectId));
    if (staffIds.length)
      await tx.insert(projectStaff).values(staffIds.map((staffId) => ({ projectId, staffId })));
    const after = await teamOf(tx, projectId);
    await recordAudit(ctx, {
      entity: 'project',
      entityId: projectId,
      action: 'update',
      changedFields: before.join() === after.join() ? [] : ['team'],
    });
    return { projectId, staffIds: after };
  });
}
