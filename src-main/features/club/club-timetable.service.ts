import type { ChannelOutput, ParsedInput } from '../../contract';
import type { ClubSession } from '../../contract/club';
import { plural } from '../../domain/plural';
import { sessionsWithMarks } from '../attendance/marks.repo';
import { AppError } from '../../contract/errors';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import type { PlannedSession, PlanProblem, SoftScore } from '../../domain/club/model';
import { recordAudit } from '../audit/audit.repo';
import { refuseField } from '../field-rules';
import { requireEdition } from './club-checks';
import { bumpRevision, insertPlanRecord, revisionIs } from './club-editions.repo';
import { readProgramme } from './club-editions.service';
import {
  deleteAllSessions,
  deleteSessions,
  insertSessions,
  listSessions,
} from './club-sessions.repo';
import { toPlanInput, toPlannedSessions } from './plan-input';
import type { PlannerRunner } from './planner-runner';
import type { PlanningRuns } from './planning-runs';

/*
 * The timetable (harmonogram): reading it, planning it whole, re-planning from a day. The
 * planner runs between two units of work — the programme is read in one, the answer saved in
 * another that first checks nothing changed meanwhile (the edition's revision) — so a long
 * plan never holds the database, and a plan of stale data is never saved.
 */

export const STALE_PLAN = 'Dane klubu zmieniły się w trakcie planowania — zaplanuj ponownie';

export function getSessions(
  ctx: HandlerContext,
  query: ParsedInput<'club.sessions'>,
): Promise<ChannelOutput<'club.sessions'>> {
  const { editionId, ...filter } = query;
  return ctx.uow.read(async (tx) => {
    const edition = await requireEdition(tx, editionId);
    return {
      editionId,
      revision: edition.revision,
      sessions: await listSessions(tx, editionId, filter),
    };
  });
}

/** Only what the contract declares of a problem, whatever else the planner keeps on it. */
const problemsOf = (problems: PlanProblem[]) => ({
  ok: false as const,
  problems: problems.map(({ kind, message, groupId, moduleId, needed, available }) => ({
    kind,
    message,
    ...(groupId === undefined ? {} : { groupId }),
    ...(moduleId === undefined ? {} : { moduleId }),
    ...(needed === undefined ? {} : { needed }),
    ...(available === undefined ? {} : { available }),
  })),
});

const softOf = (s: SoftScore): SoftScore => ({
  unevenWeeks: s.unevenWeeks,
  repeatedSameDay: s.repeatedSameDay,
  trainerGapHours: s.trainerGapHours,
  score: s.score,
});

/** The programme as the planner reads it, the stored sessions, and the revision read. */
async function readForPlanning(tx: Tx, editionId: number) {
  const programme = await readProgramme(tx, editionId);
  const sessions = await listSessions(tx, editionId);
  return { input: toPlanInput(programme), sessions, revision: programme.edition.revision };
}

/** Inside the saving write: the new revision, the planning's record and its audit entry. */
async function recordPlanning(
  ctx: HandlerContext,
  tx: Tx,
  editionId: number,
  record: {
    kind: 'plan' | 'replan';
    fromDate: string | null;
    sessions: number;
    moved: number;
    soft: SoftScore;
  },
): Promise<number> {
  const next = await bumpRevision(tx, editionId, ctx.now);
  await insertPlanRecord(tx, {
    editionId,
    at: ctx.now,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.name ?? null,
    ...record,
    soft: softOf(record.soft),
  });
  await recordAudit(ctx, {
    entity: 'clubEdition',
    entityId: editionId,
    action: 'update',
    changedFields: ['sessions'],
  });
  return next;
}

/** Refuses to save when anything of the edition changed since the planner's input was read. */
async function requireRevision(tx: Tx, editionId: number, revision: number): Promise<void> {
  if (!(await revisionIs(tx, editionId, revision))) throw new AppError('conflict', STALE_PLAN);
}

/**
 * What planning reads, with every session whose attendance is recorded taken as locked: it
 * took place (a session of today may already have marks), so no plan moves or removes it.
 */
async function readMarked(tx: Tx, editionId: number) {
  const read = await readForPlanning(tx, editionId);
  const marked = await sessionsWithMarks(
    tx,
    'club',
    read.sessions.map((s) => s.id),
  );
  return {
    ...read,
    marked,
    sessions: read.sessions.map((s) => (marked.has(s.id) ? { ...s, locked: true } : s)),
  };
}

