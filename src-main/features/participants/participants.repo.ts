import { eq, or, sql } from 'drizzle-orm';
import type { Participant, ParticipantFields } from '../../contract/participants';
import type { ExclusionReason } from '../../domain/exclusion';
import type { Db } from '../../db/open';
import {
  participantExclusionReasons,
  participantSearchSuffixes,
  participantSearchTokens,
  participants,
  staff,
} from '../../db/schema';
import { tokensOf, toColumns, toParticipant } from './participants.mapping';
import { searchSuffixes } from './participants.suffixes';

const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

export function findParticipant(db: Db, id: number): Participant | undefined {
  const row = db
    .select({ p: participants, workerName })
    .from(participants)
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(eq(participants.id, id))
    .get();
  if (!row) return undefined;
  const reasons = db
    .select({ reason: participantExclusionReasons.reason })
    .from(participantExclusionReasons)
    .where(eq(participantExclusionReasons.participantId, id))
    .all()
    .map((r) => r.reason as ExclusionReason);
  return toParticipant(row.p, reasons, row.workerName);
}

/** The records that already hold this PESEL or this document number (at most one each). */
export function findByIdentity(db: Db, p: Pick<ParticipantFields, 'pesel' | 'documentNumber'>) {
  const match = or(
    p.pesel ? eq(participants.pesel, p.pesel) : undefined,
    p.documentNumber ? eq(participants.documentNumber, p.documentNumber) : undefined,
  );
  if (!match) return [];
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      pesel: participants.pesel,
    })
    .from(participants)
    .where(match)
    .all();
}

/**
 * Rewrites the rows that hang off a participant: reasons of exclusion, search words and their
 * suffixes (which carry the surname sort key). Callers run it in the write's transaction.
 */
function replaceDerivedRows(db: Db, participantId: number, fields: ParticipantFields): void {
  db.delete(participantExclusionReasons)
    .where(eq(participantExclusionReasons.participantId, participantId))
    .run();
  const reasons = [...new Set(fields.exclusionReasons)];
  if (reasons.length)
    db.insert(participantExclusionReasons)
      .values(reasons.map((reason) => ({ participantId, reason })))
      .run();
  db.delete(participantSearchTokens)
    .where(eq(participantSearchTokens.participantId, participantId))
    .run();
  const words = tokensOf(fields);
  db.insert(participantSearchTokens)
    .values(words.map((token) => ({ participantId, token })))
    .run();
  db.delete(participantSearchSuffixes)
    .where(eq(participantSearchSuffixes.participantId, participantId))
    .run();
  const { sortKey } = toColumns(fields);
  db.insert(participantSearchSuffixes)
    .values(searchSuffixes(words).map((row) => ({ ...row, participantId, sortKey })))
    .run();
}

export function insertParticipant(db: Db, fields: ParticipantFields): number {
  const { id } = db
    .insert(participants)
    .values(toColumns(fields))
    .returning({ id: participants.id })
    .get();
  replaceDerivedRows(db, id, fields);
  return id;
}

export function updateParticipantRow(db: Db, id: number, fields: ParticipantFields): void {
  db.update(participants)
    .set({ ...toColumns(fields), updatedAt: new Date().toISOString() })
    .where(eq(participants.id, id))
    .run();
  replaceDerivedRows(db, id, fields);
}
