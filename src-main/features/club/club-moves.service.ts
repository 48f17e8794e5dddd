import type { ParsedInput } from '../../contract';
import type { ClubSession } from '../../contract/club';
import { sessionsWithMarks } from '../attendance/marks.repo';
import { AppError } from '../../contract/errors';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import type { PlannedSession } from '../../domain/club/model';
import { checkSessionMove } from '../../domain/club/planner';
import { formatDate } from '../../domain/dates';
import { plural } from '../../domain/plural';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { refuseField } from '../field-rules';
import { bumpRevision } from './club-editions.repo';
import { readProgramme } from './club-editions.service';
import { findSession, listSessions, updateSessionRow } from './club-sessions.repo';
import { toPlanInput, toPlannedSessions } from './plan-input';

/*
 * Changes to one session by hand: a move (dragged in the calendar or typed in a dialog),
 * checked against every hard rule by the planner's own check, and locking.
 */

type Move = ParsedInput<'club.moveSession'>;

async function requireSession(tx: Tx, id: number): Promise<ClubSession> {
  const session = await findSession(tx, id);
  if (!session) throw new AppError('not_found', 'Nie znaleziono zajęć');
  return session;
}

/** What the move would collide with or break, in Polish; empty when it is allowed. */
async function conflictsOf(
  tx: Tx,
  move: Move,
  today: string,
): Promise<{ session: ClubSession; conflicts: string[] }> {
  const session = await requireSession(tx, move.sessionId);
  const programme = await readProgramme(tx, session.editionId);
  if (!programme.trainers.some((t) => t.id === move.trainerId))
    refuseField('trainerId', 'Ten prowadzący nie należy do tej edycji klubu');
  if (!programme.rooms.some((r) => r.id === move.roomId))
    refuseField('roomId', 'Ta sala nie należy do tej edycji klubu');
  const stored = await listSessions(tx, session.editionId);
  const candidate: PlannedSession = {
    groupId: session.groupId,
    moduleId: session.moduleId,
    trainerId: move.trainerId,
    roomId: move.roomId,
    date: move.date,
    from: move.from,
    to: move.to,
    locked: true,
  };
  const conflicts = checkSessionMove(
    toPlanInput(programme),
    toPlannedSessions(stored),
    stored.findIndex((s) => s.id === session.id),
    candidate,
  );
  // What took place is history (the attendance lists are signed for it), and so is a day gone;
  // a session of today whose attendance is recorded has taken place too.
  if (session.date < today || (await sessionsWithMarks(tx, 'club', [session.id])).size)
    conflicts.unshift(
      `Te zajęcia już się odbyły (${formatDate(session.date)}) — nie przenosi się ich.`,
    );
  else if (move.date < today)
    conflicts.unshift(
      `Nie można przenieść zajęć na dzień, który minął (${formatDate(move.date)}).`,
    );
  return { session, conflicts };
}

export function checkMove(ctx: HandlerContext, move: Move): Promise<{ conflicts: string[] }> {
  return ctx.uow.read(async (tx) => ({
    conflicts: (await conflictsOf(tx, move, ctx.today)).conflicts,
  }));
}

/** Refused with the conflicts when any; otherwise moved, locked and marked as placed by hand. */
export function moveSession(ctx: HandlerContext, move: Move): Promise<ClubSession> {
  return ctx.uow.write(async (tx) => {
    const { session, conflicts } = await conflictsOf(tx, move, ctx.today);
    if (conflicts.length) {
      const more = conflicts.length - 1;
      const rest = more
        ? ` (i ${more} ${plural(more, 'inny powód', 'inne powody', 'innych powodów')})`
        : '';
      throw new AppError('conflict', `Nie można przenieść zajęć: ${conflicts[0]}${rest}`, {
        details: { conflicts },
      });
    }
    const after = {
      date: move.date,
      from: move.from,
      to: move.to,
      trainerId: move.trainerId,
      roomId: move.roomId,
      locked: true,
      manual: true,
    };
    const moved = await updateSessionRow(
      tx,
      session.id,
      {
        date: after.date,
        startMinute: after.from,
        endMinute: after.to,
        trainerId: after.trainerId,
        roomId: after.roomId,
        locked: true,
        manual: true,
      },
      ctx.now,
    );
    await bumpRevision(tx, session.editionId, ctx.now);
    await recordAudit(ctx, {
      entity: 'clubSession',
      entityId: session.id,
      action: 'update',
      changedFields: changedFields(session, after),
    });
    return moved;
  });
}

/** A locked session stays where it is when the timetable is re-planned. */
export function setLocked(
  ctx: HandlerContext,
  sessionId: number,
  locked: boolean,
): Promise<ClubSession> {
  return ctx.uow.write(async (tx) => {
    const session = await requireSession(tx, sessionId);
    // Nothing to change: no new revision (it would make a plan in progress stale), no entry.
    if (session.locked === locked) return session;
    const updated = await updateSessionRow(tx, sessionId, { locked }, ctx.now);
    await bumpRevision(tx, session.editionId, ctx.now);
    await recordAudit(ctx, {
      entity: 'clubSession',
      entityId: sessionId,
      action: 'update',
      changedFields: ['locked'],
    });
    return updated;
  });
}