/** Plans the whole cycle: every session is replaced, in one transaction with its audit entry. */
export async function planEdition(
  ctx: HandlerContext,
  planner: PlannerRunner,
  runs: PlanningRuns,
  editionId: number,
): Promise<ChannelOutput<'club.plan'>> {
  const { input, sessions, revision, marked } = await ctx.uow.read((tx) =>
    readMarked(tx, editionId),
  );
  // Once the cycle is under way, planning anew would wipe sessions that took place (before
  // today, or today with their attendance recorded).
  const held = sessions.filter((s) => s.date < ctx.today || marked.has(s.id)).length;
  if (held > 0)
    throw new AppError(
      'invalid_state',
      `Cykl już trwa: ${held} ${plural(held, 'zajęcia już się odbyły', 'zajęcia już się odbyły', 'zajęć już się odbyło')}. Zaplanuj ponownie od dnia dzisiejszego lub późniejszego — odbyte zajęcia zostaną.`,
    );
  const result = await runs.run(editionId, (signal) => planner.plan(input, signal));
  if (!result.ok) return problemsOf(result.problems);
  return ctx.uow.write(async (tx) => {
    await requireRevision(tx, editionId, revision);
    await deleteAllSessions(tx, editionId);
    await insertSessions(tx, editionId, result.sessions, ctx.now);
    const next = await recordPlanning(ctx, tx, editionId, {
      kind: 'plan',
      fromDate: null,
      sessions: result.sessions.length,
      moved: 0,
      soft: result.soft,
    });
    return {
      ok: true,
      sessions: result.sessions.length,
      soft: softOf(result.soft),
      revision: next,
    };
  });
}

const sameKey = (s: PlannedSession) =>
  [s.groupId, s.moduleId, s.trainerId, s.roomId, s.date, s.from, s.to].join('|');

/**
 * Which stored sessions go and which planned ones come: sessions before `fromDate` and locked
 * ones stay whatever the planner answered; of the others, one the planner left where it was
 * keeps its row (and id — the attendance issue will hang marks on it), the rest are replaced.
 * Works whether the planner returns the whole timetable or only the sessions from the day on.
 */
export function replanChanges(
  stored: readonly ClubSession[],
  planned: readonly PlannedSession[],
  fromDate: string,
): { remove: number[]; add: PlannedSession[] } {
  const movable = new Map<string, number[]>();
  for (const s of stored)
    if (s.date >= fromDate && !s.locked) {
      const key = sameKey(s);
      movable.set(key, [...(movable.get(key) ?? []), s.id]);
    }
  const add: PlannedSession[] = [];
  for (const p of planned) {
    if (p.date < fromDate || p.locked) continue;
    const kept = movable.get(sameKey(p));
    if (kept?.length) kept.pop();
    else add.push({ ...p, locked: false });
  }
  return { remove: [...movable.values()].flat(), add };
}

/** Re-plans from `fromDate` on: past and locked sessions stay, as few others move as can. */
export async function replanEdition(
  ctx: HandlerContext,
  planner: PlannerRunner,
  runs: PlanningRuns,
  editionId: number,
  fromDate: string,
): Promise<ChannelOutput<'club.replan'>> {
  if (fromDate < ctx.today)
    refuseField(
      'fromDate',
      'Zajęć, które już się odbyły, nie planuje się ponownie — wybierz dzień od dziś',
    );
  const { input, sessions, revision } = await ctx.uow.read((tx) => readMarked(tx, editionId));
  const result = await runs.run(editionId, (signal) =>
    planner.replan(input, toPlannedSessions(sessions), fromDate, signal),
  );
  if (!result.ok) return problemsOf(result.problems);
  return ctx.uow.write(async (tx) => {
    await requireRevision(tx, editionId, revision);
    const { remove, add } = replanChanges(sessions, result.sessions, fromDate);
    await deleteSessions(tx, remove);
    await insertSessions(tx, editionId, add, ctx.now);
    const total = sessions.length - remove.length + add.length;
    const next = await recordPlanning(ctx, tx, editionId, {
      kind: 'replan',
      fromDate,
      sessions: total,
      moved: result.moved,
      soft: result.soft,
    });
    return {
      ok: true,
      sessions: total,
      moved: result.moved,
      soft: softOf(result.soft),
      revision: next,
    };
  });
}
