import { createHash } from 'node:crypto';
import { asc, desc, eq, isNull, lt } from 'drizzle-orm';
import type { AuditVerification } from '../../contract/audit';
import type { Db } from '../../db/open';
import { auditLog } from '../../db/schema';
import { writeTransaction } from '../../db/write';

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
export function lastHash(db: Db): string | null {
  return (
    db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()
      ?.hash ?? null
  );
}

/**
 * Seals the entries written before the chain existed (migration 0004), oldest first, so that
 * the whole log is verifiable; the append-only trigger allows exactly this one update.
 */
export function sealUnchainedEntries(db: Db): number {
  return writeTransaction(db, (tx) => {
    const unsealed = tx
      .select()
      .from(auditLog)
      .where(isNull(auditLog.hash))
      .orderBy(asc(auditLog.id))
      .all();
    if (!unsealed.length) return 0;
    let prev =
      tx
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(lt(auditLog.id, unsealed[0]!.id))
        .orderBy(desc(auditLog.id))
        .limit(1)
        .get()?.hash ?? null;
    for (const row of unsealed) {
      const hash = entryHash(prev, row);
      tx.update(auditLog).set({ prevHash: prev, hash }).where(eq(auditLog.id, row.id)).run();
      prev = hash;
    }
    return unsealed.length;
  });
}

/** Walks the whole log oldest first and reports the first entry that does not match. */
export function verifyAuditChain(db: Db): AuditVerification {
  let prev: string | null = null;
  let checked = 0;
  for (const row of db.select().from(auditLog).orderBy(asc(auditLog.id)).all()) {
    checked += 1;
    if (row.hash === null || row.prevHash !== prev || row.hash !== entryHash(prev, row))
      return { ok: false, checked, brokenAtId: row.id };
    prev = row.hash;
  }
  return { ok: true, checked, brokenAtId: null };
}
