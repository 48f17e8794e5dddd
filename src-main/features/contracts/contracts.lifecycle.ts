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
import { formatDate } from '../../domain/dates';
import { cleanText } from '../../domain/text-input';
import { notInFuture, refuseField } from '../field-rules';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { insertIssuedDocument, nextNumber } from '../documents/documents.repo';
import { findEnrolment, findEnrolmentOf } from '../enrolments/enrolments.repo';
import { changeStatus, recordExit } from '../enrolments/enrolments.service';
import { findInstruments } from '../instruments/instruments.repo';
import { findStaff, staffName } from '../staff/staff.repo';
import { describeChanges } from './contract-changes';
import {
  amendmentsOf,
  insertAmendment,
  insertEvaluation,
  updateContractRow,
} from './contracts.repo';
import { buildContractData, resolveDocument } from './contracts.snapshot';
import { checkContent, getContract, mirrorColumns, ruleFor } from './contracts.service';
import { writeTransaction } from '../../db/write';

/** Contract numbers: KS/<year>/<seq>, one series per office and year. */
const SERIES = 'KS';

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

/** Records a document in the register, hashed as it prints. */
function issue(db: Db, doc: Parameters<typeof insertIssuedDocument>[1]) {
  return insertIssuedDocument(db, doc, resolveDocument(db, doc.kind, doc.data));
}

function notBeforeSigning(contract: SocialContract, date: string, today: string): void {
  notInFuture(date, today, 'date');
  if (contract.signedOn && date < contract.signedOn)
    refuseField(
      'date',
      `Data nie może być wcześniejsza niż zawarcie kontraktu (${formatDate(contract.signedOn)})`,
    );
}

/**
 * Signs a draft: draws the next number of the year with no gaps, freezes the content and
 * records the printed document with the data it was made from. The write lock is taken at
 * the start (as every write does), so two workstations cannot draw the same number.
 */
