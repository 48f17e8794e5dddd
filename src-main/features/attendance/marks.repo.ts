import { and, eq, inArray, sql } from 'drizzle-orm';
import { attendanceMarks } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { AttendanceStatus } from '../../domain/attendance/hours';

/**
 * Attendance marks of any kind of session (`club` now; a course's classes later): one row per
 * person per session, written and read the same way whichever room owns the sessions.
 */
export type SessionKind = 'club' | 'course';

export interface StoredMarkRow {
  sessionId: number;
  participantId: number;
  status: AttendanceStatus;
  minutes: number | null;
  reason: string | null;
}

const MARK_COLUMNS = {
  sessionId: attendanceMarks.sessionId,
  participantId: attendanceMarks.participantId,
  status: attendanceMarks.status,
  minutes: attendanceMarks.minutes,
  reason: attendanceMarks.reason,
};

/** The marks of the sessions, every person's. */
export async function marksOfSessions(
  tx: Tx,
  kind: SessionKind,
  sessionIds: readonly number[],
): Promise<StoredMarkRow[]> {
  if (!sessionIds.length) return [];
  const rows = await tx
    .select(MARK_COLUMNS)
    .from(attendanceMarks)
    .where(
      and(eq(attendanceMarks.kind, kind), inArray(attendanceMarks.sessionId, [...sessionIds])),
    );
  return rows as StoredMarkRow[];
}

/** A person's marks of every session of the kind. */
export async function marksOfParticipant(
  tx: Tx,
  kind: SessionKind,
  participantId: number,
): Promise<StoredMarkRow[]> {
  const rows = await tx
    .select(MARK_COLUMNS)
    .from(attendanceMarks)
    .where(and(eq(attendanceMarks.kind, kind), eq(attendanceMarks.participantId, participantId)));
  return rows as StoredMarkRow[];
}

/** Writes marks (a new one or a correction), each stamped with who recorded it and when. */
export async function saveMarks(
  tx: Tx,
  kind: SessionKind,
  marks: readonly StoredMarkRow[],
  stamp: { at: string; by: number | null },
): Promise<void> {
  if (!marks.length) return;
  await tx
    .insert(attendanceMarks)
    .values(marks.map((m) => ({ kind, ...m, recordedAt: stamp.at, recordedBy: stamp.by })))
    .onConflictDoUpdate({
      target: [attendanceMarks.kind, attendanceMarks.sessionId, attendanceMarks.participantId],
      set: {
        status: sql`excluded.status`,
        minutes: sql`excluded.minutes`,
        reason: sql`excluded.reason`,
        recordedAt: sql`excluded.recorded_at`,
        recordedBy: sql`excluded.recorded_by`,
      },
    });
}

/** Takes marks back (a mark set by mistake on a person who was not marked). */
export async function removeMarks(
  tx: Tx,
  kind: SessionKind,
  keys: readonly { sessionId: number; participantId: number }[],
): Promise<void> {
  for (const k of keys)
    await tx
      .delete(attendanceMarks)
      .where(
        and(
          eq(attendanceMarks.kind, kind),
          eq(attendanceMarks.sessionId, k.sessionId),
          eq(attendanceMarks.participantId, k.participantId),
        ),
      );
}

/** Which of the sessions carry marks: their attendance is recorded, so they took place. */
export async function sessionsWithMarks(
  tx: Tx,
  kind: SessionKind,
  sessionIds: readonly number[],
): Promise<Set<number>> {
  if (!sessionIds.length) return new Set();
  const rows = await tx
    .selectDistinct({ sessionId: attendanceMarks.sessionId })
    .from(attendanceMarks)
    .where(
      and(eq(attendanceMarks.kind, kind), inArray(attendanceMarks.sessionId, [...sessionIds])),
    );
  return new Set(rows.map((r) => r.sessionId));
}
