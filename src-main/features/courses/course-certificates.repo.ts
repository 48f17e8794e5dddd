import { and, desc, eq, inArray, isNotNull, isNull, like, or, type SQL } from 'drizzle-orm';
import type { ReceiptKind } from '../../domain/courses/course-rules';
import { first } from '../../db/query';
import {
  courseCertificateDuplicates,
  courseCertificates,
  courses,
  issuedDocuments,
  participants,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import { reachableBy } from '../accounts/participant-scope';

/*
 * The register of course certificates (rejestr wydanych zaświadczeń): rows are added, revoked
 * and given a receipt, never deleted.
 */

export type CertificateRow = Awaited<ReturnType<typeof certificateRows>>[number];

export interface CertificateFilter {
  ids?: readonly number[];
  courseId?: number;
  participantId?: number;
  year?: number;
  status?: 'valid' | 'revoked';
  /** A narrowed social worker's staff id: only the people they reach (address, PESEL). */
  reachableBy?: number;
}

function conditions(tx: Tx, f: CertificateFilter): SQL | undefined {
  return and(
    f.ids ? inArray(courseCertificates.id, [...f.ids]) : undefined,
    f.courseId === undefined ? undefined : eq(courseCertificates.courseId, f.courseId),
    f.participantId === undefined
      ? undefined
      : eq(courseCertificates.participantId, f.participantId),
    f.year === undefined ? undefined : like(courseCertificates.issuedOn, `${f.year}-%`),
    f.status === undefined
      ? undefined
      : f.status === 'valid'
        ? isNull(courseCertificates.revokedOn)
        : isNotNull(courseCertificates.revokedOn),
    f.reachableBy === undefined ? undefined : reachableBy(tx, f.reachableBy),
  );
}

/** Register lines with their course, holder and issued document; newest first. */
export function certificateRows(tx: Tx, filter: CertificateFilter) {
  return tx
    .select({
      id: courseCertificates.id,
      documentId: courseCertificates.documentId,
      number: courseCertificates.number,
      issuedOn: courseCertificates.issuedOn,
      code: courseCertificates.code,
      courseId: courseCertificates.courseId,
      course: courses.name,
      participantId: courseCertificates.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      sex: participants.sex,
      address: courseCertificates.holderAddress,
      identity: courseCertificates.holderIdentity,
      revokedOn: courseCertificates.revokedOn,
      revokeReason: courseCertificates.revokeReason,
      replacesId: courseCertificates.replacesId,
      receivedOn: courseCertificates.receivedOn,
      receivedHow: courseCertificates.receivedHow,
      sha256: issuedDocuments.sha256,
      issuedByName: issuedDocuments.issuedByName,
      data: issuedDocuments.data,
    })
    .from(courseCertificates)
    .innerJoin(courses, eq(courses.id, courseCertificates.courseId))
    .innerJoin(participants, eq(participants.id, courseCertificates.participantId))
    .innerJoin(issuedDocuments, eq(issuedDocuments.id, courseCertificates.documentId))
    .where(conditions(tx, filter))
    .orderBy(desc(courseCertificates.issuedOn), desc(courseCertificates.id));
}

/** The duplicates made of the certificates, oldest first. */
export function duplicatesOf(tx: Tx, certificateIds: readonly number[]) {
  if (!certificateIds.length) return Promise.resolve([]);
  return tx
    .select({
      certificateId: courseCertificateDuplicates.certificateId,
      issuedOn: courseCertificateDuplicates.issuedOn,
      code: courseCertificateDuplicates.code,
    })
    .from(courseCertificateDuplicates)
    .where(inArray(courseCertificateDuplicates.certificateId, [...certificateIds]))
    .orderBy(courseCertificateDuplicates.id);
}

/** Numbers of the certificates related by a correction: those replacing or replaced by `ids`. */
export function correctionsOf(tx: Tx, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([]);
  return tx
    .select({
      id: courseCertificates.id,
      number: courseCertificates.number,
      replacesId: courseCertificates.replacesId,
    })
    .from(courseCertificates)
    .where(
      or(
        inArray(courseCertificates.replacesId, [...ids]),
        inArray(courseCertificates.id, [...ids]),
      ),
    );
}

export async function insertCertificate(
  tx: Tx,
  values: {
    courseId: number;
    participantId: number;
    number: string;
    issuedOn: string;
    code: string;
    holderAddress: string;
    holderIdentity: string;
    replacesId: number | null;
  },
): Promise<number> {
  const [row] = await tx
    .insert(courseCertificates)
    .values(values)
    .returning({ id: courseCertificates.id });
  return row!.id;
}

export async function setCertificateDocument(tx: Tx, id: number, documentId: number) {
  await tx.update(courseCertificates).set({ documentId }).where(eq(courseCertificates.id, id));
}

export async function setRevoked(
  tx: Tx,
  id: number,
  values: { revokedOn: string; revokeReason: string; updatedAt: string },
) {
  await tx.update(courseCertificates).set(values).where(eq(courseCertificates.id, id));
}

export async function setReceipt(
  tx: Tx,
  id: number,
  values: { receivedOn: string; receivedHow: ReceiptKind; updatedAt: string },
) {
  await tx.update(courseCertificates).set(values).where(eq(courseCertificates.id, id));
}

export async function insertDuplicate(
  tx: Tx,
  values: { certificateId: number; issuedOn: string; code: string },
): Promise<void> {
  await tx.insert(courseCertificateDuplicates).values(values);
}

/** Whether a verification code is taken, by a certificate or a duplicate. */
export async function codeTaken(tx: Tx, code: string): Promise<boolean> {
  const own = await first(
    tx
      .select({ id: courseCertificates.id })
      .from(courseCertificates)
      .where(eq(courseCertificates.code, code)),
  );
  if (own) return true;
  return !!(await duplicateByCode(tx, code));
}

export function duplicateByCode(tx: Tx, code: string) {
  return first(
    tx
      .select({
        certificateId: courseCertificateDuplicates.certificateId,
        issuedOn: courseCertificateDuplicates.issuedOn,
      })
      .from(courseCertificateDuplicates)
      .where(eq(courseCertificateDuplicates.code, code)),
  );
}

export async function certificateIdByCode(tx: Tx, code: string): Promise<number | undefined> {
  const row = await first(
    tx
      .select({ id: courseCertificates.id })
      .from(courseCertificates)
      .where(eq(courseCertificates.code, code)),
  );
  return row?.id;
}
