import type { AccountSummary } from '../../contract/accounts';
import { AppError } from '../../contract/errors';
import type { ParticipantScope, Role } from '../../contract/permissions';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { findStaff } from '../staff/staff.repo';
import {
  accountSummary,
  findAccount,
  findAccountByLogin,
  insertAccount,
  listAccounts,
  updateAccount,
} from './accounts.repo';
import { hashPassword } from './password';
import type { SessionRegistry } from './sessions';

export { listAccounts };

const loginTaken = () =>
  new AppError('conflict', 'Ten login jest już zajęty', {
    issues: [{ path: ['login'], message: 'Ten login jest już zajęty' }],
  });

function existing(db: Db, staffId: number) {
  const account = findAccount(db, staffId);
  if (!account) throw new AppError('not_found', 'Ten pracownik nie ma konta');
  return account;
}

/**
 * The office must keep someone who can manage accounts: the last active administrator can
 * neither lose the role nor be deactivated (staff.service uses this too).
 */
export function refuseLosingLastAdministrator(
  db: Db,
  staffId: number,
  change: 'role' | 'deactivate' = 'role',
): void {
  const isAdmin = (a: AccountSummary) => a.active && a.login && a.roles.includes('administrator');
  const accounts = listAccounts(db);
  const self = accounts.find((a) => a.staffId === staffId);
  if (!self || !isAdmin(self) || accounts.some((a) => a.staffId !== staffId && isAdmin(a))) return;
  throw new AppError(
    'invalid_state',
    change === 'role'
      ? 'To jedyny aktywny administrator: najpierw nadaj tę rolę komuś innemu.'
      : 'Nie można wyłączyć jedynego aktywnego administratora: najpierw nadaj tę rolę komuś innemu.',
  );
}

export async function createAccount(
  db: Db,
  ctx: HandlerContext,
  input: {
    staffId: number;
    login: string;
    password: string;
    roles: Role[];
    participantScope: ParticipantScope;
  },
): Promise<AccountSummary> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, (tx) => {
    const member = findStaff(tx, input.staffId);
    if (!member) throw new AppError('not_found', 'Nie znaleziono pracownika');
    if (!member.active) throw new AppError('invalid_state', 'Ten pracownik jest nieaktywny');
    if (findAccount(tx, input.staffId))
      throw new AppError('conflict', 'Ten pracownik ma już konto');
    if (findAccountByLogin(tx, input.login)) throw loginTaken();
    // A password set by someone else is known to them: the owner must replace it.
    insertAccount(tx, { ...input, passwordHash, mustChangePassword: true });
    recordAudit(tx, ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'create',
      changedFields: ['login', 'roles', 'participantScope', 'password'],
    });
    return accountSummary(tx, input.staffId);
  });
}

export function updateAccountRoles(
  db: Db,
  ctx: HandlerContext,
  input: { staffId: number; login: string; roles: Role[]; participantScope: ParticipantScope },
): AccountSummary {
  return writeTransaction(db, (tx) => {
    const before = existing(tx, input.staffId);
    const other = findAccountByLogin(tx, input.login);
    if (other && other.staffId !== input.staffId) throw loginTaken();
    if (!input.roles.includes('administrator')) refuseLosingLastAdministrator(tx, input.staffId);
    const changed = [
      before.login !== input.login && 'login',
      sameSet(before.roles as Role[], input.roles) ? false : 'roles',
      before.participantScope !== input.participantScope && 'participantScope',
    ].filter((f): f is string => Boolean(f));
    updateAccount(tx, input.staffId, {
      login: input.login,
      roles: input.roles,
      participantScope: input.participantScope,
    });
    recordAudit(tx, ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'update',
      changedFields: changed,
    });
    return accountSummary(tx, input.staffId);
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export async function resetPassword(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  input: { staffId: number; password: string },
): Promise<AccountSummary> {
  existing(db, input.staffId);
  const passwordHash = await hashPassword(input.password);
  const summary = writeTransaction(db, (tx) => {
    existing(tx, input.staffId);
    updateAccount(tx, input.staffId, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lastFailedAt: null,
    });
    recordAudit(tx, ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'passwordReset',
      changedFields: ['password'],
    });
    return accountSummary(tx, input.staffId);
  });
  // Whoever is signed in with the old password is signed out (unless it is the admin's own window).
  if (input.staffId !== ctx.user?.id) sessions.endFor(input.staffId);
  return summary;
}

export function setScope(
  db: Db,
  ctx: HandlerContext,
  input: { staffId: number; participantScope: ParticipantScope },
): AccountSummary {
  return writeTransaction(db, (tx) => {
    const before = existing(tx, input.staffId);
    updateAccount(tx, input.staffId, { participantScope: input.participantScope });
    recordAudit(tx, ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'update',
      changedFields: before.participantScope === input.participantScope ? [] : ['participantScope'],
    });
    return accountSummary(tx, input.staffId);
  });
}
