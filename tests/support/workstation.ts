import type { App } from '../../src-main/app';
import type { Dispatch } from '../../src-main/dispatcher';
import { insertAccount } from '../../src-main/features/accounts/accounts.repo';
import { hashPasswordSync } from '../../src-main/features/accounts/password';
import { insertStaff } from '../../src-main/features/staff/staff.repo';
import { ROLES } from '../../src-main/contract/permissions';

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

/** A staff member with an account holding every role, written straight into the file. */
export function addFullAccount(app: App, firstName: string, lastName: string): number {
  const member = insertStaff(app.handle.db, {
    firstName,
    lastName,
    role: 'socialWorker',
    phone: null,
    active: true,
  });
  insertAccount(app.handle.db, {
    staffId: member.id,
    login: `${firstName}.${lastName}`.toLowerCase(),
    passwordHash: hashPasswordSync('haslo-stanowiska'),
    roles: [...ROLES],
    participantScope: 'all',
    mustChangePassword: false,
  });
  return member.id;
}
