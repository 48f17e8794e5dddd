import { and, desc, eq } from 'drizzle-orm';
import type { AuditEntity, AuditEntry } from '../../contract/audit';
import { auditLog } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { entryHash, lastHash } from './audit-chain';

export interface AuditRecord {
  entity: AuditEntity;
  entityId: number | null;
  action: AuditEntry['action'];
  changedFields: string[];
}

/**
 * Writes one audit entry — names of fields, never their values — linked to the previous
 * entry by its hash. Inside the request's write if one is open (the change and its entry
 * commit together); otherwise in its own, which takes the write lock first, so two windows
 * cannot link two entries to the same predecessor. A logged view is noted on the context:
 * the dispatcher returns special-category data only after one (contract/access.ts).
 */
export async function recordAudit(ctx: HandlerContext, record: AuditRecord): Promise<void> {
  // Only sign-in events may lack an actor (a failed login names nobody): every change and
  // every view is someone's. The dispatcher's gate makes this unreachable; this keeps it so.
  if (!ctx.actor && record.entity !== 'session')
    throw new Error(`Audit entry for ${ctx.channel} without an actor`);
  await ctx.uow.write(async (tx) => {
    const entry = {
      at: ctx.now,
      actorId: ctx.actor?.id ?? null,
      actorName: ctx.actor?.name ?? null,
      channel: ctx.channel,
      ...record,
    };
    const prevHash = await lastHash(tx);
    await tx.insert(auditLog).values({ ...entry, prevHash, hash: entryHash(prevHash, entry) });
  });
  if (record.action === 'view') ctx.viewLogged = true;
}

export async function listAudit(
  tx: Tx,
  entity: AuditEntity,
  entityId: number,
): Promise<AuditEntry[]> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id));
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actorName,
    channel: r.channel,
    entity: r.entity as AuditEntity,
    entityId: r.entityId,
    action: r.action as AuditEntry['action'],
    changedFields: r.changedFields as string[],
  }));
}

/**
 * The dotted names of the fields that differ between two versions of a record
 * (`address.postalCode`), compared by value; arrays count as one field.
 */
export function changedFields(before: object | null, after: object, prefix = ''): string[] {
  const names: string[] = [];
  const old = (before ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    const name = prefix + key;
    const previous = old[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      names.push(...changedFields((previous as object) ?? null, value, `${name}.`));
    } else if (JSON.stringify(blankAsNull(value)) !== JSON.stringify(blankAsNull(previous))) {
      names.push(name);
    }
  }
  return names;
}

/** An empty list, undefined and null all mean "nothing entered". */
function blankAsNull(value: unknown): unknown {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
}