export function signContract(
  db: Db,
  ctx: HandlerContext,
  input: ParsedInput<'contracts.sign'>,
): SocialContract {
  return writeTransaction(db, (tx) => {
    const contract = getContract(tx, input.id, ctx.today);
    requireStatus(contract, (s) => canTransition(s, 'signed'), 'zawrzeć');
    if (!contract.content.tasks.length)
      throw new AppError('invalid_state', 'Kontrakt musi zawierać co najmniej jedno zadanie');
    if (!contract.rule.satisfied)
      throw new AppError(
        'invalid_state',
        `Ścieżka reintegracji nie spełnia zasad EFS: ${contract.rule.problems.join(' ')}`,
      );
    notInFuture(input.signedOn, ctx.today, 'signedOn');
    if (input.signedOn < contract.content.concludedOn)
      refuseField('signedOn', 'Data podpisania nie może być wcześniejsza niż data zawarcia');
    const year = Number(input.signedOn.slice(0, 4));
    const number = formatContractNumber(year, nextNumber(tx, SERIES, year));
    const data = buildContractData(tx, { ...contract, number }, true);
    const document = issue(tx, {
      kind: 'contract',
      number,
      issuedOn: input.signedOn,
      entityId: contract.id,
      data,
    });
    updateContractRow(tx, contract.id, {
      status: 'signed',
      number,
      signedOn: input.signedOn,
      documentId: document.id,
      nextEvaluationOn: contract.content.evaluation.firstOn,
    });
    recordAudit(tx, ctx, {
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
  db: Db,
  ctx: HandlerContext,
  input: ParsedInput<'contracts.addEvaluation'>,
): SocialContract {
  return writeTransaction(db, (tx) => {
    const contract = getContract(tx, input.id, ctx.today);
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
    if (input.nextEvaluationOn && input.nextEvaluationOn <= input.date)
      refuseField('nextEvaluationOn', 'Następna ocena musi być po dacie tej oceny');
    const seq = contract.evaluations.length + 1;
    const base = buildContractData(tx, contract, true);
    const document = issue(tx, {
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
    insertEvaluation(tx, {
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
    updateContractRow(tx, contract.id, { nextEvaluationOn: input.nextEvaluationOn });
    recordAudit(tx, ctx, {
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
  db: Db,
  ctx: HandlerContext,
  input: ParsedInput<'contracts.amend'>,
): SocialContract {
  return writeTransaction(db, (tx) => {
    const contract = getContract(tx, input.id, ctx.today);
    requireStatus(contract, canAmend, 'zmieniać aneksem');
    notBeforeSigning(contract, input.date, ctx.today);
    const { variant, concludedOn, concludedPlace, familyParties } = contract.content;
    const content = { ...input.content, variant, concludedOn, concludedPlace, familyParties };
    checkContent(tx, content);
    const names = new Map(
      findInstruments(tx, [...contract.content.instrumentIds, ...content.instrumentIds]).map(
        (i) => [i.id, i.name],
      ),
    );
    const changes = describeChanges(contract.content, content, {
      instrument: (id) => names.get(id) ?? `#${id}`,
      staff: (id) => {
        const member = findStaff(tx, id);
        return member ? staffName(member) : `#${id}`;
      },
    });
    if (!changes.length)
      throw new AppError('invalid_input', 'Aneks nie zmienia żadnej części kontraktu');
    const rule = ruleFor(contract.rule.applies, findInstruments(tx, content.instrumentIds));
    if (!rule.satisfied)
      throw new AppError(
        'invalid_state',
        `Ścieżka reintegracji nie spełnia zasad EFS: ${rule.problems.join(' ')}`,
      );
    const seq = amendmentsOf(tx, contract.id).length + 1;
    const number = formatAmendmentNumber(contract.number!, seq);
    const document = issue(tx, {
      kind: 'amendment',
      number,
      issuedOn: input.date,
      entityId: contract.id,
      data: {
        number,
        date: input.date,
        effectiveFrom: input.effectiveFrom,
        contract: buildContractData(tx, { ...contract, content }, true),
        description: input.description,
        changes,
      },
    });
    insertAmendment(tx, {
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
    updateContractRow(tx, contract.id, mirrorColumns(content));
    recordAudit(tx, ctx, {
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
export function endContract(db: Db, ctx: HandlerContext, input: EndInput): SocialContract {
  return writeTransaction(db, (tx) => {
    const contract = getContract(tx, input.id, ctx.today);
    requireStatus(
      contract,
      (s) => canTransition(s, input.to),
      input.to === 'completed' ? 'zakończyć' : 'rozwiązać',
    );
    notBeforeSigning(contract, input.date, ctx.today);
    updateContractRow(tx, contract.id, {
      status: input.to,
      endedOn: input.date,
      goalsReached: input.to === 'completed' ? input.goalsReached : null,
      terminationReason: input.to === 'terminated' ? input.reason : null,
      endNote: input.note,
      nextEvaluationOn: null,
    });
    recordAudit(tx, ctx, {
      entity: 'contract',
      entityId: contract.id,
      action: 'status',
      changedFields: ['status'],
    });
    if (input.endParticipation) endParticipation(tx, ctx, contract, input);
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
function endParticipation(db: Db, ctx: HandlerContext, contract: SocialContract, input: EndInput) {
  const found =
    contract.projectId === null
      ? undefined
      : findEnrolmentOf(db, contract.participantId, contract.projectId);
  const enrolment = found && findEnrolment(db, found.id);
  if (!enrolment || enrolment.status !== 'participant')
    refuseField('endParticipation', 'Ta osoba nie uczestniczy w projekcie tego kontraktu');
  const why =
    input.to === 'completed'
      ? `Zakończenie kontraktu socjalnego nr ${contract.number}`
      : `Rozwiązanie kontraktu socjalnego nr ${contract.number} — ${TERMINATION_REASON_LABELS[input.reason]}`;
  changeStatus(db, ctx, {
    id: enrolment.id,
    to: input.to === 'completed' ? 'completed' : 'droppedOut',
    date: input.date,
    reason: why,
  });
  if (input.exitResults)
    recordExit(db, ctx, { id: enrolment.id, results: input.exitResults, recordedOn: input.date });
}
