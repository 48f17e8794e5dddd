import { and, desc, eq, sql } from 'drizzle-orm';
import type { AuditEntity, AuditEntry } from '../../contract/audit';
import { first, prepared } from '../../db/query';
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
    const row = { ...entry, prevHash, hash: entryHash(prevHash, entry) };
    // Written once per connection and set of columns (bulk work writes one entry per row).
    const columns = Object.keys(row).filter((key) => row[key as keyof typeof row] !== undefined);
    await prepared(tx, `audit.insert:${columns.join(',')}`, (q) =>
      q
        .insert(auditLog)
        .values(
          Object.fromEntries(
            columns.map((key) => [key, sql.placeholder(key)]),
          ) as unknown as typeof row,
        ),
    ).execute(row);
  });
  if (record.action === 'view') ctx.viewLogged = true;
}

/** What one page of a record's history asks for. */
export interface HistoryPage {
  page: number;
  pageSize: number;
  includeViews: boolean;
}

/**
 * Anything but a view. Written as this literal (not a bound value) so that SQLite may use a
 * partial index `ON audit_log (entity, entity_id) WHERE action <> 'view'`: a page of changes
 * and their count then never walk past the record's views, however many there are.
 */
const NOT_A_VIEW = sql`${auditLog.action} <> 'view'`;

/**
 * One page of a record's history, newest first (by the order written), and how many entries
 * it has in all — views left out unless asked for. Only the page is read.
 */
export async function findHistoryPage(
  tx: Tx,
  entity: AuditEntity,
  entityId: number,
  { page, pageSize, includeViews }: HistoryPage,
): Promise<{ rows: AuditEntry[]; total: number }> {
  const where = and(
    eq(auditLog.entity, entity),
    eq(auditLog.entityId, entityId),
    includeViews ? undefined : NOT_A_VIEW,
  );
  const rows = await tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: auditLog.actorName,
      channel: auditLog.channel,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      action: auditLog.action,
      changedFields: auditLog.changedFields,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const counted = await first(
    tx
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where),
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      entity: r.entity as AuditEntity,
      action: r.action as AuditEntry['action'],
      changedFields: r.changedFields as string[],
    })),
    total: counted?.n ?? 0,
  };
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
