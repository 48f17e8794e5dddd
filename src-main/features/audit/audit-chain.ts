import { createHash } from 'node:crypto';
import { asc, desc, eq, isNull, lt } from 'drizzle-orm';
import type { AuditVerification } from '../../contract/audit';
import { first, prepared } from '../../db/query';
import { auditLog } from '../../db/schema';
import type { Tx, UnitOfWork } from '../../db/unit-of-work';

/** What an entry says; its hash covers all of it and the previous entry's hash. */
export interface ChainedContent {
  at: string;
  actorId: number | null;
  actorName: string | null;
  channel: string;
  entity: string;
  entityId: number | null;
  action: string;
  changedFields: unknown;
}

/**
 * SHA-256 over the previous hash and the entry's fields in a fixed order. Changing any field
 * of an entry breaks its own hash; removing an entry breaks the next one's link — so
 * "Sprawdź spójność dziennika" finds both, even if someone bypassed the append-only triggers.
 */
export function entryHash(prevHash: string | null, e: ChainedContent): string {
  const content = JSON.stringify([
    prevHash ?? '',
    e.at,
    e.actorId,
    e.actorName,
    e.channel,
    e.entity,
    e.entityId,
    e.action,
    e.changedFields,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/** The newest entry's hash: the link for the next entry (called under the write lock). */
export async function lastHash(tx: Tx): Promise<string | null> {
  const [newest] = await prepared(tx, 'audit.lastHash', (q) =>
    q.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1),
  ).execute();
  return newest?.hash ?? null;
}

/**
 * Seals the entries written before the chain existed (migration 0004), oldest first, so that
 * the whole log is verifiable; the append-only trigger allows exactly this one update.
 */
export function sealUnchainedEntries(uow: UnitOfWork): Promise<number> {
  return uow.write(async (tx) => {
    const unsealed = await tx
      .select()
      .from(auditLog)
      .where(isNull(auditLog.hash))
      .orderBy(asc(auditLog.id));
    if (!unsealed.length) return 0;
    const before = await first(
      tx
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(lt(auditLog.id, unsealed[0]!.id))
        .orderBy(desc(auditLog.id))
        .limit(1),
    );
    let prev = before?.hash ?? null;
    for (const row of unsealed) {
      const hash = entryHash(prev, row);
      await tx.update(auditLog).set({ prevHash: prev, hash }).where(eq(auditLog.id, row.id));
      prev = hash;
    }
    return unsealed.length;
  });
}

/** Walks the whole log oldest first and reports the first entry that does not match. */
export async function verifyAuditChain(tx: Tx): Promise<AuditVerification> {
  let prev: string | null = null;
  let checked = 0;
  for (const row of await tx.select().from(auditLog).orderBy(asc(auditLog.id))) {
    checked += 1;
    if (row.hash === null || row.prevHash !== prev || row.hash !== entryHash(prev, row))
      return { ok: false, checked, brokenAtId: row.id };
    prev = row.hash;
  }
  return { ok: true, checked, brokenAtId: null };
}
