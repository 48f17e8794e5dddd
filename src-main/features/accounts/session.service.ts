import type { z } from 'zod';
import type { SessionState, setupInput } from '../../contract/accounts';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/permissions';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/write';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { readSetting, writeSetting } from '../settings/settings.repo';
import { getOffice } from '../settings/settings.service';
import { findStaff, insertStaff, staffName } from '../staff/staff.repo';
import {
  findAccount,
  findAccountByLogin,
  hasAnyAccount,
  insertAccount,
  updateAccount,
  type AccountRow,
} from './accounts.repo';
import { hashPassword, verifyPassword } from './password';
import { sessionUser } from './authorize';
import type { SessionRegistry } from './sessions';

/** Set only by the demo seed: the demo's accounts and their shared password. */
export const DEMO_ACCOUNTS_SETTING = 'demoAccounts';
type DemoAccounts = NonNullable<SessionState['demo']>;

export function sessionState(db: Db, sessions: SessionRegistry, ctx: HandlerContext): SessionState {
  const office = getOffice(db);
  const base = {
    officeName: office.officeName,
    idleLockMinutes: office.idleLockMinutes,
    today: ctx.today,
    demo: readSetting<DemoAccounts>(db, DEMO_ACCOUNTS_SETTING),
  };
  if (!hasAnyAccount(db)) return { ...base, state: 'setupRequired', user: null };
  const user = sessionUser(db, sessions, ctx.caller);
  if (!user) return { ...base, state: 'signedOut', user: null };
  return {
    ...base,
    state: user.locked ? 'locked' : 'signedIn',
    user: {
      staffId: user.id,
      name: user.name,
      login: user.login,
      roles: [...user.roles],
      participantScope: user.participantScope,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

/** The first start: the office and its administrator, in one transaction, then signed in. */
export async function setup(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  input: z.output<typeof setupInput>,
): Promise<SessionState> {
  if (hasAnyAccount(db)) throw alreadySetUp();
  const { office, administrator: admin } = input;
  const passwordHash = await hashPassword(admin.password);
  const staffId = writeTransaction(db, (tx) => {
    // Checked again under the write lock: two windows cannot both create the first account.
    if (hasAnyAccount(tx)) throw alreadySetUp();
    const member = insertStaff(tx, {
      firstName: admin.firstName,
      lastName: admin.lastName,
      role: 'administrator',
      phone: null,
      active: true,
    });
    insertAccount(tx, {
      staffId: member.id,
      login: admin.login,
      passwordHash,
      roles: admin.roles as Role[],
      participantScope: 'assigned',
      mustChangePassword: false,
    });
    writeSetting(tx, 'office', office);
    const actor = { id: member.id, name: staffName(member) };
    const as = { ...ctx, actor };
    recordAudit(tx, as, {
      entity: 'settings',
      entityId: null,
      action: 'create',
      changedFields: Object.keys(office),
    });
    recordAudit(tx, as, {
      entity: 'staff',
      entityId: member.id,
      action: 'create',
      changedFields: ['firstName', 'lastName', 'role'],
    });
    recordAudit(tx, as, {
      entity: 'account',
      entityId: member.id,
      action: 'create',
      changedFields: ['login', 'roles', 'password'],
    });
    return member.id;
  });
  sessions.start(ctx.caller, staffId);
  return sessionState(db, sessions, ctx);
}

const alreadySetUp = () =>
  new AppError('invalid_state', 'Program ma już administratora: zaloguj się.');

/** After this many failures in a row, each next attempt waits, doubling up to 15 minutes. */
const FREE_ATTEMPTS = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 15 * 60_000;

function waitLeftMs(account: AccountRow, now: number): number {
  if (account.failedLogins < FREE_ATTEMPTS || !account.lastFailedAt) return 0;
  const wait = Math.min(FIRST_WAIT_MS * 2 ** (account.failedLogins - FREE_ATTEMPTS), MAX_WAIT_MS);
  return Date.parse(account.lastFailedAt) + wait - now;
}

/** A hash to check against when the login is unknown, so both failures take as long. */
let decoy: Promise<string> | undefined;

/**
 * Checks a password for a sign-in or an unlock: slowed after repeated failures, every failure
 * logged (the login's owner if known — never the password typed).
 */
async function checkPassword(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  account: AccountRow | undefined,
  password: string,
): Promise<AccountRow> {
  const now = sessions.now();
  const wait = account ? waitLeftMs(account, now) : 0;
  if (account && wait > 0) {
    recordAudit(db, ctx, {
      entity: 'session',
      entityId: account.staffId,
      action: 'loginFailed',
      changedFields: ['tooSoon'],
    });
    throw new AppError(
      'unauthenticated',
      `Zbyt wiele nieudanych prób. Spróbuj ponownie za ${Math.ceil(wait / 1000)} s.`,
    );
  }
  const ok = account
    ? await verifyPassword(password, account.passwordHash)
    : await verifyPassword(password, await (decoy ??= hashPassword('decoy-password')));
  if (account && ok) return account;
  writeTransaction(db, (tx) => {
    if (account) {
      const fresh = findAccount(tx, account.staffId)!;
      updateAccount(tx, account.staffId, {
        failedLogins: fresh.failedLogins + 1,
        lastFailedAt: new Date(now).toISOString(),
      });
    }
    recordAudit(tx, ctx, {
      entity: 'session',
      entityId: account?.staffId ?? null,
      action: 'loginFailed',
      changedFields: [],
    });
  });
  throw new AppError(
    'unauthenticated',
    ctx.channel === 'session.unlock' ? 'Nieprawidłowe hasło.' : 'Nieprawidłowy login lub hasło.',
  );
}

function signedIn(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  account: AccountRow,
  action: 'login' | 'unlock',
): SessionState {
  writeTransaction(db, (tx) => {
    updateAccount(tx, account.staffId, {
      failedLogins: 0,
      lastFailedAt: null,
      ...(action === 'login' ? { lastLoginAt: new Date(sessions.now()).toISOString() } : {}),
    });
    if (action === 'login') sessions.start(ctx.caller, account.staffId);
    else sessions.unlock(ctx.caller);
    const user = sessionUser(tx, sessions, ctx.caller)!;
    recordAudit(
      tx,
      { ...ctx, actor: { id: user.id, name: user.name } },
      {
        entity: 'session',
        entityId: account.staffId,
        action,
        changedFields: [],
      },
    );
  });
  return sessionState(db, sessions, ctx);
}

export async function login(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  input: { login: string; password: string },
): Promise<SessionState> {
  const found = findAccountByLogin(db, input.login.trim());
  // A deactivated person's account is as good as unknown.
  const account = found && findStaff(db, found.staffId)?.active ? found : undefined;
  return signedIn(
    db,
    sessions,
    ctx,
    await checkPassword(db, sessions, ctx, account, input.password),
    'login',
  );
}

export async function unlock(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  password: string,
): Promise<SessionState> {
  const user = sessionUser(db, sessions, ctx.caller);
  if (!user) throw new AppError('unauthenticated', 'Sesja wygasła: zaloguj się ponownie.');
  if (!user.locked) return sessionState(db, sessions, ctx);
  const as = { ...ctx, actor: { id: user.id, name: user.name } };
  const account = await checkPassword(db, sessions, as, findAccount(db, user.id), password);
  return signedIn(db, sessions, as, account, 'unlock');
}

export function logout(db: Db, sessions: SessionRegistry, ctx: HandlerContext): SessionState {
  const user = sessionUser(db, sessions, ctx.caller);
  sessions.end(ctx.caller);
  if (user)
    recordAudit(
      db,
      { ...ctx, actor: { id: user.id, name: user.name } },
      {
        entity: 'session',
        entityId: user.id,
        action: 'logout',
        changedFields: [],
      },
    );
  return sessionState(db, sessions, ctx);
}

export function lock(db: Db, sessions: SessionRegistry, ctx: HandlerContext): SessionState {
  sessions.lock(ctx.caller);
  return sessionState(db, sessions, ctx);
}

export async function changePassword(
  db: Db,
  sessions: SessionRegistry,
  ctx: HandlerContext,
  input: { currentPassword: string; newPassword: string },
): Promise<SessionState> {
  const user = ctx.user!;
  const account = await checkPassword(
    db,
    sessions,
    ctx,
    findAccount(db, user.id),
    input.currentPassword,
  );
  if (input.newPassword === input.currentPassword)
    throw new AppError('invalid_input', 'Nowe hasło musi się różnić od obecnego', {
      issues: [{ path: ['newPassword'], message: 'Nowe hasło musi się różnić od obecnego' }],
    });
  const passwordHash = await hashPassword(input.newPassword);
  writeTransaction(db, (tx) => {
    updateAccount(tx, account.staffId, { passwordHash, mustChangePassword: false });
    recordAudit(tx, ctx, {
      entity: 'account',
      entityId: user.id,
      action: 'passwordChange',
      changedFields: ['password'],
    });
  });
  return sessionState(db, sessions, ctx);
}
