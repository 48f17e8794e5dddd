import { AppError } from '../../contract/errors';
import type {
  Enrolment,
  EligibilityResult,
  ExitResult,
  MonitoringData,
} from '../../contract/enrolments';
import type { ParsedInput } from '../../contract';
import { evaluateEligibility } from '../../domain/eligibility';
import {
  allowedNextStatuses,
  canChangeStatus,
  ENROLMENT_STATUS_LABELS,
  statusNeedsReason,
} from '../../domain/enrolment-status';
import { formatDate } from '../../domain/dates';
import { notInFuture, refuseField } from '../field-rules';
import { isLongTermUnemployed } from '../../domain/labour-market';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { findParticipant } from '../participants/participants.repo';
import { getProject } from '../projects/projects.service';
import {
  enrolmentsOfParticipant,
  findEnrolment,
  findEnrolmentOf,
  insertEnrolment,
  insertStatusChange,
  updateEnrolmentRow,
} from './enrolments.repo';
import { writeTransaction } from '../../db/write';

type CreateInput = ParsedInput<'enrolments.create'>;
type StatusInput = ParsedInput<'enrolments.changeStatus'>;

function requireParticipant(db: Db, id: number) {
  const participant = findParticipant(db, id);
  if (!participant) throw new AppError('not_found', 'Nie znaleziono uczestnika');
  return participant;
}

function requireEnrolment(db: Db, id: number): Enrolment {
  const enrolment = findEnrolment(db, id);
  if (!enrolment) throw new AppError('not_found', 'Nie znaleziono zgłoszenia');
  return enrolment;
}

/** The project's criteria judged against the person as they are on `onDate`. */
export function checkEligibility(
  db: Db,
  participantId: number,
  projectId: number,
  onDate: string,
): EligibilityResult {
  const p = requireParticipant(db, participantId);
  const project = getProject(db, projectId);
  const { eligible, results } = evaluateEligibility(
    project.criteria,
    {
      birthDate: p.birthDate,
      unemployedSince: p.unemployedSince,
      educationLevel: p.educationLevel,
      officeClientSince: p.officeClientSince,
      exclusionReasons: p.exclusionReasons,
      commune: p.address.commune,
    },
    onDate,
  );
  return {
    eligible,
    onDate,
    results: results.map(({ label, passed, reason }) => ({ label, passed, reason })),
  };
}

function longTermFlag(
  db: Db,
  participantId: number,
  monitoring: MonitoringData | null,
  onDate: string,
): boolean | null {
  if (!monitoring) return null;
  if (
    monitoring.labourStatus !== 'unemployedRegistered' &&
    monitoring.labourStatus !== 'unemployedUnregistered'
  )
    return false;
  const p = requireParticipant(db, participantId);
  // Time without work counts, registered or not; the PUP registration date stands in for it.
  return isLongTermUnemployed({
    birthDate: p.birthDate,
    unemployedSince: p.withoutWorkSince ?? p.unemployedSince,
    onDate,
  });
}

/** Registers a candidate; the eligibility on the enrolment date is kept as it stood. */
export function createEnrolment(db: Db, ctx: HandlerContext, input: CreateInput): Enrolment {
  return writeTransaction(db, (tx) => {
    const eligibility = checkEligibility(
      tx,
      input.participantId,
      input.projectId,
      input.enrolledOn,
    );
    const project = getProject(tx, input.projectId);
    notInFuture(
      input.enrolledOn,
      ctx.today,
      'enrolledOn',
      'Data zgłoszenia nie może być z przyszłości',
    );
    if (input.enrolledOn > project.endDate)
      refuseField(
        'enrolledOn',
        `Projekt kończy się ${formatDate(project.endDate)} — zgłoszenie po tej dacie nie jest możliwe`,
      );
    if (findEnrolmentOf(tx, input.participantId, input.projectId))
      throw new AppError('conflict', 'Ta osoba jest już zgłoszona do tego projektu');
    const id = insertEnrolment(tx, {
      participantId: input.participantId,
      projectId: input.projectId,
      status: 'candidate',
      enrolledOn: input.enrolledOn,
      monitoring: input.monitoring,
      longTermUnemployed: longTermFlag(tx, input.participantId, input.monitoring, input.enrolledOn),
      consentDataProcessing: input.consentDataProcessing,
      consentDate: input.consentDate,
      eligibility,
    });
    insertStatusChange(tx, {
      enrolmentId: id,
      fromStatus: null,
      toStatus: 'candidate',
      date: input.enrolledOn,
      reason: null,
      actorName: ctx.actor?.name ?? null,
      at: new Date().toISOString(),
    });
    recordAudit(tx, ctx, {
      entity: 'enrolment',
      entityId: id,
      action: 'create',
      changedFields: Object.keys(input),
    });
    return requireEnrolment(tx, id);
  });
}

/**
 * Moves an enrolment along its allowed path. Starting participation fixes the start date
 * (the day of the first support), on which the long-term unemployment flag is judged again.
 */
