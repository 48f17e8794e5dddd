import type { ParsedInput } from '../../contract';
import type { ClubEdition, ClubProgramme, EditionSummary } from '../../contract/club';
import { cycleInProjectIssues } from '../../contract/club-rules';
import { AppError } from '../../contract/errors';
import { addDays, formatDate } from '../../domain/dates';
import { plural } from '../../domain/plural';
import { refuseField } from '../field-rules';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { peakMembers } from '../../domain/club/membership';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findProject } from '../projects/projects.repo';
import { programmeFitIssues, refuseIssues, requireEdition } from './club-checks';
import {
  insertEdition,
  listEditions,
  updateEditionRow,
  type EditionValues,
} from './club-editions.repo';
import { membershipsOfEdition } from './club-members.repo';
import { listSessions } from './club-sessions.repo';
import { listGroups, listModules, listRooms, listTrainers } from './club-programme.repo';

/** The whole programme of an edition, inside the caller's unit of work. */
export async function readProgramme(tx: Tx, editionId: number): Promise<ClubProgramme> {
  const edition = await requireEdition(tx, editionId);
  const memberships = await membershipsOfEdition(tx, editionId);
  const groups = (await listGroups(tx, editionId)).map((g) => ({
    ...g,
    members: peakMembers(memberships.filter((m) => m.groupId === g.id)).count,
  }));
  return {
    edition,
    groups,
    modules: await listModules(tx, editionId),
    trainers: await listTrainers(tx, editionId),
    rooms: await listRooms(tx, editionId),
  };
}

export function listClubEditions(
  ctx: HandlerContext,
  projectId: number | undefined,
): Promise<EditionSummary[]> {
  return ctx.uow.read((tx) => listEditions(tx, projectId));
}

export function getProgramme(ctx: HandlerContext, editionId: number): Promise<ClubProgramme> {
  return ctx.uow.read((tx) => readProgramme(tx, editionId));
}

async function requireProjectOf(tx: Tx, projectId: number) {
  const project = await findProject(tx, projectId);
  if (!project) throw new AppError('not_found', 'Nie znaleziono projektu');
  return project;
}

export function createEdition(
  ctx: HandlerContext,
  input: ParsedInput<'club.createEdition'>,
): Promise<ClubEdition> {
  const { projectId, ...values } = input;
  return ctx.uow.write(async (tx) => {
    const project = await requireProjectOf(tx, projectId);
    refuseIssues(cycleInProjectIssues(values.startDate, values.weeks, project));
    const id = await insertEdition(tx, projectId, values);
    await recordAudit(ctx, {
      entity: 'clubEdition',
      entityId: id,
      action: 'create',
      changedFields: ['projectId', ...changedFields(null, values)],
    });
    return requireEdition(tx, id);
  });
}

/** A cycle moved or shortened may not leave planned sessions outside it (nothing is lost). */
async function refuseSessionsOutside(tx: Tx, id: number, values: EditionValues): Promise<void> {
  const end = addDays(values.startDate, values.weeks * 7 - 1);
  const outside = (await listSessions(tx, id)).filter(
    (s) => s.date < values.startDate || s.date > end,
  ).length;
  if (outside > 0)
    refuseField(
      ['edition', 'weeks'],
      `Poza nowym cyklem (${formatDate(values.startDate)}–${formatDate(end)}) zostałoby ${outside} ${plural(outside, 'zajęcie', 'zajęcia', 'zajęć')} z harmonogramu — najpierw je przenieś albo zmień cykl tak, by je obejmował.`,
    );
}

export function updateEdition(
  ctx: HandlerContext,
  id: number,
  values: EditionValues,
): Promise<ClubEdition> {
  return ctx.uow.write(async (tx) => {
    const before = await requireEdition(tx, id);
    const project = await requireProjectOf(tx, before.projectId);
    refuseIssues(cycleInProjectIssues(values.startDate, values.weeks, project), ['edition']);
    refuseIssues(
      await programmeFitIssues(tx, id, values, {
        weeks: ['edition', 'weeks'],
        meetings: ['edition', 'meetings'],
      }),
    );
    await refuseSessionsOutside(tx, id, values);
    await updateEditionRow(tx, id, values, ctx.now);
    await recordAudit(ctx, {
      entity: 'clubEdition',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, values),
    });
    return requireEdition(tx, id);
  });
}
