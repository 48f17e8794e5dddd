import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit, type AuditRecord } from '../audit/audit.repo';
import { refuseWithSessions } from './club-checks';
import { bumpRevision } from './club-editions.repo';

/**
 * Creates (no `before`) or updates a record of the edition, counts the change in its revision
 * and audits it (the edition it belongs to is not one of its fields); returns its id.
 */
export async function saveRecord<T extends { editionId: number }>(
  ctx: HandlerContext,
  tx: Tx,
  entity: AuditRecord['entity'],
  before: object | null,
  values: T,
  write: { insert: () => Promise<number>; update: () => Promise<number> },
): Promise<number> {
  const id = before ? await write.update() : await write.insert();
  await bumpRevision(tx, values.editionId, ctx.now);
  const { editionId: _e, ...fields } = values;
  await recordAudit(ctx, {
    entity,
    entityId: id,
    action: before ? 'update' : 'create',
    changedFields: changedFields(before, fields),
  });
  return id;
}

/** Deletes a record no session names, counts it and audits it. */
export async function deleteRecord(
  ctx: HandlerContext,
  tx: Tx,
  record: { id: number; editionId: number },
  entity: AuditRecord['entity'],
  sessions: number,
  what: string,
  remove: () => Promise<void>,
): Promise<{ id: number }> {
  refuseWithSessions(sessions, what);
  await remove();
  await bumpRevision(tx, record.editionId, ctx.now);
  await recordAudit(ctx, { entity, entityId: record.id, action: 'delete', changedFields: [] });
  return { id: record.id };
}
