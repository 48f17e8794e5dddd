import { eq, or, sql } from 'drizzle-orm';
import type { Participant, ParticipantFields } from '../../contract/participants';
import type { ExclusionReason } from '../../domain/exclusion';
import { first } from '../../db/query';
import {
  participantExclusionReasons,
  participantSearchSuffixes,
  participantSearchTokens,
  participants,
  staff,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import { tokensOf, toColumns, toParticipant } from './participants.mapping';
import { searchSuffixes } from './participants.suffixes';

const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

export async function findParticipant(tx: Tx, id: number): Promise<Participant | undefined> {
  const row = await first(
    tx
      .select({ p: participants, workerName })
      .from(participants)
      .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
      .where(eq(participants.id, id)),
  );
  if (!row) return undefined;
  const reasons = await tx
    .select({ reason: participantExclusionReasons.reason })
    .from(participantExclusionReasons)
    .where(eq(participantExclusionReasons.participantId, id));
  return toParticipant(
    row.p,
    reasons.map((r) => r.reason as ExclusionReason),
    row.workerName,
  );
}

/** The records that already hold this PESEL or this document number (at most one each). */
export async function findByIdentity(
  tx: Tx,
  p: Pick<ParticipantFields, 'pesel' | 'documentNumber'>,
) {
  const match = or(
    p.pesel ? eq(participants.pesel, p.pesel) : undefined,
    p.documentNumber ? eq(participants.documentNumber, p.documentNumber) : undefined,
  );
  if (!match) return [];
  return tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      pesel: participants.pesel,
    })
    .from(participants)
    .where(match);
}

/**
 * Rewrites the rows that hang off a participant: reasons of exclusion, search words and their
 * suffixes (which carry the surname sort key). Callers run it in the write's transaction.
 */
async function replaceDerivedRows(
  tx: Tx,
  participantId: number,
  fields: ParticipantFields,
): Promise<void> {
  await tx
    .delete(participantExclusionReasons)
    .where(eq(participantExclusionReasons.participantId, participantId));
  const reasons = [...new Set(fields.exclusionReasons)];
  if (reasons.length)
    await tx
      .insert(participantExclusionReasons)
      .values(reasons.map((reason) => ({ participantId, reason })));
  await tx
    .delete(participantSearchTokens)
    .where(eq(participantSearchTokens.participantId, participantId));
  const words = tokensOf(fields);
  await tx.insert(participantSearchTokens).values(words.map((token) => ({ participantId, token })));
  await tx
    .delete(participantSearchSuffixes)
    .where(eq(participantSearchSuffixes.participantId, participantId));
  const { sortKey } = toColumns(fields);
  await tx
    .insert(participantSearchSuffixes)
    .values(searchSuffixes(words).map((row) => ({ ...row, participantId, sortKey })));
}

export async function insertParticipant(tx: Tx, fields: ParticipantFields): Promise<number> {
  const [row] = await tx
    .insert(participants)
    .values(toColumns(fields))
    .returning({ id: participants.id });
  const { id } = row!;
  await replaceDerivedRows(tx, id, fields);
  return id;
}

export async function updateParticipantRow(
  tx: Tx,
  id: number,
  fields: ParticipantFields,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(participants)
    .set({ ...toColumns(fields), updatedAt })
    .where(eq(participants.id, id));
  await replaceDerivedRows(tx, id, fields);
}
