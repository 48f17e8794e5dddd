import { and, asc, desc, eq, exists, gte, inArray, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Participant, ParticipantFields, ParticipantRow, ParticipantSearchInput } from '../../contract/participants';
import type { ExclusionReason } from '../../domain/exclusion';
import type { Sex } from '../../domain/pesel';
import { searchKey } from '../../domain/text';
import type { Db } from '../../db/open';
import { enrolments, participantExclusionReasons, participants, staff } from '../../db/schema';
import { toColumns, toParticipant } from './participants.mapping';

export type SearchCriteria = Omit<Required<ParticipantSearchInput>, 'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'> &
  Pick<ParticipantSearchInput, 'projectId' | 'status' | 'socialWorkerId' | 'exclusionReason'>;

const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;

/** `column` starts with `prefix`, written as a range so that the column's index is used. */
function startsWith(column: AnyColumn, prefix: string): SQL {
  return and(gte(column, prefix), lt(column, `${prefix}\uffff`))!;
}

function whereClause(db: Db, s: SearchCriteria): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  for (const token of searchKey(s.query).split(' ').filter(Boolean)) {
    conditions.push(
      /^\d+$/.test(token)
        ? startsWith(participants.pesel, token)
        : or(
            startsWith(participants.lastNameKey, token),
            startsWith(participants.firstNameKey, token),
            startsWith(participants.localityKey, token),
          ),
    );
  }
  if (s.projectId !== undefined || s.status !== undefined) {
    const enrolmentMatch = and(
      eq(enrolments.participantId, participants.id),
      s.projectId !== undefined ? eq(enrolments.projectId, s.projectId) : undefined,
      s.status !== undefined ? eq(enrolments.status, s.status) : undefined,
    );
    conditions.push(exists(db.select({ one: sql`1` }).from(enrolments).where(enrolmentMatch)));
  }
  if (s.socialWorkerId !== undefined) conditions.push(eq(participants.socialWorkerId, s.socialWorkerId));
  if (s.exclusionReason !== undefined) {
    const reasonMatch = and(
      eq(participantExclusionReasons.participantId, participants.id),
      eq(participantExclusionReasons.reason, s.exclusionReason),
    );
    conditions.push(exists(db.select({ one: sql`1` }).from(participantExclusionReasons).where(reasonMatch)));
  }
  return and(...conditions);
}

const ORDER: Record<SearchCriteria['sort'], AnyColumn[]> = {
  lastName: [participants.sortKey],
  firstName: [participants.firstNameKey, participants.sortKey],
  birthDate: [participants.birthDate],
  locality: [participants.localityKey, participants.sortKey],
  createdAt: [participants.createdAt],
};

export function searchParticipants(db: Db, s: SearchCriteria): { rows: ParticipantRow[]; total: number } {
  const where = whereClause(db, s);
  const direction = s.dir === 'desc' ? desc : asc;
  const rows = db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      pesel: participants.pesel,
      documentNumber: participants.documentNumber,
      sex: participants.sex,
      birthDate: participants.birthDate,
      locality: participants.locality,
      socialWorkerName: workerName,
    })
    .from(participants)
    .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
    .where(where)
    .orderBy(...ORDER[s.sort].map((c) => direction(c)), direction(participants.id))
    .limit(s.pageSize)
    .offset((s.page - 1) * s.pageSize)
    .all();
  const total = db.select({ n: sql<number>`count(*)` }).from(participants).where(where).get()?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, sex: r.sex as Sex })), total };
}

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

/** The record that already holds this PESEL or document number, if any. */
export function findByIdentity(db: Db, p: Pick<ParticipantFields, 'pesel' | 'documentNumber'>) {
  const match = or(
    p.pesel ? eq(participants.pesel, p.pesel) : undefined,
    p.documentNumber ? eq(participants.documentNumber, p.documentNumber) : undefined,
  );
  if (!match) return undefined;
  return db
    .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName })
    .from(participants)
    .where(match)
    .get();
}

function replaceReasons(db: Db, participantId: number, reasons: ExclusionReason[]): void {
  db.delete(participantExclusionReasons).where(eq(participantExclusionReasons.participantId, participantId)).run();
  if (reasons.length)
    db.insert(participantExclusionReasons)
      .values([...new Set(reasons)].map((reason) => ({ participantId, reason })))
      .run();
}

export function insertParticipant(db: Db, fields: ParticipantFields): number {
  const { id } = db.insert(participants).values(toColumns(fields)).returning({ id: participants.id }).get();
  replaceReasons(db, id, fields.exclusionReasons);
  return id;
}

export function updateParticipantRow(db: Db, id: number, fields: ParticipantFields): void {
  db.update(participants)
    .set({ ...toColumns(fields), updatedAt: new Date().toISOString() })
    .where(eq(participants.id, id))
    .run();
  replaceReasons(db, id, fields.exclusionReasons);
}

export function participantsExist(db: Db, ids: number[]): boolean {
  const n = db.select({ n: sql<number>`count(*)` }).from(participants).where(inArray(participants.id, ids)).get()?.n;
  return n === ids.length;
}
