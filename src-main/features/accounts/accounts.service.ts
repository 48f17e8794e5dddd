import type { AccountSummary } from '../../contract/accounts';
import { AppError } from '../../contract/errors';
import type { ParticipantScope, Role } from '../../contract/permissions';
import type { Tx } from '../../db/unit-of-work';
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

async function existing(tx: Tx, staffId: number) {
  const account = await findAccount(tx, staffId);
  if (!account) throw new AppError('not_found', 'Ten pracownik nie ma konta');
  return account;
}

/**
 * The office must keep someone who can manage accounts: the last active administrator can
 * neither lose the role nor be deactivated (staff.service uses this too).
 */
export async function refuseLosingLastAdministrator(
  tx: Tx,
  staffId: number,
  change: 'role' | 'deactivate' = 'role',
): Promise<void> {
  const isAdmin = (a: AccountSummary) => a.active && a.login && a.roles.includes('administrator');
  const accounts = await listAccounts(tx);
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
  ctx: HandlerContext,
  input: {
    staffId: number;
    login: string;
    password: string;
    roles: Role[];
    participantScope: ParticipantScope;
  },
): Promise<AccountSummary> {
  // Hashed before the write begins: scrypt takes a tenth of a second, the lock none of it.
  const passwordHash = await hashPassword(input.password);
  return ctx.uow.write(async (tx) => {
    const member = await findStaff(tx, input.staffId);
    if (!member) throw new AppError('not_found', 'Nie znaleziono pracownika');
    if (!member.active) throw new AppError('invalid_state', 'Ten pracownik jest nieaktywny');
    if (await findAccount(tx, input.staffId))
      throw new AppError('conflict', 'Ten pracownik ma już konto');
    if (await findAccountByLogin(tx, input.login)) throw loginTaken();
    // A password set by someone else is known to them: the owner must replace it.
    await insertAccount(tx, { ...input, passwordHash, mustChangePassword: true });
    await recordAudit(ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'create',
      changedFields: ['login', 'roles', 'participantScope', 'password'],
    });
    return accountSummary(tx, input.staffId);
  });
}

export function updateAccountRoles(
  ctx: HandlerContext,
  input: { staffId: number; login: string; roles: Role[]; participantScope: ParticipantScope },
): Promise<AccountSummary> {
  return ctx.uow.write(async (tx) => {
    const before = await existing(tx, input.staffId);
    const other = await findAccountByLogin(tx, input.login);
    if (other && other.staffId !== input.staffId) throw loginTaken();
    if (!input.roles.includes('administrator'))
      await refuseLosingLastAdministrator(tx, input.staffId);
    const changed = [
      before.login !== input.login && 'login',
      sameSet(before.roles as Role[], input.roles) ? false : 'roles',
      before.participantScope !== input.participantScope && 'participantScope',
    ].filter((f): f is string => Boolean(f));
    await updateAccount(
      tx,
      input.staffId,
      { login: input.login, roles: input.roles, participantScope: input.participantScope },
      ctx.now,
    );
    await recordAudit(ctx, {
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
  ctx: HandlerContext,
  sessions: SessionRegistry,
  input: { staffId: number; password: string },
): Promise<AccountSummary> {
  await ctx.uow.read((tx) => existing(tx, input.staffId));
  const passwordHash = await hashPassword(input.password);
  const summary = await ctx.uow.write(async (tx) => {
    await existing(tx, input.staffId);
    await updateAccount(
      tx,
      input.staffId,
      { passwordHash, mustChangePassword: true, failedLogins: 0, lastFailedAt: null },
      ctx.now,
    );
    await recordAudit(ctx, {
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
  ctx: HandlerContext,
  input: { staffId: number; participantScope: ParticipantScope },
): Promise<AccountSummary> {
  return ctx.uow.write(async (tx) => {
    const before = await existing(tx, input.staffId);
    await updateAccount(tx, input.staffId, { participantScope: input.participantScope }, ctx.now);
    await recordAudit(ctx, {
      entity: 'account',
      entityId: input.staffId,
      action: 'update',
      changedFields: before.participantScope === input.participantScope ? [] : ['participantScope'],
    });
    return accountSummary(tx, input.staffId);
  });
}
