import { and, eq, inArray, or, type Placeholder, type SQL } from 'drizzle-orm';
import type { Channel, ParsedInput } from '../../contract';
import { AppError } from '../../contract/errors';
import { seesEveryParticipant } from '../../contract/permissions';
import { first } from '../../db/query';
import {
  clubCompletions,
  courseCertificates,
  enrolments,
  issuedDocuments,
  participants,
  projectStaff,
  socialContracts,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext, SessionUser } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';

/**
 * Which participants a person may reach (issue 7, item 2): a social worker whose scope a
 * coordinator has not widened reaches the people assigned to them (the participant's
 * "pracownik socjalny") and the people of the projects whose team they are in; a coordinator
 * and a widened social worker reach everyone. Returns the
 * staff id to narrow to, or null for everyone.
 */
export function narrowedTo(user: SessionUser | null): number | null {
  if (!user || seesEveryParticipant(user.roles, user.participantScope)) return null;
  return user.id;
}

/**
 * The people a narrowed social worker reaches, as a condition on `participants`: those assigned
 * to them, and everyone enrolled in a project whose team they are in. `tx` only builds the
 * subquery (nothing runs here): the condition goes into the caller's own query.
 */
export function reachableBy(tx: Tx, workerId: number | Placeholder): SQL {
  return or(
    eq(participants.socialWorkerId, workerId),
    inArray(
      participants.id,
      tx
        .select({ id: enrolments.participantId })
        .from(enrolments)
        .innerJoin(projectStaff, eq(projectStaff.projectId, enrolments.projectId))
        .where(eq(projectStaff.staffId, workerId)),
    ),
  )!;
}

type Subject =
  { participant: number } | { contract: number } | { enrolment: number } | { document: number };

/** The record a channel's input points at, for the channels that concern one person. */
const SUBJECT: { [C in Channel]?: (input: ParsedInput<C>) => Subject | null } = {
  'participants.get': ({ id }) => ({ participant: id }),
  'participants.update': ({ id }) => ({ participant: id }),
  'enrolments.checkEligibility': ({ participantId }) => ({ participant: participantId }),
  'enrolments.create': ({ participantId }) => ({ participant: participantId }),
  'enrolments.forParticipant': ({ participantId }) => ({ participant: participantId }),
  'enrolments.changeStatus': ({ id }) => ({ enrolment: id }),
  'enrolments.updateMonitoring': ({ id }) => ({ enrolment: id }),
  'enrolments.recordExit': ({ id }) => ({ enrolment: id }),
  'contracts.create': ({ participantId }) => ({ participant: participantId }),
  'contracts.get': ({ id }) => ({ contract: id }),
  'contracts.update': ({ id }) => ({ contract: id }),
  'contracts.sign': ({ id }) => ({ contract: id }),
  'contracts.addEvaluation': ({ id }) => ({ contract: id }),
  'contracts.amend': ({ id }) => ({ contract: id }),
  'contracts.complete': ({ id }) => ({ contract: id }),
  'contracts.terminate': ({ id }) => ({ contract: id }),
  'contracts.preview': ({ id }) => ({ contract: id }),
  'documents.get': ({ id }) => ({ document: id }),
  'club.personHours': ({ participantId }) => ({ participant: participantId }),
  'courses.ofParticipant': ({ participantId }) => ({ participant: participantId }),
  'audit.forEntity': ({ entity, entityId }) =>
    entity === 'participant' || entity === 'contract' || entity === 'enrolment'
      ? ({ [entity]: entityId } as Subject)
      : null,
};

const person = { participantId: participants.id, workerId: participants.socialWorkerId };

/** The person a record belongs to, with their assigned social worker. */
const OWNER: Record<
  string,
  (tx: Tx, id: number) => Promise<{ participantId: number; workerId: number | null } | undefined>
> = {
  participant: (tx, id) =>
    first(tx.select(person).from(participants).where(eq(participants.id, id))),
  contract: (tx, id) =>
    first(
      tx
        .select(person)
        .from(socialContracts)
        .innerJoin(participants, eq(participants.id, socialContracts.participantId))
        .where(eq(socialContracts.id, id)),
    ),
  enrolment: (tx, id) =>
    first(
      tx
        .select(person)
        .from(enrolments)
        .innerJoin(participants, eq(participants.id, enrolments.participantId))
        .where(eq(enrolments.id, id)),
    ),
  // A document belongs to the person of what it is about: a contract (the contract itself,
  // its evaluations and amendments carry the contract's id) or an end of participation in the
  // club or a course certificate.
  document: async (tx, id) =>
    (await first(
      tx
        .select(person)
        .from(issuedDocuments)
        .innerJoin(socialContracts, eq(socialContracts.id, issuedDocuments.entityId))
        .innerJoin(participants, eq(participants.id, socialContracts.participantId))
        .where(and(eq(issuedDocuments.id, id), eq(issuedDocuments.entity, 'contract'))),
    )) ??
    (await first(
      tx
        .select(person)
        .from(issuedDocuments)
        .innerJoin(clubCompletions, eq(clubCompletions.id, issuedDocuments.entityId))
        .innerJoin(participants, eq(participants.id, clubCompletions.participantId))
        .where(and(eq(issuedDocuments.id, id), eq(issuedDocuments.entity, 'clubCompletion'))),
    )) ??
    first(
      tx
        .select(person)
        .from(issuedDocuments)
        .innerJoin(courseCertificates, eq(courseCertificates.id, issuedDocuments.entityId))
        .innerJoin(participants, eq(participants.id, courseCertificates.participantId))
        .where(and(eq(issuedDocuments.id, id), eq(issuedDocuments.entity, 'courseCertificate'))),
    ),
};

/**
 * The dispatcher's second gate, after the input is parsed: a narrowed social worker asking for
 * someone not assigned to them is refused with `forbidden` and the attempt is logged. A record
 * that does not exist passes, so the handler answers `not_found` as for anyone.
 */
export async function checkParticipantScope<C extends Channel>(
  channel: C,
  input: ParsedInput<C>,
  ctx: HandlerContext,
): Promise<void> {
  const workerId = narrowedTo(ctx.user);
  const subjectOf = SUBJECT[channel] as ((i: ParsedInput<C>) => Subject | null) | undefined;
  if (workerId === null || !subjectOf) return;
  const subject = subjectOf(input);
  if (!subject) return;
  const [kind, id] = Object.entries(subject)[0] as [string, number];
  // The person out of reach, if they are (the read ends before the refusal is logged).
  const outOfReach = await ctx.uow.read(async (tx) => {
    const owner = await OWNER[kind]!(tx, id);
    if (!owner || owner.workerId === workerId) return null;
    const reached = await first(
      tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.id, owner.participantId), reachableBy(tx, workerId))),
    );
    return reached ? null : owner.participantId;
  });
  if (outOfReach === null) return;
  await recordAudit(ctx, {
    entity: 'participant',
    entityId: outOfReach,
    action: 'forbidden',
    changedFields: [],
  });
  throw new AppError(
    'forbidden',
    'Ta osoba nie jest przypisana do Ciebie. Dostęp do wszystkich uczestników może przyznać koordynator.',
  );
}
