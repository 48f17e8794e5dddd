import { AppError } from '../../contract/errors';
import type { StaffMember } from '../../contract/staff';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findStaff, insertStaff, updateStaffRow } from './staff.repo';
import { writeTransaction } from '../../db/write';
import { refuseLosingLastAdministrator } from '../accounts/accounts.service';

type StaffFields = Omit<StaffMember, 'id'>;

export function createStaff(db: Db, ctx: HandlerContext, fields: StaffFields): StaffMember {
  return writeTransaction(db, (tx) => {
    const member = insertStaff(tx, fields);
    recordAudit(tx, ctx, {
      entity: 'staff',
      entityId: member.id,
      action: 'create',
      changedFields: Object.keys(fields),
    });
    return member;
  });
}

export function updateStaff(
  db: Db,
  ctx: HandlerContext,
  id: number,
  fields: StaffFields,
): StaffMember {
  return writeTransaction(db, (tx) => {
    const before = findStaff(tx, id);
    if (!before) throw new AppError('not_found', 'Nie znaleziono pracownika');
    // Deactivating signs the person out at their next call (features/accounts/authorize.ts).
    if (before.active && !fields.active) refuseLosingLastAdministrator(tx, id, 'deactivate');
    const member = updateStaffRow(tx, id, fields);
    recordAudit(tx, ctx, {
      entity: 'staff',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, member),
    });
    return member;
  });
}
