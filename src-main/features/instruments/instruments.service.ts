import { AppError } from '../../contract/errors';
import type { Instrument } from '../../contract/social-contracts';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findInstrument, insertInstrument, updateInstrumentRow } from './instruments.repo';
import { writeTransaction } from '../../db/write';

type Fields = Omit<Instrument, 'id'>;

export function createInstrument(db: Db, ctx: HandlerContext, fields: Fields): Instrument {
  return writeTransaction(db, (tx) => {
    const created = insertInstrument(tx, fields);
    recordAudit(tx, ctx, {
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
  db: Db,
  ctx: HandlerContext,
  id: number,
  fields: Fields,
): Instrument {
  return writeTransaction(db, (tx) => {
    const before = findInstrument(tx, id);
    if (!before) throw new AppError('not_found', 'Nie znaleziono instrumentu');
    const updated = updateInstrumentRow(tx, id, fields);
    recordAudit(tx, ctx, {
      entity: 'instrument',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, updated),
    });
    return updated;
  });
}
