import type { HandlerTable } from '../../dispatcher';
import { listStaff } from './staff.repo';
import { createStaff, updateStaff } from './staff.service';

export const staffHandlers: Pick<HandlerTable, 'staff.list' | 'staff.create' | 'staff.update'> = {
  'staff.list': ({ includeInactive }, ctx) => ctx.uow.read((tx) => listStaff(tx, includeInactive)),
  'staff.create': (input, ctx) => createStaff(ctx, input),
  'staff.update': ({ id, ...fields }, ctx) => updateStaff(ctx, id, fields),
};