export function changeStatus(db: Db, ctx: HandlerContext, input: StatusInput): Enrolment {
  return writeTransaction(db, (tx) => {
    const enrolment = requireEnrolment(tx, input.id);
    if (!canChangeStatus(enrolment.status, input.to)) {
      const allowed = allowedNextStatuses(enrolment.status).map((s) => ENROLMENT_STATUS_LABELS[s]);
      throw new AppError(
        'invalid_state',
        `Nie można zmienić statusu z „${ENROLMENT_STATUS_LABELS[enrolment.status]}” na „${ENROLMENT_STATUS_LABELS[input.to]}”` +
          (allowed.length ? `. Dozwolone: ${allowed.join(', ')}` : '. To jest status końcowy'),
      );
    }
    if (statusNeedsReason(input.to) && !input.reason) {
      const message = 'Podaj uzasadnienie tej zmiany statusu';
      throw new AppError('invalid_input', message, { issues: [{ path: ['reason'], message }] });
    }
    const lastDate = enrolment.history.at(-1)?.date ?? enrolment.enrolledOn;
    if (input.date < lastDate)
      refuseField('date', 'Data zmiany nie może być wcześniejsza niż poprzednia zmiana statusu');
    notInFuture(input.date, ctx.today, 'date', 'Data zmiany statusu nie może być z przyszłości');
    if (input.to === 'participant') {
      // The start of participation is the first support, which happens inside the project.
      const project = getProject(tx, enrolment.projectId);
      if (input.date < project.startDate || input.date > project.endDate)
        refuseField(
          'date',
          `Udział może się rozpocząć tylko w okresie projektu: ${formatDate(project.startDate)}–${formatDate(project.endDate)}`,
        );
    }
    const changes: Parameters<typeof updateEnrolmentRow>[2] = { status: input.to };
    if (input.to === 'participant') {
      changes.startedOn = input.date;
      changes.longTermUnemployed = longTermFlag(
        tx,
        enrolment.participantId,
        enrolment.monitoring,
        input.date,
      );
    }
    if (input.to === 'completed' || input.to === 'droppedOut') changes.endedOn = input.date;
    updateEnrolmentRow(tx, input.id, changes);
    insertStatusChange(tx, {
      enrolmentId: input.id,
      fromStatus: enrolment.status,
      toStatus: input.to,
      date: input.date,
      reason: input.reason,
      actorName: ctx.actor?.name ?? null,
      at: new Date().toISOString(),
    });
    recordAudit(tx, ctx, {
      entity: 'enrolment',
      entityId: input.id,
      action: 'status',
      changedFields: Object.keys(changes),
    });
    return requireEnrolment(tx, input.id);
  });
}

export function updateMonitoring(
  db: Db,
  ctx: HandlerContext,
  id: number,
  monitoring: MonitoringData,
): Enrolment {
  return writeTransaction(db, (tx) => {
    const enrolment = requireEnrolment(tx, id);
    const onDate = enrolment.startedOn ?? enrolment.enrolledOn;
    const changes = {
      monitoring,
      longTermUnemployed: longTermFlag(tx, enrolment.participantId, monitoring, onDate),
    };
    updateEnrolmentRow(tx, id, changes);
    // Only names of what changed; a monitoring answer is sensitive, so no deeper than that.
    const changed = Object.keys(changes).filter(
      (key) =>
        JSON.stringify(changes[key as keyof typeof changes]) !==
        JSON.stringify(enrolment[key as keyof typeof changes]),
    );
    recordAudit(tx, ctx, {
      entity: 'enrolment',
      entityId: id,
      action: 'update',
      changedFields: changed,
    });
    return requireEnrolment(tx, id);
  });
}

/**
 * The situation on leaving: recorded once participation has ended (completed or dropped
 * out), on that day or later, never in the future; recording again replaces it.
 */
export function recordExit(
  db: Db,
  ctx: HandlerContext,
  input: { id: number; results: ExitResult[]; recordedOn: string },
): Enrolment {
  return writeTransaction(db, (tx) => {
    const enrolment = requireEnrolment(tx, input.id);
    if (enrolment.status !== 'completed' && enrolment.status !== 'droppedOut')
      throw new AppError(
        'invalid_state',
        'Sytuację po zakończeniu udziału wpisuje się po zakończeniu udziału w projekcie',
      );
    notInFuture(input.recordedOn, ctx.today, 'recordedOn');
    if (enrolment.endedOn && input.recordedOn < enrolment.endedOn)
      refuseField(
        'recordedOn',
        `Data nie może być wcześniejsza niż zakończenie udziału (${formatDate(enrolment.endedOn)})`,
      );
    updateEnrolmentRow(tx, input.id, {
      exitSituation: { results: input.results, recordedOn: input.recordedOn },
    });
    recordAudit(tx, ctx, {
      entity: 'enrolment',
      entityId: input.id,
      action: 'update',
      changedFields: ['exitSituation'],
    });
    return requireEnrolment(tx, input.id);
  });
}

export function listForParticipant(db: Db, participantId: number): Enrolment[] {
  requireParticipant(db, participantId);
  return enrolmentsOfParticipant(db, participantId);
}
