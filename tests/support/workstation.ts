import type { App } from '../../src-main/app';
import type { Dispatch } from '../../src-main/dispatcher';
import { insertAccount } from '../../src-main/features/accounts/accounts.repo';
import { hashPassword } from '../../src-main/features/accounts/password';
import { insertStaff } from '../../src-main/features/staff/staff.repo';
import { ROLES, type ParticipantScope, type Role } from '../../src-main/contract/permissions';
import type { StaffInput, StaffMember } from '../../src-main/contract/staff';
import type { UnitOfWork } from '../../src-main/db/unit-of-work';

type BoundDispatch = (channel: string, input: unknown) => ReturnType<Dispatch>;

/**
 * Another process or thread opening the same file (a second window): sessions live in each
 * core's memory, so it signs in on its own — here as the file's first account, without the
 * password round (scrypt would only slow the contention tests down).
 */
export function signedInDispatch(app: App, caller = 'workstation'): BoundDispatch {
  const staffId = app.handle.sqlite
    .prepare('SELECT staff_id FROM accounts ORDER BY staff_id LIMIT 1')
    .pluck()
    .get() as number | undefined;
  if (staffId === undefined) throw new Error('No account in the file to sign in with');
  app.sessions.start(caller, staffId);
  return (channel, input) => app.dispatch(channel, input, caller);
}

/** The password of every account the tests create (hashed once per process: scrypt is slow). */
export const TEST_PASSWORD = 'haslo-testowe-1';
let testPasswordHash: Promise<string> | undefined;

/**
 * A staff member with an account, written straight into the file in one write of the unit of
 * work (the channels would hash a password each time); login `konto<id>` unless given,
 * password TEST_PASSWORD.
 */
export async function addAccount(
  uow: UnitOfWork,
  fields: StaffInput,
  roles: Role[],
  options: { participantScope?: ParticipantScope; login?: string } = {},
): Promise<{ member: StaffMember; login: string }> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await testPasswordHash;
  return uow.write(async (tx) => {
    const member = await insertStaff(tx, { phone: null, active: true, ...fields });
    const login = options.login ?? `konto${member.id}`;
    await insertAccount(tx, {
      staffId: member.id,
      login,
      passwordHash,
      roles,
      participantScope: options.participantScope ?? 'assigned',
      mustChangePassword: false,
    });
    return { member, login };
  });
}

/** A staff member with an account holding every role and seeing everyone. */
export async function addFullAccount(
  app: App,
  firstName: string,
  lastName: string,
): Promise<number> {
  const { member } = await addAccount(
    app.uow,
    { firstName, lastName, role: 'socialWorker' },
    [...ROLES],
    { participantScope: 'all', login: `${firstName}.${lastName}`.toLowerCase() },
  );
  return member.id;
}
