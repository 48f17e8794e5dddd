import { asc, eq, type SQL } from 'drizzle-orm';
import type { ClubAbsence, ClubModule, ClubRoom, ClubTrainer } from '../../contract/club';
import { first } from '../../db/query';
import {
  clubGroups,
  clubModules,
  clubRooms,
  clubTrainerAbsences,
  clubTrainers,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { Slot } from '../../contract/club-fields';

/*
 * The parts of an edition's programme: groups, modules, trainers with their absences, rooms.
 * Each row names its edition; the services check that a saved record is the edition's.
 */

type GroupRow = typeof clubGroups.$inferSelect;
type ModuleRow = typeof clubModules.$inferSelect;
type TrainerRow = typeof clubTrainers.$inferSelect;
type AbsenceRow = typeof clubTrainerAbsences.$inferSelect;
type RoomRow = typeof clubRooms.$inferSelect;

export type GroupValues = Pick<GroupRow, 'editionId' | 'name' | 'sizeLimit'> & {
  meetings: Slot[] | null;
};
export type ModuleValues = Omit<ClubModule, 'id'>;
export type TrainerValues = Omit<ClubTrainer, 'id' | 'absences'>;
export type AbsenceValues = Omit<ClubAbsence, 'id'>;
export type RoomValues = Omit<ClubRoom, 'id'>;

/** A group as stored; its members are counted by the members' repository. */
export interface GroupRecord {
  id: number;
  editionId: number;
  name: string;
  sizeLimit: number;
  meetings: Slot[] | null;
}

const toGroup = (r: GroupRow): GroupRecord => ({
  id: r.id,
  editionId: r.editionId,
  name: r.name,
  sizeLimit: r.sizeLimit,
  meetings: r.meetings as Slot[] | null,
});

const toModule = (r: ModuleRow): ClubModule => ({
  id: r.id,
  editionId: r.editionId,
  name: r.name,
  hours: r.hours,
  specialists: r.specialists as ClubModule['specialists'],
  minSession: r.minSession,
  maxSession: r.maxSession,
  pattern: r.pattern as ClubModule['pattern'],
  weekFrom: r.weekFrom,
  weekTo: r.weekTo,
  roomFeatures: r.roomFeatures as ClubModule['roomFeatures'],
  duty: r.duty,
  minAttendancePercent: r.minAttendancePercent,
  position: r.position,
});

const toAbsence = (r: AbsenceRow): ClubAbsence => ({
  id: r.id,
  trainerId: r.trainerId,
  from: r.fromDate,
  to: r.toDate,
  reason: r.reason as ClubAbsence['reason'],
  note: r.note,
});

const toTrainer = (r: TrainerRow, absences: ClubAbsence[]): ClubTrainer => ({
  id: r.id,
  editionId: r.editionId,
  name: r.name,
  specialisations: r.specialisations as ClubTrainer['specialisations'],
  staffId: r.staffId,
  availability: r.availability as Slot[],
  maxHoursPerWeek: r.maxHoursPerWeek,
  absences,
});

const toRoom = (r: RoomRow): ClubRoom => ({
  id: r.id,
  editionId: r.editionId,
  name: r.name,
  capacity: r.capacity,
  features: r.features as ClubRoom['features'],
  availability: r.availability as Slot[],
  owner: r.owner,
});

// ---------------------------------------------------------------------------------------------
// Groups

export async function listGroups(tx: Tx, editionId: number): Promise<GroupRecord[]> {
  const rows = await tx
    .select()
    .from(clubGroups)
    .where(eq(clubGroups.editionId, editionId))
    .orderBy(asc(clubGroups.id));
  return rows.map(toGroup);
}

export async function findGroup(tx: Tx, id: number): Promise<GroupRecord | undefined> {
  const row = await first(tx.select().from(clubGroups).where(eq(clubGroups.id, id)));
  return row && toGroup(row);
}

export async function insertGroup(tx: Tx, values: GroupValues): Promise<number> {
  const [row] = await tx.insert(clubGroups).values(values).returning({ id: clubGroups.id });
  return row!.id;
}

export async function updateGroupRow(
  tx: Tx,
  id: number,
  values: GroupValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(clubGroups)
    .set({ ...values, updatedAt })
    .where(eq(clubGroups.id, id));
}

export async function deleteGroupRow(tx: Tx, id: number): Promise<void> {
  await tx.delete(clubGroups).where(eq(clubGroups.id, id));
}

// ---------------------------------------------------------------------------------------------
// Modules

export async function listModules(tx: Tx, editionId: number): Promise<ClubModule[]> {
  const rows = await tx
    .select()
    .from(clubModules)
    .where(eq(clubModules.editionId, editionId))
    .orderBy(asc(clubModules.position), asc(clubModules.id));
  return rows.map(toModule);
}

export async function findModule(tx: Tx, id: number): Promise<ClubModule | undefined> {
  const row = await first(tx.select().from(clubModules).where(eq(clubModules.id, id)));
  return row && toModule(row);
}

export async function insertModule(tx: Tx, values: ModuleValues): Promise<number> {
  const [row] = await tx.insert(clubModules).values(values).returning({ id: clubModules.id });
  return row!.id;
}

export async function updateModuleRow(
  tx: Tx,
  id: number,
  values: ModuleValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(clubModules)
    .set({ ...values, updatedAt })
    .where(eq(clubModules.id, id));
}

export async function deleteModuleRow(tx: Tx, id: number): Promise<void> {
  await tx.delete(clubModules).where(eq(clubModules.id, id));
}

// ---------------------------------------------------------------------------------------------
// Trainers and their absences

async function absencesWhere(tx: Tx, where: SQL): Promise<ClubAbsence[]> {
  const rows = await tx
    .select({ a: clubTrainerAbsences })
    .from(clubTrainerAbsences)
    .innerJoin(clubTrainers, eq(clubTrainers.id, clubTrainerAbsences.trainerId))
    .where(where)
    .orderBy(asc(clubTrainerAbsences.fromDate), asc(clubTrainerAbsences.id));
  return rows.map((r) => toAbsence(r.a));
}

export async function listTrainers(tx: Tx, editionId: number): Promise<ClubTrainer[]> {
  const rows = await tx
    .select()
    .from(clubTrainers)
    .where(eq(clubTrainers.editionId, editionId))
    .orderBy(asc(clubTrainers.id));
  const absences = await absencesWhere(tx, eq(clubTrainers.editionId, editionId));
  return rows.map((r) =>
    toTrainer(
      r,
      absences.filter((a) => a.trainerId === r.id),
    ),
  );
}

export async function findTrainer(tx: Tx, id: number): Promise<ClubTrainer | undefined> {
  const row = await first(tx.select().from(clubTrainers).where(eq(clubTrainers.id, id)));
  return row && toTrainer(row, await absencesWhere(tx, eq(clubTrainers.id, id)));
}

export async function insertTrainer(tx: Tx, values: TrainerValues): Promise<number> {
  const [row] = await tx.insert(clubTrainers).values(values).returning({ id: clubTrainers.id });
  return row!.id;
}

export async function updateTrainerRow(
  tx: Tx,
  id: number,
  values: TrainerValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(clubTrainers)
    .set({ ...values, updatedAt })
    .where(eq(clubTrainers.id, id));
}

/** The trainer and their absences. */
export async function deleteTrainerRow(tx: Tx, id: number): Promise<void> {
  await tx.delete(clubTrainerAbsences).where(eq(clubTrainerAbsences.trainerId, id));
  await tx.delete(clubTrainers).where(eq(clubTrainers.id, id));
}

export async function findAbsence(tx: Tx, id: number): Promise<ClubAbsence | undefined> {
  const row = await first(
    tx.select().from(clubTrainerAbsences).where(eq(clubTrainerAbsences.id, id)),
  );
  return row && toAbsence(row);
}

export async function insertAbsence(tx: Tx, values: AbsenceValues): Promise<ClubAbsence> {
  const [row] = await tx
    .insert(clubTrainerAbsences)
    .values({
      trainerId: values.trainerId,
      fromDate: values.from,
      toDate: values.to,
      reason: values.reason,
      note: values.note,
    })
    .returning();
  return toAbsence(row!);
}

export async function deleteAbsenceRow(tx: Tx, id: number): Promise<void> {
  await tx.delete(clubTrainerAbsences).where(eq(clubTrainerAbsences.id, id));
}

// ---------------------------------------------------------------------------------------------
// Rooms

export async function listRooms(tx: Tx, editionId: number): Promise<ClubRoom[]> {
  const rows = await tx
    .select()
    .from(clubRooms)
    .where(eq(clubRooms.editionId, editionId))
    .orderBy(asc(clubRooms.id));
  return rows.map(toRoom);
}

export async function findRoom(tx: Tx, id: number): Promise<ClubRoom | undefined> {
  const row = await first(tx.select().from(clubRooms).where(eq(clubRooms.id, id)));
  return row && toRoom(row);
}

export async function insertRoom(tx: Tx, values: RoomValues): Promise<number> {
  const [row] = await tx.insert(clubRooms).values(values).returning({ id: clubRooms.id });
  return row!.id;
}

export async function updateRoomRow(
  tx: Tx,
  id: number,
  values: RoomValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(clubRooms)
    .set({ ...values, updatedAt })
    .where(eq(clubRooms.id, id));
}

export async function deleteRoomRow(tx: Tx, id: number): Promise<void> {
  await tx.delete(clubRooms).where(eq(clubRooms.id, id));
}
