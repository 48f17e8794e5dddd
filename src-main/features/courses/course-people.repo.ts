import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CourseParticipant } from '../../contract/courses';
import { courseCertificates, courseParticipants, enrolments, participants } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { ExamResult } from '../../domain/courses/course-rules';
import type { EnrolmentStatus } from '../../domain/enrolment-status';

/*
 * The people of a course (with their exam results), whom the project allows on it, and the
 * certificates issued to them (read here; issued by course-certificates).
 */

/** "Nazwisko Imię", as lists show people. */
const personName = sql<string>`${participants.lastName} || ' ' || ${participants.firstName}`;

export interface CoursePerson extends CourseParticipant {
  /** The Polish sort key of the surname (participants.sort_key). */
  sortKey: string;
}

/** The course's people in the Polish order of surnames, with their exam results. */
export async function peopleOf(tx: Tx, courseId: number): Promise<CoursePerson[]> {
  const rows = await tx
    .select({
      participantId: courseParticipants.participantId,
      name: personName,
      sex: participants.sex,
      sortKey: participants.sortKey,
      examResult: courseParticipants.examResult,
      examDate: courseParticipants.examDate,
    })
    .from(courseParticipants)
    .innerJoin(participants, eq(participants.id, courseParticipants.participantId))
    .where(eq(courseParticipants.courseId, courseId))
    .orderBy(asc(participants.sortKey), asc(participants.id));
  return rows.map(({ examResult, examDate, sex, ...r }) => ({
    ...r,
    sex: sex as CoursePerson['sex'],
    exam: examResult === null ? null : { result: examResult as ExamResult, date: examDate },
  }));
}

export async function addPeople(
  tx: Tx,
  courseId: number,
  participantIds: readonly number[],
): Promise<void> {
  if (participantIds.length)
    await tx
      .insert(courseParticipants)
      .values(participantIds.map((participantId) => ({ courseId, participantId })));
}

export async function removePeople(
  tx: Tx,
  courseId: number,
  participantIds: readonly number[],
): Promise<void> {
  if (participantIds.length)
    await tx
      .delete(courseParticipants)
      .where(
        and(
          eq(courseParticipants.courseId, courseId),
          inArray(courseParticipants.participantId, [...participantIds]),
        ),
      );
}

/** Sets (or, with `result: null`, clears) one person's exam result. */
export async function setExam(
  tx: Tx,
  courseId: number,
  participantId: number,
  exam: { result: ExamResult | null; date: string | null },
  updatedAt: string,
): Promise<void> {
  await tx
    .update(courseParticipants)
    .set({ examResult: exam.result, examDate: exam.date, updatedAt })
    .where(
      and(
        eq(courseParticipants.courseId, courseId),
        eq(courseParticipants.participantId, participantId),
      ),
    );
}

/** The statuses of the people's enrolments in the project (one person may have several). */
export function enrolmentStatusesIn(
  tx: Tx,
  projectId: number,
  participantIds: readonly number[],
): Promise<{ participantId: number; status: EnrolmentStatus }[]> {
  if (!participantIds.length) return Promise.resolve([]);
  return tx
    .select({ participantId: enrolments.participantId, status: enrolments.status })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.projectId, projectId),
        inArray(enrolments.participantId, [...participantIds]),
      ),
    ) as Promise<{ participantId: number; status: EnrolmentStatus }[]>;
}

export interface StoredCertificate {
  id: number;
  participantId: number;
  number: string;
  code: string;
  issuedOn: string;
  revokedOn: string | null;
}

const CERTIFICATE_COLUMNS = {
  id: courseCertificates.id,
  participantId: courseCertificates.participantId,
  number: courseCertificates.number,
  code: courseCertificates.code,
  issuedOn: courseCertificates.issuedOn,
  revokedOn: courseCertificates.revokedOn,
};

/** Every certificate issued on the course (revoked ones too), the newest first. */
export function certificatesOfCourse(tx: Tx, courseId: number): Promise<StoredCertificate[]> {
  return tx
    .select(CERTIFICATE_COLUMNS)
    .from(courseCertificates)
    .where(eq(courseCertificates.courseId, courseId))
    .orderBy(desc(courseCertificates.id));
}

/** A person's certificates on every course, the newest first. */
export function certificatesOfPerson(
  tx: Tx,
  participantId: number,
): Promise<(StoredCertificate & { courseId: number })[]> {
  return tx
    .select({ ...CERTIFICATE_COLUMNS, courseId: courseCertificates.courseId })
    .from(courseCertificates)
    .where(eq(courseCertificates.participantId, participantId))
    .orderBy(desc(courseCertificates.id));
}

/** The person's valid certificate: the newest one not revoked, or null. */
export function validCertificate(
  certificates: readonly StoredCertificate[],
  participantId: number,
): StoredCertificate | null {
  return (
    certificates
      .filter((c) => c.participantId === participantId && c.revokedOn === null)
      .sort((a, b) => b.id - a.id)[0] ?? null
  );
}
