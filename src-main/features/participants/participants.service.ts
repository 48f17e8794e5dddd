import { AppError } from '../../contract/errors';
import type { IdentityHolder, Participant, ParticipantFields } from '../../contract/participants';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { notInFuture } from '../field-rules';
import { changedFields, recordAudit } from '../audit/audit.repo';
import { findStaff } from '../staff/staff.repo';
import {
  findByIdentity,
  findParticipant,
  insertParticipant,
  updateParticipantRow,
} from './participants.repo';

/**
 * Dates of the person's life need today: a birth and a "since" cannot be in the future (the
 * schema bounds the years; the since-dates are what long-term unemployment is counted from).
 */
function checkDates(fields: ParticipantFields, today: string): void {
  notInFuture(fields.birthDate, today, 'birthDate');
  notInFuture(fields.unemployedSince, today, 'unemployedSince');
  notInFuture(fields.withoutWorkSince, today, 'withoutWorkSince');
  notInFuture(fields.officeClientSince, today, 'officeClientSince');
  fields.familyMembers.forEach((m, i) =>
    notInFuture(m.birthDate, today, ['familyMembers', i, 'birthDate']),
  );
}

/** Fields of special categories (art. 9 RODO): reading them is logged as a view. */
const SENSITIVE: (keyof Participant)[] = ['exclusionReasons', 'notes'];

/** The participant, for use inside another unit of work. */
export async function requireParticipant(tx: Tx, id: number): Promise<Participant> {
  const participant = await findParticipant(tx, id);
  if (!participant) throw new AppError('not_found', 'Nie znaleziono uczestnika');
  return participant;
}

export async function getParticipant(ctx: HandlerContext, id: number): Promise<Participant> {
  const participant = await ctx.uow.read((tx) => requireParticipant(tx, id));
  await recordAudit(ctx, {
    entity: 'participant',
    entityId: id,
    action: 'view',
    changedFields: SENSITIVE,
  });
  return participant;
}

type Identity = Pick<ParticipantFields, 'pesel' | 'documentNumber'>;

/** The people other than `exceptId` who already hold this PESEL or this document number. */
export async function identityHolders(
  tx: Tx,
  identity: Identity,
  exceptId?: number,
): Promise<IdentityHolder[]> {
  const holders = await findByIdentity(tx, identity);
  return holders
    .filter((other) => other.id !== exceptId)
    .map((other) => ({
      id: other.id,
      firstName: other.firstName,
      lastName: other.lastName,
      matchedBy:
        identity.pesel !== null && other.pesel === identity.pesel ? 'pesel' : 'documentNumber',
    }));
}

/** One person is in the register once: the same PESEL or document is a conflict naming the record. */
async function assertUniqueIdentity(
  tx: Tx,
  fields: ParticipantFields,
  selfId?: number,
): Promise<void> {
  const existing = (await identityHolders(tx, fields, selfId))[0];
  if (existing) {
    const byPesel = existing.matchedBy === 'pesel';
    const what = byPesel ? 'tym numerem PESEL' : 'tym numerem dokumentu';
    const name = `${existing.firstName} ${existing.lastName}`;
    throw new AppError('conflict', `Osoba z ${what} jest już w rejestrze: ${name}`, {
      details: { existingId: existing.id },
      issues: [
        { path: [byPesel ? 'pesel' : 'documentNumber'], message: `Ten numer ma już ${name}` },
      ],
    });
  }
}

async function assertSocialWorker(tx: Tx, fields: ParticipantFields): Promise<void> {
  if (fields.socialWorkerId !== null && !(await findStaff(tx, fields.socialWorkerId)))
    throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
      issues: [{ path: ['socialWorkerId'], message: 'Nie ma takiego pracownika' }],
    });
}

export async function createParticipant(
  ctx: HandlerContext,
  fields: ParticipantFields,
): Promise<Participant> {
  checkDates(fields, ctx.today);
  return ctx.uow.write(async (tx) => {
    await assertUniqueIdentity(tx, fields);
    await assertSocialWorker(tx, fields);
    const id = await insertParticipant(tx, fields);
    await recordAudit(ctx, {
      entity: 'participant',
      entityId: id,
      action: 'create',
      changedFields: changedFields(null, fields),
    });
    return (await findParticipant(tx, id))!;
  });
}

export async function updateParticipant(
  ctx: HandlerContext,
  id: number,
  fields: ParticipantFields,
): Promise<Participant> {
  checkDates(fields, ctx.today);
  return ctx.uow.write(async (tx) => {
    const before = await requireParticipant(tx, id);
    await assertUniqueIdentity(tx, fields, id);
    await assertSocialWorker(tx, fields);
    await updateParticipantRow(tx, id, fields, ctx.now);
    await recordAudit(ctx, {
      entity: 'participant',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, fields),
    });
    return (await findParticipant(tx, id))!;
  });
}
