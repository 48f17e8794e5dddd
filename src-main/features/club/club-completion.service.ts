import type { ParsedInput } from '../../contract';
import type { ClubCertificateData, CompletionRecord } from '../../contract/attendance';
import { AppError } from '../../contract/errors';
import { drawNumber } from '../../db/counters';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { formatHours, requiredMinutes } from '../../domain/attendance/hours';
import { townOf } from '../../domain/address';
import { formatDate } from '../../domain/dates';
import { canChangeStatus } from '../../domain/enrolment-status';
import { recordAudit } from '../audit/audit.repo';
import { marksOfParticipant } from '../attendance/marks.repo';
import { issueDocument } from '../documents/documents.service';
import { findIssuedDocument } from '../documents/documents.repo';
import { documentKindSpec } from '../documents/document-kinds';
import { findEnrolmentOf, findEnrolment } from '../enrolments/enrolments.repo';
import { applyStatusChange } from '../enrolments/enrolments.service';
import { notInFuture, refuseField } from '../field-rules';
import { findParticipant } from '../participants/participants.repo';
import { getOffice } from '../settings/settings.service';
import { fundedProjectOf } from '../documents/funded-project';
import { requireEdition } from './club-checks';
import { bumpRevision } from './club-editions.repo';
import {
  certificateRows,
  completionsOf,
  findCompletion,
  insertCompletion,
} from './club-completions.repo';
import { editionHours } from './club-hours.service';
import { endMemberships, namedMembershipsOfEdition } from './club-members.repo';
import { listSessions } from './club-sessions.repo';

/*
 * The end of a person's participation in a club edition (completed, or left early) and the
 * certificate that confirms it "without delay" (art. 18 ust. 5a ustawy o zatrudnieniu
 * socjalnym): numbered in its own register per year, its data frozen with its SHA-256 in the
 * register of issued documents, re-printed from it, a duplicate marked as such.
 */

/** The certificates' register: `KIS/2026/0001`. */
const SERIES = 'KIS';
export const formatCertificateNumber = (year: number, seq: number) =>
  `${SERIES}/${year}/${String(seq).padStart(4, '0')}`;

export function endParticipation(
  ctx: HandlerContext,
  input: ParsedInput<'club.endParticipation'>,
): Promise<CompletionRecord> {
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, input.editionId);
    const memberships = (await namedMembershipsOfEdition(tx, edition.id)).filter(
      (m) => m.participantId === input.participantId,
    );
    if (!memberships.length)
      refuseField('participantId', 'Ta osoba nie należy do żadnej grupy tej edycji klubu');
    const [existing] = await completionsOf(tx, edition.id, input.participantId);
    if (existing)
      throw new AppError(
        'invalid_state',
        `Udział tej osoby zakończono już ${formatDate(existing.endedOn)}`,
      );
    if (input.outcome === 'left' && !input.reason)
      refuseField('reason', 'Podaj powód zakończenia udziału przed czasem');
    notInFuture(input.endedOn, ctx.today, 'endedOn');
    const firstDay = memberships.reduce((d, m) => (m.joinedOn < d ? m.joinedOn : d), '9999');
    if (input.endedOn < firstDay)
      refuseField(
        'endedOn',
        `Udział nie może się zakończyć przed dołączeniem do grupy (${formatDate(firstDay)})`,
      );
    if (input.endedOn > edition.endDate)
      refuseField(
        'endedOn',
        `Cykl tej edycji kończy się ${formatDate(edition.endDate)} — udział kończy się najpóźniej tego dnia`,
      );
    if (memberships.some((m) => m.joinedOn > input.endedOn))
      refuseField(
        'endedOn',
        'Ta osoba ma dołączyć do grupy po tym dniu — najpierw zmień skład grupy',
      );
    // Marks after the last day would belong to nobody: refused rather than lost.
    const sessionDates = new Map(
      (await listSessions(tx, edition.id, { from: input.endedOn })).map((s) => [s.id, s.date]),
    );
    const later = (await marksOfParticipant(tx, 'club', input.participantId)).find(
      (m) => (sessionDates.get(m.sessionId) ?? '') > input.endedOn,
    );
    if (later)
      refuseField(
        'endedOn',
        `Ta osoba ma zapisaną obecność na zajęciach ${formatDate(sessionDates.get(later.sessionId)!)} — po tym dniu`,
      );
    await endMemberships(tx, edition.id, input.participantId, input.endedOn);
    // Their group's members changed: logged on the group, and a plan computed before is stale.
    for (const groupId of new Set(
      memberships
        .filter((m) => m.leftOn === null || m.leftOn > input.endedOn)
        .map((m) => m.groupId),
    ))
      await recordAudit(ctx, {
        entity: 'clubGroup',
        entityId: groupId,
        action: 'update',
        changedFields: ['members'],
      });
    await bumpRevision(tx, edition.id, ctx.now);
    if (input.outcome === 'completed') await requireCompleted(tx, edition.id, input, ctx.today);
    const id = await insertCompletion(tx, {
      editionId: edition.id,
      participantId: input.participantId,
      outcome: input.outcome,
      endedOn: input.endedOn,
      reason: input.reason,
    });
    await moveEnrolment(ctx, tx, edition.projectId, input);
    await recordAudit(ctx, {
      entity: 'clubCompletion',
      entityId: id,
      action: 'create',
      changedFields: ['outcome', 'endedOn', ...(input.reason ? ['reason'] : [])],
    });
    const [record] = await completionsOf(tx, edition.id, input.participantId);
    return record!;
  });
}

