import { and, asc, eq, gte, inArray, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { ClubSession } from '../../contract/club';
import { first } from '../../db/query';
import { clubSessions } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { PlannedSession } from '../../domain/club/model';

type Row = typeof clubSessions.$inferSelect;

const toSession = (r: Row): ClubSession => ({
  id: r.id,
  editionId: r.editionId,
  groupId: r.groupId,
  moduleId: r.moduleId,
  trainerId: r.trainerId,
  roomId: r.roomId,
  date: r.date,
  from: r.startMinute,
  to: r.endMinute,
  locked: r.locked,
  manual: r.manual,
});

export interface SessionFilter {
  from?: string;
  to?: string;
  groupId?: number;
  trainerId?: number;
  roomId?: number;
}

/** The edition's sessions in time order (day, start, group), narrowed by the filter. */
export async function listSessions(
  tx: Tx,
  editionId: number,
  f: SessionFilter = {},
): Promise<ClubSession[]> {
  const where: SQL | undefined = and(
    eq(clubSessions.editionId, editionId),
    f.from ? gte(clubSessions.date, f.from) : undefined,
    f.to ? lte(clubSessions.date, f.to) : undefined,
    f.groupId ? eq(clubSessions.groupId, f.groupId) : undefined,
    f.trainerId ? eq(clubSessions.trainerId, f.trainerId) : undefined,
    f.roomId ? eq(clubSessions.roomId, f.roomId) : undefined,
  );
  const rows = await tx
    .select()
    .from(clubSessions)
    .where(where)
    .orderBy(
      asc(clubSessions.date),
      asc(clubSessions.startMinute),
      asc(clubSessions.groupId),
      asc(clubSessions.id),
    );
  return rows.map(toSession);
}

export async function findSession(tx: Tx, id: number): Promise<ClubSession | undefined> {
  const row = await first(tx.select().from(clubSessions).where(eq(clubSessions.id, id)));
  return row && toSession(row);
}

/** How many sessions name the record in `column` (a group, module, trainer or room). */
export async function countSessionsOf(tx: Tx, column: AnyColumn, id: number): Promise<number> {
  const row = await first(
    tx
      .select({ n: sql<number>`count(*)` })
      .from(clubSessions)
      .where(eq(column, id)),
  );
  return row?.n ?? 0;
}

export async function insertSessions(
  tx: Tx,
  editionId: number,
  sessions: readonly PlannedSession[],
  stamp: string,
): Promise<void> {
  // SQLite binds at most 32 766 values per statement: 11 columns × 500 rows stays well below.
  for (let i = 0; i < sessions.length; i += 500)
    await tx.insert(clubSessions).values(
      sessions.slice(i, i + 500).map((s) => ({
        editionId,
        groupId: s.groupId,
        moduleId: s.moduleId,
        trainerId: s.trainerId,
        roomId: s.roomId,
        date: s.date,
        startMinute: s.from,
        endMinute: s.to,
        locked: s.locked,
        manual: false,
        createdAt: stamp,
        updatedAt: stamp,
      })),
    );
}

export async function deleteSessions(tx: Tx, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await tx.delete(clubSessions).where(inArray(clubSessions.id, ids.slice(i, i + 500)));
}

export async function deleteAllSessions(tx: Tx, editionId: number): Promise<void> {
  await tx.delete(clubSessions).where(eq(clubSessions.editionId, editionId));
}

export async function updateSessionRow(
  tx: Tx,
  id: number,
  values: Partial<
    Pick<Row, 'trainerId' | 'roomId' | 'date' | 'startMinute' | 'endMinute' | 'locked' | 'manual'>
  >,
  updatedAt: string,
): Promise<ClubSession> {
  const [row] = await tx
    .update(clubSessions)
    .set({ ...values, updatedAt })
    .where(eq(clubSessions.id, id))
    .returning();
  return toSession(row!);
}
