import { and, desc, eq, inArray } from 'drizzle-orm';
import type { CompletionRecord } from '../../contract/attendance';
import { first } from '../../db/query';
import {
  clubCompletions,
  clubEditions,
  clubGroups,
  clubMembers,
  issuedDocuments,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { CompletionOutcome } from '../../domain/attendance/hours';

/** The ends of participation in an edition, each with its last certificate. */
export async function completionsOf(
  tx: Tx,
  editionId: number,
  participantId?: number,
): Promise<CompletionRecord[]> {
  const rows = await tx
    .select()
    .from(clubCompletions)
    .where(
      and(
        eq(clubCompletions.editionId, editionId),
        participantId === undefined ? undefined : eq(clubCompletions.participantId, participantId),
      ),
    );
  if (!rows.length) return [];
  const documents = await tx
    .select({
      id: issuedDocuments.id,
      number: issuedDocuments.number,
      issuedOn: issuedDocuments.issuedOn,
      entityId: issuedDocuments.entityId,
    })
    .from(issuedDocuments)
    .where(
      and(
        eq(issuedDocuments.kind, 'clubCertificate'),
        inArray(
          issuedDocuments.entityId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(desc(issuedDocuments.id));
  return rows.map((r) => {
    const last = documents.find((d) => d.entityId === r.id);
    return {
      id: r.id,
      editionId: r.editionId,
      participantId: r.participantId,
      outcome: r.outcome as CompletionOutcome,
      endedOn: r.endedOn,
      reason: r.reason,
      certificate: last
        ? { documentId: last.id, number: last.number, issuedOn: last.issuedOn }
        : null,
    };
  });
}

export async function insertCompletion(
  tx: Tx,
  values: {
    editionId: number;
    participantId: number;
    outcome: CompletionOutcome;
    endedOn: string;
    reason: string | null;
  },
): Promise<number> {
  const [row] = await tx
    .insert(clubCompletions)
    .values(values)
    .returning({ id: clubCompletions.id });
  return row!.id;
}

export async function findCompletion(tx: Tx, id: number) {
  return first(tx.select().from(clubCompletions).where(eq(clubCompletions.id, id)));
}

/** The editions a person is (or was) a member of. */
export function editionsOfParticipant(tx: Tx, participantId: number) {
  return tx
    .selectDistinct({ id: clubEditions.id, name: clubEditions.name })
    .from(clubMembers)
    .innerJoin(clubGroups, eq(clubGroups.id, clubMembers.groupId))
    .innerJoin(clubEditions, eq(clubEditions.id, clubGroups.editionId))
    .where(eq(clubMembers.participantId, participantId))
    .orderBy(clubEditions.id);
}

/** The register of the club's certificates, newest first, optionally of one edition. */
export function certificateRows(tx: Tx, editionId?: number) {
  return tx
    .select({
      documentId: issuedDocuments.id,
      number: issuedDocuments.number,
      issuedOn: issuedDocuments.issuedOn,
      sha256: issuedDocuments.sha256,
      issuedByName: issuedDocuments.issuedByName,
      participantId: clubCompletions.participantId,
      outcome: clubCompletions.outcome,
      edition: clubEditions.name,
      data: issuedDocuments.data,
    })
    .from(issuedDocuments)
    .innerJoin(clubCompletions, eq(clubCompletions.id, issuedDocuments.entityId))
    .innerJoin(clubEditions, eq(clubEditions.id, clubCompletions.editionId))
    .where(
      and(
        eq(issuedDocuments.kind, 'clubCertificate'),
        editionId === undefined ? undefined : eq(clubCompletions.editionId, editionId),
      ),
    )
    .orderBy(desc(issuedDocuments.id));
}
