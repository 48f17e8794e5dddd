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
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { requireParticipant } from '../participants/participants.service';
import { requireProject } from '../projects/projects.service';
import {
  enrolmentsOfParticipant,
  findEnrolment,
  findEnrolmentOf,
  insertEnrolment,
  insertStatusChange,
  updateEnrolmentRow,
} from './enrolments.repo';

type CreateInput = ParsedInput<'enrolments.create'>;
type StatusInput = ParsedInput<'enrolments.changeStatus'>;

async function requireEnrolment(tx: Tx, id: number): Promise<Enrolment> {
  const enrolment = await findEnrolment(tx, id);
  if (!enrolment) throw new AppError('not_found', 'Nie znaleziono zgłoszenia');
  return enrolment;
}

/** The project's criteria judged against the person as they are on `onDate`. */
export async function checkEligibility(
  tx: Tx,
  participantId: number,
  projectId: number,
  onDate: string,
): Promise<EligibilityResult> {
  const p = await requireParticipant(tx, participantId);
  const project = await requireProject(tx, projectId);
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

async function longTermFlag(
  tx: Tx,
  participantId: number,
  monitoring: MonitoringData | null,
  onDate: string,
): Promise<boolean | null> {
  if (!monitoring) return null;
  if (
    monitoring.labourStatus !== 'unemployedRegistered' &&
    monitoring.labourStatus !== 'unemployedUnregistered'
  )
    return false;
  const p = await requireParticipant(tx, participantId);
  // Time without work counts, registered or not; the PUP registration date stands in for it.
  return isLongTermUnemployed({
    birthDate: p.birthDate,
    unemployedSince: p.withoutWorkSince ?? p.unemployedSince,
    onDate,
  });
}

/** Registers a candidate; the eligibility on the enrolment date is kept as it stood. */
export function createEnrolment(ctx: HandlerContext, input: CreateInput): Promise<Enrolment> {
  return ctx.uow.write(async (tx) => {
    const eligibility = await checkEligibility(
      tx,
      input.participantId,
      input.projectId,
      input.enrolledOn,
    );
    const project = await requireProject(tx, input.projectId);
    notInFuture(input.enrolledOn, ctx.today, 'enrolledOn');
    if (input.enrolledOn > project.endDate)
      refuseField(
        'enrolledOn',
        `Projekt kończy się ${formatDate(project.endDate)} — zgłoszenie po tej dacie nie jest możliwe`,
      );
    if (await findEnrolmentOf(tx, input.participantId, input.projectId))
      throw new AppError('conflict', 'Ta osoba jest już zgłoszona do tego projektu');
    const id = await insertEnrolment(tx, {
      participantId: input.participantId,
      projectId: input.projectId,
      status: 'candidate',
      enrolledOn: input.enrolledOn,
      monitoring: input.monitoring,
      longTermUnemployed: await longTermFlag(
        tx,
        input.participantId,
        input.monitoring,
        input.enrolledOn,
      ),
      consentDataProcessing: input.consentDataProcessing,
      consentDate: input.consentDate,
      eligibility,
    });
    await insertStatusChange(tx, {
      enrolmentId: id,
      fromStatus: null,
      toStatus: 'candidate',
      date: input.enrolledOn,
      reason: null,
      actorName: ctx.actor?.name ?? null,
      at: ctx.now,
    });
    await recordAudit(ctx, {
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
export function changeStatus(ctx: HandlerContext, input: StatusInput): Promise<Enrolment> {
  return ctx.uow.write(async (tx) => {
    const enrolment = await requireEnrolment(tx, input.id);
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
    notInFuture(input.date, ctx.today, 'date');
    if (input.to === 'participant') {
      // The start of participation is the first support, which happens inside the project.
      const project = await requireProject(tx, enrolment.projectId);
      if (input.date < project.startDate || input.date > project.endDate)
        refuseField(
          'date',
          `Udział może się rozpocząć tylko w okresie projektu: ${formatDate(project.startDate)}–${formatDate(project.endDate)}`,
        );
    }
    await applyStatusChange(ctx, tx, enrolment, input);
    return requireEnrolment(tx, input.id);
  });
}

/**
 * Writes an allowed status change of an enrolment, its history line and its audit entry —
 * the one way a status moves, from this room's channel or from another room's act (the end
 * of a person's participation in the club). The caller has checked the change is allowed.
 */
export async function applyStatusChange(
  ctx: HandlerContext,
  tx: Tx,
  enrolment: Enrolment,
  input: { to: Enrolment['status']; date: string; reason: string | null },
): Promise<void> {
  const changes: Parameters<typeof updateEnrolmentRow>[2] = { status: input.to };
  if (input.to === 'participant') {
    changes.startedOn = input.date;
    changes.longTermUnemployed = await longTermFlag(
      tx,
      enrolment.participantId,
      enrolment.monitoring,
      input.date,
    );
  }
  if (input.to === 'completed' || input.to === 'droppedOut') changes.endedOn = input.date;
  await updateEnrolmentRow(tx, enrolment.id, changes, ctx.now);
  await insertStatusChange(tx, {
    enrolmentId: enrolment.id,
    fromStatus: enrolment.status,
    toStatus: input.to,
    date: input.date,
    reason: input.reason,
    actorName: ctx.actor?.name ?? null,
    at: ctx.now,
  });
  await recordAudit(ctx, {
    entity: 'enrolment',
    entityId: enrolment.id,
    action: 'status',
    changedFields: Object.keys(changes),
  });
}

export function updateMonitoring(
  ctx: HandlerContext,
  id: number,
  monitoring: MonitoringData,
): Promise<Enrolment> {
  return ctx.uow.write(async (tx) => {
    const enrolment = await requireEnrolment(tx, id);
    const onDate = enrolment.startedOn ?? enrolment.enrolledOn;
    const changes = {
      monitoring,
      longTermUnemployed: await longTermFlag(tx, enrolment.participantId, monitoring, onDate),
    };
    await updateEnrolmentRow(tx, id, changes, ctx.now);
    // Only names of what changed; a monitoring answer is sensitive, so no deeper than that.
    const changed = Object.keys(changes).filter(
      (key) =>
        JSON.stringify(changes[key as keyof typeof changes]) !==
        JSON.stringify(enrolment[key as keyof typeof changes]),
    );
    await recordAudit(ctx, {
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
  ctx: HandlerContext,
  input: { id: number; results: ExitResult[]; recordedOn: string },
): Promise<Enrolment> {
  return ctx.uow.write(async (tx) => {
    const enrolment = await requireEnrolment(tx, input.id);
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
    await updateEnrolmentRow(
      tx,
      input.id,
      { exitSituation: { results: input.results, recordedOn: input.recordedOn } },
      ctx.now,
    );
    await recordAudit(ctx, {
      entity: 'enrolment',
      entityId: input.id,
      action: 'update',
      changedFields: ['exitSituation'],
    });
    return requireEnrolment(tx, input.id);
  });
}

export async function listForParticipant(tx: Tx, participantId: number): Promise<Enrolment[]> {
  await requireParticipant(tx, participantId);
  return enrolmentsOfParticipant(tx, participantId);
}
