import { AppError } from '../../contract/errors';
import type { StaffMember } from '../../contract/staff';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findStaff, insertStaff, updateStaffRow } from './staff.repo';
import { refuseLosingLastAdministrator } from '../accounts/accounts.service';

type StaffFields = Omit<StaffMember, 'id'>;

export function createStaff(ctx: HandlerContext, fields: StaffFields): Promise<StaffMember> {
  return ctx.uow.write(async (tx) => {
    const member = await insertStaff(tx, fields);
    await recordAudit(ctx, {
      entity: 'staff',
      entityId: member.id,
      action: 'create',
      changedFields: Object.keys(fields),
    });
    return member;
  });
}

export function updateStaff(
  ctx: HandlerContext,
  id: number,
  fields: StaffFields,
): Promise<StaffMember> {
  return ctx.uow.write(async (tx) => {
    const before = await findStaff(tx, id);
    if (!before) throw new AppError('not_found', 'Nie znaleziono pracownika');
    // Deactivating signs the person out at their next call (features/accounts/authorize.ts).
    if (before.active && !fields.active) await refuseLosingLastAdministrator(tx, id, 'deactivate');
    const member = await updateStaffRow(tx, id, fields, ctx.now);
    await recordAudit(ctx, {
      entity: 'staff',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, member),
    });
    return member;
  });
}
