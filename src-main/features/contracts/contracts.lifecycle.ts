import { AppError } from '../../contract/errors';
import type { ParsedInput } from '../../contract';
import type { SocialContract } from '../../contract/social-contracts';
import {
  canAmend,
  canEvaluate,
  canTransition,
  CONTRACT_STATUS_LABELS,
  formatAmendmentNumber,
  formatContractNumber,
  TERMINATION_REASON_LABELS,
  type ContractStatus,
} from '../../domain/contract-status';
import { cleanText } from '../../domain/text-input';
import { notInFuture, refuseField } from '../field-rules';
import {
  beforeSigningProblem,
  nextEvaluationAfterPeriodProblem,
  signedBeforeConcludedProblem,
} from '../../contract/social-contract-rules';
import { drawNumber } from '../../db/counters';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { issueDocument } from '../documents/documents.service';
import { findEnrolment, findEnrolmentOf } from '../enrolments/enrolments.repo';
import { changeStatus, recordExit } from '../enrolments/enrolments.service';
import { findInstruments } from '../instruments/instruments.repo';
import { findStaff, staffName } from '../staff/staff.repo';
import { describeChanges } from './contract-changes';
import { insertAmendment, insertEvaluation, updateContractRow } from './contracts.repo';
import { buildContractData } from './contracts.snapshot';
import { checkContent, getContract, mirrorColumns, ruleFor } from './contracts.service';

/** Contract numbers: KS/<year>/<seq>, one series per office and year. */
const SERIES = 'KS';
/** Evaluation sheets (<contract>/O/<seq>) and amendments (<contract>/A/<seq>), per contract. */
const EVALUATIONS = 'contract-evaluation';
const AMENDMENTS = 'contract-amendment';

function requireStatus(
  contract: SocialContract,
  allowed: (s: ContractStatus) => boolean,
  action: string,
) {
  if (!allowed(contract.status))
    throw new AppError(
      'invalid_state',
      `Nie można ${action} kontraktu o statusie „${CONTRACT_STATUS_LABELS[contract.status]}”`,
    );
}

/** Records a contract's document in the register, hashed as it prints, issued by the actor. */
function notBeforeSigning(contract: SocialContract, date: string, today: string): void {
  notInFuture(date, today, 'date');
  const problem = beforeSigningProblem(date, contract.signedOn);
  if (problem) refuseField('date', problem);
}

/**
 * Signs a draft: draws the next number of the year with no gaps, freezes the content and
 * records the printed document with the data it was made from. The write lock is taken at
 * the start (as every write does), so two workstations cannot draw the same number.
 */
export function signContract(
  ctx: HandlerContext,
  input: ParsedInput<'contracts.sign'>,
): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    const contract = await getContract(tx, input.id, ctx.today);
    requireStatus(contract, (s) => canTransition(s, 'signed'), 'zawrzeć');
    if (!contract.content.tasks.length)
      throw new AppError('invalid_state', 'Kontrakt musi zawierać co najmniej jedno zadanie');
    if (!contract.rule.satisfied)
      throw new AppError(
        'invalid_state',
        `Ścieżka reintegracji nie spełnia zasad EFS: ${contract.rule.problems.join(' ')}`,
      );
    notInFuture(input.signedOn, ctx.today, 'signedOn');
    const early = signedBeforeConcludedProblem(input.signedOn, contract.content.concludedOn);
    if (early) refuseField('signedOn', early);
    const year = Number(input.signedOn.slice(0, 4));
    const number = formatContractNumber(year, await drawNumber(tx, SERIES, year));
    const data = await buildContractData(tx, { ...contract, number }, true);
    const document = await issueDocument(ctx, tx, {
      kind: 'contract',
      number,
      issuedOn: input.signedOn,
      entityId: contract.id,
      data,
    });
    await updateContractRow(
      tx,
      contract.id,
      {
        status: 'signed',
        number,
        signedOn: input.signedOn,
        documentId: document.id,
        nextEvaluationOn: contract.content.evaluation.firstOn,
      },
      ctx.now,
    );
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'issue',
      changedFields: ['status', 'number'],
    });
    return getContract(tx, contract.id, ctx.today);
  });
}

