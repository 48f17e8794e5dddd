import type { ParsedInput } from '../../contract';
import type { ClubAbsence, ClubModule, ClubRoom, ClubTrainer } from '../../contract/club';
import {
  longestSlotMinutes,
  sessionTooLongProblem,
  weekWindowIssues,
} from '../../contract/club-rules';
import { AppError } from '../../contract/errors';
import { clubSessions } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { refuseField } from '../field-rules';
import { findStaff } from '../staff/staff.repo';
import { refuseIssues, requireEdition, requireIn } from './club-checks';
import { deleteRecord, saveRecord } from './club-records';
import { bumpRevision } from './club-editions.repo';
import {
  deleteAbsenceRow,
  deleteModuleRow,
  deleteRoomRow,
  deleteTrainerRow,
  findAbsence,
  findModule,
  findRoom,
  findTrainer,
  insertAbsence,
  insertModule,
  insertRoom,
  insertTrainer,
  listGroups,
  listTrainers,
  updateModuleRow,
  updateRoomRow,
  updateTrainerRow,
} from './club-programme.repo';
import { countSessionsOf } from './club-sessions.repo';

/*
 * Modules, trainers (with their absences) and rooms of an edition. Every write counts in the
 * edition's revision and leaves one audit entry naming the fields, never their values.
 */

const MODULE_NOT_FOUND = 'Nie znaleziono modułu';
const TRAINER_NOT_FOUND = 'Nie znaleziono prowadzącego';
const ROOM_NOT_FOUND = 'Nie znaleziono sali';

// ---------------------------------------------------------------------------------------------
// Modules

export function saveModule(
  ctx: HandlerContext,
  input: ParsedInput<'club.saveModule'>,
): Promise<ClubModule> {
  const { id, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, values.editionId);
    const before = id ? requireIn(await findModule(tx, id), edition.id, MODULE_NOT_FOUND) : null;
    const groups = await listGroups(tx, edition.id);
    const longest = longestSlotMinutes(edition.meetings, ...groups.map((g) => g.meetings));
    refuseIssues([
      ...weekWindowIssues(values.weekFrom, values.weekTo, edition.weeks),
      ...(sessionTooLongProblem(values.maxSession, longest)
        ? [{ path: ['maxSession'], message: sessionTooLongProblem(values.maxSession, longest)! }]
        : []),
    ]);
    const saved = await saveRecord(ctx, tx, 'clubModule', before, values, {
      insert: () => insertModule(tx, values),
      update: async () => (await updateModuleRow(tx, id!, values, ctx.now), id!),
    });
    return (await findModule(tx, saved))!;
  });
}

export function deleteModule(ctx: HandlerContext, id: number): Promise<{ id: number }> {
  return ctx.uow.write(async (tx) => {
    const module = requireIn(await findModule(tx, id), null, MODULE_NOT_FOUND);
    const sessions = await countSessionsOf(tx, clubSessions.moduleId, id);
    return deleteRecord(ctx, tx, module, 'clubModule', sessions, `moduł „${module.name}”`, () =>
      deleteModuleRow(tx, id),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Trainers and their absences

export function saveTrainer(
  ctx: HandlerContext,
  input: ParsedInput<'club.saveTrainer'>,
): Promise<ClubTrainer> {
  const { id, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, values.editionId);
    const found = id ? requireIn(await findTrainer(tx, id), edition.id, TRAINER_NOT_FOUND) : null;
    if (values.staffId !== null) {
      if (!(await findStaff(tx, values.staffId)))
        refuseField('staffId', 'Nie ma takiego pracownika');
      const twice = (await listTrainers(tx, edition.id)).some(
        (t) => t.staffId === values.staffId && t.id !== id,
      );
      if (twice) refuseField('staffId', 'Ten pracownik jest już prowadzącym w tej edycji');
    }
    const before = found && (({ absences: _a, ...rest }) => rest)(found);
    const saved = await saveRecord(ctx, tx, 'clubTrainer', before, values, {
      insert: () => insertTrainer(tx, values),
      update: async () => (await updateTrainerRow(tx, id!, values, ctx.now), id!),
    });
    return (await findTrainer(tx, saved))!;
  });
}

export function deleteTrainer(ctx: HandlerContext, id: number): Promise<{ id: number }> {
  return ctx.uow.write(async (tx) => {
    const trainer = requireIn(await findTrainer(tx, id), null, TRAINER_NOT_FOUND);
    const sessions = await countSessionsOf(tx, clubSessions.trainerId, id);
    return deleteRecord(
      ctx,
      tx,
      trainer,
      'clubTrainer',
      sessions,
      `prowadzący ${trainer.name}`,
      () => deleteTrainerRow(tx, id),
    );
  });
}

/** An absence changes the trainer's record: the entry is the trainer's, naming `absences`. */
async function auditAbsences(ctx: HandlerContext, tx: Tx, trainer: ClubTrainer): Promise<void> {
  await bumpRevision(tx, trainer.editionId, ctx.now);
  await recordAudit(ctx, {
    entity: 'clubTrainer',
    entityId: trainer.id,
    action: 'update',
    changedFields: ['absences'],
  });
}

export function addAbsence(
  ctx: HandlerContext,
  input: ParsedInput<'club.addAbsence'>,
): Promise<ClubAbsence> {
  return ctx.uow.write(async (tx) => {
    const trainer = requireIn(await findTrainer(tx, input.trainerId), null, TRAINER_NOT_FOUND);
    const absence = await insertAbsence(tx, input);
    await auditAbsences(ctx, tx, trainer);
    return absence;
  });
}

export function removeAbsence(ctx: HandlerContext, id: number): Promise<{ id: number }> {
  return ctx.uow.write(async (tx) => {
    const absence = await findAbsence(tx, id);
    if (!absence) throw new AppError('not_found', 'Nie znaleziono nieobecności');
    const trainer = (await findTrainer(tx, absence.trainerId))!;
    await deleteAbsenceRow(tx, id);
    await auditAbsences(ctx, tx, trainer);
    return { id };
  });
}

// ---------------------------------------------------------------------------------------------
// Rooms

export function saveRoom(
  ctx: HandlerContext,
  input: ParsedInput<'club.saveRoom'>,
): Promise<ClubRoom> {
  const { id, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, values.editionId);
    const before = id ? requireIn(await findRoom(tx, id), edition.id, ROOM_NOT_FOUND) : null;
    const saved = await saveRecord(ctx, tx, 'clubRoom', before, values, {
      insert: () => insertRoom(tx, values),
      update: async () => (await updateRoomRow(tx, id!, values, ctx.now), id!),
    });
    return (await findRoom(tx, saved))!;
  });
}

export function deleteRoom(ctx: HandlerContext, id: number): Promise<{ id: number }> {
  return ctx.uow.write(async (tx) => {
    const room = requireIn(await findRoom(tx, id), null, ROOM_NOT_FOUND);
    const sessions = await countSessionsOf(tx, clubSessions.roomId, id);
    return deleteRecord(ctx, tx, room, 'clubRoom', sessions, `sala „${room.name}”`, () =>
      deleteRoomRow(tx, id),
    );
  });
}
