import { AppError } from '../../contract/errors';
import type { IdentityHolder, Participant, ParticipantFields } from '../../contract/participants';
import type { Db } from '../../db/open';
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
import { writeTransaction } from '../../db/write';

const BIRTH_IN_FUTURE = 'Data urodzenia nie może być z przyszłości';

/**
 * Dates of the person's life need today: a birth and a "since" cannot be in the future (the
 * schema bounds the years; the since-dates are what long-term unemployment is counted from).
 */
function checkDates(fields: ParticipantFields, today: string): void {
  notInFuture(fields.birthDate, today, 'birthDate', BIRTH_IN_FUTURE);
  notInFuture(fields.unemployedSince, today, 'unemployedSince');
  notInFuture(fields.withoutWorkSince, today, 'withoutWorkSince');
  notInFuture(fields.officeClientSince, today, 'officeClientSince');
  fields.familyMembers.forEach((m, i) =>
    notInFuture(m.birthDate, today, ['familyMembers', i, 'birthDate'], BIRTH_IN_FUTURE),
  );
}

/** Fields of special categories (art. 9 RODO): reading them is logged as a view. */
const SENSITIVE: (keyof Participant)[] = ['exclusionReasons', 'notes'];

export function getParticipant(db: Db, ctx: HandlerContext, id: number): Participant {
  const participant = findParticipant(db, id);
  if (!participant) throw new AppError('not_found', 'Nie znaleziono uczestnika');
  recordAudit(db, ctx, {
    entity: 'participant',
    entityId: id,
    action: 'view',
    changedFields: SENSITIVE,
  });
  return participant;
}

type Identity = Pick<ParticipantFields, 'pesel' | 'documentNumber'>;

/** The people other than `exceptId` who already hold this PESEL or this document number. */
export function identityHolders(db: Db, identity: Identity, exceptId?: number): IdentityHolder[] {
  return findByIdentity(db, identity)
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
function assertUniqueIdentity(db: Db, fields: ParticipantFields, selfId?: number): void {
  const existing = identityHolders(db, fields, selfId)[0];
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

function assertSocialWorker(db: Db, fields: ParticipantFields): void {
  if (fields.socialWorkerId !== null && !findStaff(db, fields.socialWorkerId))
    throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
      issues: [{ path: ['socialWorkerId'], message: 'Nie ma takiego pracownika' }],
    });
}

export function createParticipant(
  db: Db,
  ctx: HandlerContext,
  fields: ParticipantFields,
): Participant {
  checkDates(fields, ctx.today);
  return writeTransaction(db, (tx) => {
    assertUniqueIdentity(tx, fields);
    assertSocialWorker(tx, fields);
    const id = insertParticipant(tx, fields);
    recordAudit(tx, ctx, {
      entity: 'participant',
      entityId: id,
      action: 'create',
      changedFields: changedFields(null, fields),
    });
    return findParticipant(tx, id)!;
  });
}

export function updateParticipant(
  db: Db,
  ctx: HandlerContext,
  id: number,
  fields: ParticipantFields,
): Participant {
  checkDates(fields, ctx.today);
  return writeTransaction(db, (tx) => {
    const before = findParticipant(tx, id);
    if (!before) throw new AppError('not_found', 'Nie znaleziono uczestnika');
    assertUniqueIdentity(tx, fields, id);
    assertSocialWorker(tx, fields);
    updateParticipantRow(tx, id, fields);
    recordAudit(tx, ctx, {
      entity: 'participant',
      entityId: id,
      action: 'update',
      changedFields: changedFields(before, fields),
    });
    return findParticipant(tx, id)!;
  });
}