/** A goal as compared between an evaluation and its contract (older contents were not cleaned). */
const goalKey = (goal: string) => cleanText(goal, 'multiline');

export function addEvaluation(
  ctx: HandlerContext,
  input: ParsedInput<'contracts.addEvaluation'>,
): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    const contract = await getContract(tx, input.id, ctx.today);
    requireStatus(contract, canEvaluate, 'oceniać');
    notBeforeSigning(contract, input.date, ctx.today);
    input.taskProgress.forEach((p, i) => {
      if (p.taskIndex >= contract.content.tasks.length)
        refuseField(['taskProgress', i, 'taskIndex'], 'Nie ma takiego zadania');
    });
    // Each task and goal at most once is the schema's rule; that they are this contract's is
    // checked here. Goals are named by their text (NFC, trimmed on both sides).
    const goals = new Set(
      [contract.content.mainGoal, ...contract.content.specificGoals].map(goalKey),
    );
    input.goalProgress.forEach((g, i) => {
      if (!goals.has(goalKey(g.goal)))
        refuseField(['goalProgress', i, 'goal'], 'Kontrakt nie ma takiego celu');
    });
    const late = nextEvaluationAfterPeriodProblem(
      input.nextEvaluationOn,
      contract.content.periodTo,
    );
    if (late) refuseField('nextEvaluationOn', late);
    const seq = await drawNumber(tx, EVALUATIONS, contract.id);
    const base = await buildContractData(tx, contract, true);
    const document = await issueDocument(ctx, tx, {
      kind: 'evaluation',
      number: `${contract.number}/O/${seq}`,
      issuedOn: input.date,
      entityId: contract.id,
      data: {
        date: input.date,
        contract: base,
        taskProgress: input.taskProgress.map((p) => ({
          task: contract.content.tasks[p.taskIndex]!.description,
          status: p.status,
          comment: p.comment,
        })),
        goalProgress: input.goalProgress,
        assessment: input.assessment,
        personAssessment: input.personAssessment,
        personKeptObligations: input.personKeptObligations,
        officeKeptObligations: input.officeKeptObligations,
        result: input.result,
        decision: input.decision,
        nextEvaluationOn: input.nextEvaluationOn,
      },
    });
    await insertEvaluation(tx, {
      contractId: contract.id,
      date: input.date,
      taskProgress: input.taskProgress,
      goalProgress: input.goalProgress,
      assessment: input.assessment,
      personAssessment: input.personAssessment,
      personKeptObligations: input.personKeptObligations,
      officeKeptObligations: input.officeKeptObligations,
      result: input.result,
      decision: input.decision,
      nextEvaluationOn: input.nextEvaluationOn,
      actorName: ctx.actor?.name ?? null,
      documentId: document.id,
    });
    await updateContractRow(tx, contract.id, { nextEvaluationOn: input.nextEvaluationOn }, ctx.now);
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'issue',
      changedFields: ['evaluations'],
    });
    return getContract(tx, contract.id, ctx.today);
  });
}

/**
 * Issues an amendment (aneks): the new content is recorded whole and becomes the current
 * state; the parts of the contract as concluded (variant, date, place, parties) stay.
 */
