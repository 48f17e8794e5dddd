import type { ParsedInput } from '../../contract';
import type {
  AttendanceListsData,
  AttendanceSession,
  Mark,
  MonthGrid,
  SessionSheet,
} from '../../contract/attendance';
import type { ClubSession } from '../../contract/club';
import { AppError } from '../../contract/errors';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { isMemberOn } from '../../domain/attendance/hours';
import { addDays, daysInMonth, toIsoDate } from '../../domain/dates';
import { refuseFuture } from '../attendance/marks';
import { marksOfSessions, type StoredMarkRow } from '../attendance/marks.repo';
import { cellWrites, markKey, writeMarks, type SessionWrite } from '../attendance/write-marks';
import { fundedProjectOf } from '../documents/funded-project';
import { getOffice } from '../settings/settings.service';
import { requireEdition, requireIn } from './club-checks';
import { GROUP_NOT_FOUND } from './club-groups.service';
import { namedMembershipsOfEdition } from './club-members.repo';
import { findGroup, listGroups, listModules, listRooms, listTrainers } from './club-programme.repo';
import { findSession, listSessions } from './club-sessions.repo';

/*
 * Attendance at the club's sessions: the sheet of one session, a group's month as a grid, the
 * lists printed for signatures. The marks and their rules are the attendance room's (shared
 * with courses); this file knows the club — its sessions, groups and members.
 */

const SESSION_NOT_FOUND = 'Nie znaleziono zajęć';

type NamedMembership = Awaited<ReturnType<typeof namedMembershipsOfEdition>>[number];

/** What naming an edition's sessions needs, read once. */
export interface EditionRoster {
  describe(session: ClubSession): AttendanceSession;
  /** The group's members on the day, in Polish order of surnames. */
  membersOn(groupId: number, date: string): NamedMembership[];
  memberships: NamedMembership[];
}

export async function editionRoster(
  tx: Tx,
  editionId: number,
  today: string,
): Promise<EditionRoster> {
  const [groups, modules, trainers, rooms, memberships] = await Promise.all([
    listGroups(tx, editionId),
    listModules(tx, editionId),
    listTrainers(tx, editionId),
    listRooms(tx, editionId),
    namedMembershipsOfEdition(tx, editionId),
  ]);
  const names = (list: readonly { id: number; name: string }[]) =>
    new Map(list.map((x) => [x.id, x.name]));
  const [group, module, trainer, room] = [
    names(groups),
    names(modules),
    names(trainers),
    names(rooms),
  ];
  return {
    memberships,
    describe: (s) => ({
      kind: 'club',
      id: s.id,
      editionId: s.editionId,
      groupId: s.groupId,
      group: group.get(s.groupId) ?? '',
      module: module.get(s.moduleId) ?? '',
      trainer: trainer.get(s.trainerId) ?? '',
      room: room.get(s.roomId) ?? '',
      date: s.date,
      from: s.from,
      to: s.to,
      recordable: s.date <= today,
    }),
    membersOn: (groupId, date) =>
      memberships.filter((m) => m.groupId === groupId && isMemberOn([m], date)),
  };
}

const toMark = (m: StoredMarkRow | undefined): Mark | null =>
  m ? { status: m.status, minutes: m.minutes, reason: m.reason } : null;

async function sheetOf(tx: Tx, session: ClubSession, today: string): Promise<SessionSheet> {
  const roster = await editionRoster(tx, session.editionId, today);
  const marks = new Map(
    (await marksOfSessions(tx, 'club', [session.id])).map((m) => [m.participantId, m]),
  );
  return {
    session: roster.describe(session),
    rows: roster.membersOn(session.groupId, session.date).map((m) => ({
      participantId: m.participantId,
      name: m.name,
      mark: toMark(marks.get(m.participantId)),
    })),
  };
}

async function requireSession(tx: Tx, id: number): Promise<ClubSession> {
  return requireIn(await findSession(tx, id), null, SESSION_NOT_FOUND);
}

export function getSessionSheet(ctx: HandlerContext, sessionId: number): Promise<SessionSheet> {
  return ctx.uow.read(async (tx) => sheetOf(tx, await requireSession(tx, sessionId), ctx.today));
}

/** Whether a person belonged to the session's group on its day. */
const memberOf =
  (roster: EditionRoster) =>
  (session: ClubSession) =>
  (participantId: number): boolean =>
    roster.membersOn(session.groupId, session.date).some((m) => m.participantId === participantId);

export function recordSession(
  ctx: HandlerContext,
  input: ParsedInput<'attendance.record'>,
): Promise<SessionSheet> {
  return ctx.uow.write(async (tx) => {
    const session = await requireSession(tx, input.sessionId);
    refuseFuture(session, ctx.today);
    const roster = await editionRoster(tx, session.editionId, ctx.today);
    const write: SessionWrite = {
      session,
      isMember: memberOf(roster)(session),
      marks: input.marks.map((m, index) => ({ input: m, index })),
    };
    await writeMarks(ctx, tx, 'club', 'attendance', [write], (i, field) => ['marks', i, field]);
    return sheetOf(tx, session, ctx.today);
  });
}