/**
 * "Completed" only when the programme's rule is met over the person's time in the club (ended
 * on `endedOn`, already written in the caller's write): every session recorded, the edition's
 * minimum and each module's own. Otherwise refused with the hours missing — the participation
 * then ends early.
 */
async function requireCompleted(
  tx: Tx,
  editionId: number,
  input: ParsedInput<'club.endParticipation'>,
  today: string,
): Promise<void> {
  const hours = await editionHours(tx, editionId, today);
  const own = hours.groups
    .flatMap((g) => g.people)
    .find((p) => p.participantId === input.participantId);
  if (!own) return;
  if (own.total.unrecorded > 0)
    refuseField(
      'endedOn',
      `Najpierw zapisz obecność: ${formatHours(own.total.unrecorded)} zajęć do dnia zakończenia nie ma jeszcze zapisanej obecności`,
    );
  const short: string[] = [];
  const percent = (t: { attended: number; planned: number }) =>
    t.planned ? Math.floor((100 * t.attended) / t.planned) : 100;
  if (own.total.attended < own.required)
    short.push(
      `obecność ${percent(own.total)} % przy wymaganych ${hours.minAttendancePercent} % (brakuje ${formatHours(own.required - own.total.attended)})`,
    );
  for (const m of own.modules) {
    if (m.minPercent === null) continue;
    const required = requiredMinutes(m.planned, m.minPercent);
    if (m.attended < required)
      short.push(
        `moduł „${m.module}”: obecność ${percent(m)} % przy wymaganych ${m.minPercent} % (brakuje ${formatHours(required - m.attended)})`,
      );
  }
  if (short.length)
    refuseField(
      'outcome',
      `Program nie jest ukończony: ${short.join('; ')}. Zakończ udział jako „przed czasem”.`,
    );
}

/**
 * Ends the person's participation in the project too — when it is still under way and the day
 * is not before its last change (an enrolment already ended, or moved later, is left as it is).
 */
async function moveEnrolment(
  ctx: HandlerContext,
  tx: Tx,
  projectId: number,
  input: ParsedInput<'club.endParticipation'>,
): Promise<void> {
  const ref = await findEnrolmentOf(tx, input.participantId, projectId);
  const enrolment = ref && (await findEnrolment(tx, ref.id));
  if (!enrolment) return;
  const to = input.outcome === 'completed' ? 'completed' : 'droppedOut';
  const lastDate = enrolment.history.at(-1)?.date ?? enrolment.enrolledOn;
  if (!canChangeStatus(enrolment.status, to) || input.endedOn < lastDate) return;
  await applyStatusChange(ctx, tx, enrolment, {
    to,
    date: input.endedOn,
    reason: input.reason ?? 'Zakończenie udziału w Klubie Integracji Społecznej',
  });
}

