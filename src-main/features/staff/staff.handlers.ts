import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { listStaff } from './staff.repo';
import { createStaff, updateStaff } from './staff.service';

export const staffHandlers = (
  db: Db,
): Pick<HandlerTable, 'staff.list' | 'staff.create' | 'staff.update'> => ({
  'staff.list': ({ includeInactive }) => listStaff(db, includeInactive),
  'staff.create': (input, ctx) => createStaff(db, ctx, input),
  'staff.update': ({ id, ...fields }, ctx) => updateStaff(db, ctx, id, fields),
});
