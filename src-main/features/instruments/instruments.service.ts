import { AppError } from '../../contract/errors';
import type { Instrument } from '../../contract/social-contracts';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findInstrument, insertInstrument, updateInstrumentRow } from './instruments.repo';

type Fields = Omit<Instrument, 'id'>;

export function createInstrument(ctx: HandlerContext, fields: Fields): Promise<Instrument> {
  return ctx.uow.write(async (tx) => {
    const created = await insertInstrument(tx, fields);
    await recordAudit(ctx, {
      entity: 'instrument',
      entityId: created.id,
      action: 'create',
      changedFields: Object.keys(fields),
    });
    return created;
  });
}

/** Instruments are deactivated, never deleted: signed contracts keep naming them. */
export function updateInstrument(
  ctx: HandlerContext,
  id: number,
  fields: Fields,
): Promise<Instrument> {
  return ctx.uow.write(async (tx) => {
    const before = await findInstrument(tx, id);
    if (!before) throw new AppError('not_found', 'Nie znaleziono instrumentu');
    const updated = await updateInstrumentRow(tx, id, fields, ctx.now);
    await recordAudit(ctx, {
      entity: 'instrument',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, updated),
    });
    return updated;
  });
}