export function issueCertificate(
  ctx: HandlerContext,
  input: ParsedInput<'club.issueCertificate'>,
): Promise<{ documentId: number; number: string }> {
  return ctx.uow.write(async (tx) => {
    const edition = await requireEdition(tx, input.editionId);
    const [completion] = await completionsOf(tx, edition.id, input.participantId);
    if (!completion)
      throw new AppError(
        'invalid_state',
        'Zaświadczenie wydaje się po zakończeniu udziału — najpierw zakończ udział tej osoby',
      );
    if (completion.certificate)
      throw new AppError(
        'invalid_state',
        `Zaświadczenie nr ${completion.certificate.number} już wydano — wydrukuj je ponownie albo wydaj duplikat`,
      );
    const person = await findParticipant(tx, input.participantId);
    if (!person) throw new AppError('not_found', 'Nie znaleziono uczestnika');
    if (input.identifyBy === 'pesel' && !person.pesel)
      refuseField('identifyBy', 'Ta osoba nie ma numeru PESEL — wydrukuj datę urodzenia');
    const hours = await editionHours(tx, edition.id, ctx.today);
    const own = hours.groups
      .flatMap((g) => g.people)
      .find((p) => p.participantId === input.participantId);
    if (!own)
      throw new AppError('not_found', 'Ta osoba nie należy do żadnej grupy tej edycji klubu');
    const memberships = (await namedMembershipsOfEdition(tx, edition.id)).filter(
      (m) => m.participantId === input.participantId,
    );
    const office = await getOffice(tx);
    const year = Number(ctx.today.slice(0, 4));
    const number = formatCertificateNumber(year, await drawNumber(tx, SERIES, year));
    const data: ClubCertificateData = {
      number,
      issuedOn: ctx.today,
      place: townOf(office.address),
      office: { name: office.officeName, address: office.address },
      person: {
        firstName: person.firstName,
        lastName: person.lastName,
        sex: person.sex,
        birthDate: input.identifyBy === 'birthDate' ? person.birthDate : null,
        pesel: input.identifyBy === 'pesel' ? person.pesel : null,
      },
      edition: { name: edition.name },
      outcome: completion.outcome,
      period: {
        from: memberships.reduce((d, m) => (m.joinedOn < d ? m.joinedOn : d), completion.endedOn),
        to: completion.endedOn,
      },
      reason: completion.reason,
      modules: own.modules
        .filter((m) => m.planned > 0)
        .map((m) => ({ name: m.module, planned: m.planned, attended: m.attended })),
      project: await fundedProjectOf(tx, edition.projectId, 'asset'),
    };
    const issued = await issueDocument(ctx, tx, {
      kind: 'clubCertificate',
      number,
      issuedOn: ctx.today,
      entityId: completion.id,
      data,
    });
    await recordAudit(ctx, {
      entity: 'clubCompletion',
      entityId: completion.id,
      action: 'issue',
      changedFields: ['certificate'],
    });
    return { documentId: issued.id, number };
  });
}

export function listCertificates(ctx: HandlerContext, editionId?: number) {
  return ctx.uow.read(async (tx) =>
    (await certificateRows(tx, editionId)).map(({ data, outcome, ...row }) => {
      const { person } = JSON.parse(data) as ClubCertificateData;
      return {
        ...row,
        outcome: outcome as ClubCertificateData['outcome'],
        person: `${person.lastName} ${person.firstName}`,
        sex: person.sex,
      };
    }),
  );
}

/** A certificate as re-printed from its stored data; a duplicate is logged as one. */
export async function getCertificate(ctx: HandlerContext, documentId: number, duplicate: boolean) {
  const document = await ctx.uow.read(async (tx) => {
    const found = await findIssuedDocument(tx, documentId);
    if (!found || found.kind !== 'clubCertificate')
      throw new AppError('not_found', 'Nie znaleziono zaświadczenia');
    const completion = await findCompletion(tx, found.entityId);
    if (!completion) throw new AppError('not_found', 'Nie znaleziono zaświadczenia');
    const spec = documentKindSpec('clubCertificate');
    return { ...found, data: await spec.printable(tx, found.data as ClubCertificateData) };
  });
  await recordAudit(ctx, {
    entity: 'clubCompletion',
    entityId: document.entityId,
    action: duplicate ? 'duplicate' : 'view',
    changedFields: ['certificate'],
  });
  return {
    documentId: document.id,
    number: document.number,
    issuedOn: document.issuedOn,
    sha256: document.sha256,
    duplicateOn: duplicate ? ctx.today : null,
    data: document.data,
  };
}
