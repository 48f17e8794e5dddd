import { AppError } from '../../contract/errors';
import type { ParsedInput } from '../../contract';
import type {
  ContractContent,
  ContractRow,
  EvaluationDecision,
  EvaluationResult,
  Instrument,
  ObligationsKept,
  SocialContract,
} from '../../contract/social-contracts';
import { contractAlerts, ENDING_SOON_DAYS, isEditable } from '../../domain/contract-status';
import type { ContractStatus, TerminationReason } from '../../domain/contract-status';
import type { ContractVariant } from '../../contract/social-contracts';
import { addDays } from '../../domain/dates';
import { checkInstrumentRule } from '../../domain/integration-instruments';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { refuseField } from '../field-rules';
import { findInstruments } from '../instruments/instruments.repo';
import { findParticipant } from '../participants/participants.repo';
import { findProject } from '../projects/projects.repo';
import { findStaff } from '../staff/staff.repo';
import {
  amendmentsOf,
  currentContent,
  evaluationsOf,
  findContractRow,
  insertContract,
  listContractRows,
  updateContractRow,
  type ContractRowDb,
} from './contracts.repo';

type TaskProgress = SocialContract['evaluations'][number]['taskProgress'];

/** The EFS rule applies to a contract inside an EFS project. */
export function ruleFor(isEfs: boolean, instruments: Instrument[]): SocialContract['rule'] {
  if (!isEfs) return { applies: false, satisfied: true, problems: [] };
  return { applies: true, ...checkInstrumentRule(instruments.map((i) => i.group)) };
}

function alertsOf(
  row: Pick<ContractRowDb, 'status' | 'periodTo' | 'nextEvaluationOn'>,
  today: string,
) {
  return contractAlerts(
    {
      status: row.status as ContractStatus,
      periodTo: row.periodTo,
      nextEvaluationOn: row.nextEvaluationOn,
    },
    today,
  );
}

/**
 * The contract as it stands, inside the caller's unit of work; its alerts are judged on
 * `today`.
 */
export async function getContract(tx: Tx, id: number, today: string): Promise<SocialContract> {
  const found = await findContractRow(tx, id);
  if (!found) throw new AppError('not_found', 'Nie znaleziono kontraktu');
  const { c } = found;
  const content = await currentContent(tx, c);
  const instruments = await findInstruments(tx, content.instrumentIds);
  const evaluations = await evaluationsOf(tx, id);
  const amendments = await amendmentsOf(tx, id);
  return {
    id: c.id,
    status: c.status as ContractStatus,
    number: c.number,
    signedOn: c.signedOn,
    participantId: c.participantId,
    participantName: found.participantName,
    projectId: c.projectId,
    projectTitle: found.projectTitle,
    content,
    instruments,
    rule: ruleFor(found.projectIsEfs ?? false, instruments),
    nextEvaluationOn: c.nextEvaluationOn,
    alerts: alertsOf(c, today),
    endedOn: c.endedOn,
    goalsReached: c.goalsReached,
    terminationReason: c.terminationReason as TerminationReason | null,
    endNote: c.endNote,
    evaluations: evaluations.map((e) => ({
      id: e.id,
      date: e.date,
      taskProgress: e.taskProgress as TaskProgress,
      goalProgress: e.goalProgress as { goal: string; comment: string }[],
      assessment: e.assessment,
      personAssessment: e.personAssessment,
      personKeptObligations: e.personKeptObligations as ObligationsKept | null,
      officeKeptObligations: e.officeKeptObligations as ObligationsKept | null,
      result: e.result as EvaluationResult | null,
      decision: e.decision as EvaluationDecision | null,
      nextEvaluationOn: e.nextEvaluationOn,
      actorName: e.actorName,
      documentId: e.documentId,
    })),
    amendments: amendments.map((a) => ({
      id: a.id,
      seq: a.seq,
      number: a.number,
      date: a.date,
      effectiveFrom: a.effectiveFrom ?? a.date,
      description: a.description,
      changes: a.changes as SocialContract['amendments'][number]['changes'],
      documentId: a.documentId,
    })),
    documentId: c.documentId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export async function listContracts(
  tx: Tx,
  input: ParsedInput<'contracts.list'> & { reachableBy?: number },
  today: string,
) {
  const { rows, total } = await listContractRows(
    tx,
    input,
    today,
    addDays(today, ENDING_SOON_DAYS),
  );
  const list: ContractRow[] = rows.map(
    ({ c, participantName, projectTitle, socialWorkerName }) => ({
      id: c.id,
      status: c.status as ContractStatus,
      number: c.number,
      variant: c.variant as ContractVariant,
      participantId: c.participantId,
      participantName,
      projectTitle,
      socialWorkerName,
      periodFrom: c.periodFrom,
      periodTo: c.periodTo,
      nextEvaluationOn: c.nextEvaluationOn,
      alerts: alertsOf(c, today),
    }),
  );
  return { rows: list, total };
}

/** Checks a content against the records it names; the paths point into `content`. */
export async function checkContent(tx: Tx, content: ContractContent): Promise<void> {
  const worker = await findStaff(tx, content.socialWorkerId);
  if (!worker) refuseField(['content', 'socialWorkerId'], 'Nie ma takiego pracownika');
  const known = new Set((await findInstruments(tx, content.instrumentIds)).map((i) => i.id));
  content.instrumentIds.forEach((id, i) => {
    if (!known.has(id)) refuseField(['content', 'instrumentIds', i], 'Nie ma takiego instrumentu');
  });
}

async function checkParties(
  tx: Tx,
  participantId: number,
  projectId: number | null,
): Promise<void> {
  if (!(await findParticipant(tx, participantId)))
    throw new AppError('not_found', 'Nie znaleziono uczestnika');
  if (projectId !== null && !(await findProject(tx, projectId)))
    throw new AppError('not_found', 'Nie znaleziono projektu');
}

/** The columns that mirror the current content, for lists and alerts. */
export function mirrorColumns(content: ContractContent) {
  return {
    variant: content.variant,
    socialWorkerId: content.socialWorkerId,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
  };
}

export function createContract(
  ctx: HandlerContext,
  input: ParsedInput<'contracts.create'>,
): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    await checkParties(tx, input.participantId, input.projectId);
    await checkContent(tx, input.content);
    const id = await insertContract(tx, {
      participantId: input.participantId,
      projectId: input.projectId,
      status: 'draft',
      content: input.content,
      ...mirrorColumns(input.content),
    });
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: id,
      action: 'create',
      changedFields: changedFields(null, input.content),
    });
    return getContract(tx, id, ctx.today);
  });
}

/** Only a draft can be edited: what was signed is changed by an amendment (aneks). */
export function updateContract(
  ctx: HandlerContext,
  input: ParsedInput<'contracts.update'>,
): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    const before = await getContract(tx, input.id, ctx.today);
    if (!isEditable(before.status))
      throw new AppError(
        'invalid_state',
        'Zawartego kontraktu nie można zmieniać — sporządź aneks',
      );
    await checkParties(tx, before.participantId, input.projectId);
    await checkContent(tx, input.content);
    await updateContractRow(
      tx,
      input.id,
      { projectId: input.projectId, content: input.content, ...mirrorColumns(input.content) },
      ctx.now,
    );
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: input.id,
      action: 'update',
      // The project is a party, not content: named too when it changed.
      changedFields: [
        ...(before.projectId === input.projectId ? [] : ['projectId']),
        ...changedFields(before.content, input.content),
      ],
    });
    return getContract(tx, input.id, ctx.today);
  });
}