export function amendContract(
  ctx: HandlerContext,
  input: ParsedInput<'contracts.amend'>,
): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    const contract = await getContract(tx, input.id, ctx.today);
    requireStatus(contract, canAmend, 'zmieniać aneksem');
    notBeforeSigning(contract, input.date, ctx.today);
    const { variant, concludedOn, concludedPlace, familyParties } = contract.content;
    const content = { ...input.content, variant, concludedOn, concludedPlace, familyParties };
    await checkContent(tx, content);
    const instruments = await findInstruments(tx, [
      ...contract.content.instrumentIds,
      ...content.instrumentIds,
    ]);
    const staff = new Map<number, string>();
    for (const id of new Set([contract.content.socialWorkerId, content.socialWorkerId])) {
      const member = await findStaff(tx, id);
      if (member) staff.set(id, staffName(member));
    }
    const changes = describeChanges(contract.content, content, {
      instruments: new Map(instruments.map((i) => [i.id, i.name])),
      staff,
    });
    if (!changes.length)
      throw new AppError('invalid_input', 'Aneks nie zmienia żadnej części kontraktu');
    const rule = ruleFor(contract.rule.applies, await findInstruments(tx, content.instrumentIds));
    if (!rule.satisfied)
      throw new AppError(
        'invalid_state',
        `Ścieżka reintegracji nie spełnia zasad EFS: ${rule.problems.join(' ')}`,
      );
    const seq = await drawNumber(tx, AMENDMENTS, contract.id);
    const number = formatAmendmentNumber(contract.number!, seq);
    const document = await issueDocument(ctx, tx, {
      kind: 'amendment',
      number,
      issuedOn: input.date,
      entityId: contract.id,
      data: {
        number,
        date: input.date,
        effectiveFrom: input.effectiveFrom,
        contract: await buildContractData(tx, { ...contract, content }, true),
        description: input.description,
        changes,
      },
    });
    await insertAmendment(tx, {
      contractId: contract.id,
      seq,
      number,
      date: input.date,
      effectiveFrom: input.effectiveFrom,
      description: input.description,
      content,
      changes,
      documentId: document.id,
    });
    await updateContractRow(tx, contract.id, mirrorColumns(content), ctx.now);
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'issue',
      changedFields: changes.map((c) => c.section),
    });
    return getContract(tx, contract.id, ctx.today);
  });
}

type EndInput =
  | ({ to: 'completed' } & ParsedInput<'contracts.complete'>)
  | ({ to: 'terminated' } & ParsedInput<'contracts.terminate'>);

/** Completion (goals reached or not) or termination (resignation, breach, other). */
export function endContract(ctx: HandlerContext, input: EndInput): Promise<SocialContract> {
  return ctx.uow.write(async (tx) => {
    const contract = await getContract(tx, input.id, ctx.today);
    requireStatus(
      contract,
      (s) => canTransition(s, input.to),
      input.to === 'completed' ? 'zakończyć' : 'rozwiązać',
    );
    notBeforeSigning(contract, input.date, ctx.today);
    await updateContractRow(
      tx,
      contract.id,
      {
        status: input.to,
        endedOn: input.date,
        goalsReached: input.to === 'completed' ? input.goalsReached : null,
        terminationReason: input.to === 'terminated' ? input.reason : null,
        endNote: input.note,
        nextEvaluationOn: null,
      },
      ctx.now,
    );
    await recordAudit(ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'status',
      changedFields: ['status'],
    });
    if (input.endParticipation) await endParticipation(ctx, tx, contract, input);
    else if (input.exitResults)
      refuseField(
        'exitResults',
        'Sytuację po zakończeniu udziału wpisuje się razem z zakończeniem udziału w projekcie',
      );
    return getContract(tx, contract.id, ctx.today);
  });
}

/**
 * The person's participation in the contract's project ends with the contract, the same
 * day: completed with the contract's completion, dropped out with its termination. Part of
 * the same transaction — the contract never ends while the enrolment refuses to.
 */
async function endParticipation(
  ctx: HandlerContext,
  tx: Tx,
  contract: SocialContract,
  input: EndInput,
): Promise<void> {
  const found =
    contract.projectId === null
      ? undefined
      : await findEnrolmentOf(tx, contract.participantId, contract.projectId);
  const enrolment = found && (await findEnrolment(tx, found.id));
  if (!enrolment || enrolment.status !== 'participant')
    refuseField('endParticipation', 'Ta osoba nie uczestniczy w projekcie tego kontraktu');
  const why =
    input.to === 'completed'
      ? `Zakończenie kontraktu socjalnego nr ${contract.number}`
      : `Rozwiązanie kontraktu socjalnego nr ${contract.number} — ${TERMINATION_REASON_LABELS[input.reason]}`;
  await changeStatus(ctx, {
    id: enrolment.id,
    to: input.to === 'completed' ? 'completed' : 'droppedOut',
    date: input.date,
    reason: why,
  });
  if (input.exitResults)
    await recordExit(ctx, { id: enrolment.id, results: input.exitResults, recordedOn: input.date });
}