function monthDays(month: string): { from: string; to: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { from: toIsoDate(year, m, 1), to: toIsoDate(year, m, daysInMonth(year, m)) };
}

async function monthOf(tx: Tx, groupId: number, month: string, today: string): Promise<MonthGrid> {
  const group = requireIn(await findGroup(tx, groupId), null, GROUP_NOT_FOUND);
  const roster = await editionRoster(tx, group.editionId, today);
  const sessions = await listSessions(tx, group.editionId, { groupId, ...monthDays(month) });
  const marks = new Map(
    (
      await marksOfSessions(
        tx,
        'club',
        sessions.map((s) => s.id),
      )
    ).map((m) => [markKey(m.sessionId, m.participantId), m]),
  );
  const periods = new Map<number, NamedMembership[]>();
  for (const m of roster.memberships.filter((x) => x.groupId === groupId)) {
    periods.set(m.participantId, [...(periods.get(m.participantId) ?? []), m]);
  }
  const people = [...periods.values()]
    .filter((ms) => sessions.some((s) => isMemberOn(ms, s.date)))
    .map((ms) => ({
      participantId: ms[0]!.participantId,
      name: ms[0]!.name,
      cells: sessions.map((s) => {
        const member = isMemberOn(ms, s.date);
        return {
          member,
          mark: member ? toMark(marks.get(markKey(s.id, ms[0]!.participantId))) : null,
        };
      }),
    }));
  return { groupId, month, sessions: sessions.map(roster.describe), people };
}

export function getMonth(ctx: HandlerContext, groupId: number, month: string): Promise<MonthGrid> {
  return ctx.uow.read((tx) => monthOf(tx, groupId, month, ctx.today));
}

/** A month's grid saved in one write: every cell checked first, nothing saved if one is wrong. */
export function recordMonth(
  ctx: HandlerContext,
  input: ParsedInput<'attendance.recordMonth'>,
): Promise<MonthGrid> {
  return ctx.uow.write(async (tx) => {
    const group = requireIn(await findGroup(tx, input.groupId), null, GROUP_NOT_FOUND);
    const roster = await editionRoster(tx, group.editionId, ctx.today);
    const sessions = new Map(
      (
        await listSessions(tx, group.editionId, {
          groupId: group.id,
          ...monthDays(input.month),
        })
      ).map((s) => [s.id, s]),
    );
    const writes = cellWrites(
      input.marks,
      sessions,
      ctx.today,
      'Tych zajęć nie ma w harmonogramie tej grupy w tym miesiącu',
      memberOf(roster),
    );
    await writeMarks(ctx, tx, 'club', 'attendance', writes, (i, field) => ['marks', i, field]);
    return monthOf(tx, group.id, input.month, ctx.today);
  });
}

/** The longest stretch of lists printed at once: a year of sessions. */
const MAX_LIST_DAYS = 366;

/** Attendance lists to print: one session, a day of the edition, or a group's period. */
export function getLists(
  ctx: HandlerContext,
  input: ParsedInput<'attendance.lists'>,
): Promise<AttendanceListsData> {
  if (input.to < input.from)
    throw new AppError('invalid_input', 'Koniec okresu nie może być przed jego początkiem', {
      issues: [{ path: ['to'], message: 'Koniec okresu nie może być przed jego początkiem' }],
    });
  if (addDays(input.from, MAX_LIST_DAYS) <= input.to)
    throw new AppError('invalid_input', 'Listy drukuje się najwyżej za rok naraz', {
      issues: [{ path: ['to'], message: 'Listy drukuje się najwyżej za rok naraz' }],
    });
  return ctx.uow.read(async (tx) => {
    const edition = await requireEdition(tx, input.editionId);
    if (input.groupId !== null)
      requireIn(await findGroup(tx, input.groupId), edition.id, GROUP_NOT_FOUND);
    const roster = await editionRoster(tx, edition.id, ctx.today);
    let sessions = await listSessions(tx, edition.id, {
      from: input.from,
      to: input.to,
      ...(input.groupId !== null ? { groupId: input.groupId } : {}),
    });
    if (input.sessionId !== null) {
      sessions = sessions.filter((s) => s.id === input.sessionId);
      if (!sessions.length) throw new AppError('not_found', SESSION_NOT_FOUND);
    }
    const office = await getOffice(tx);
    return {
      kind: 'club',
      office: { name: office.officeName },
      project: await fundedProjectOf(tx, edition.projectId, 'image'),
      edition: { name: edition.name },
      sheets: sessions.map((s) => {
        const { recordable: _r, ...session } = roster.describe(s);
        return { ...session, names: roster.membersOn(s.groupId, s.date).map((m) => m.name) };
      }),
    };
  });
}
