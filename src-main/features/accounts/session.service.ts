import type { z } from 'zod';
import type { SessionState, setupInput } from '../../contract/accounts';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/permissions';
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

export function sessionState(
  ctx: HandlerContext,
  sessions: SessionRegistry,
): Promise<SessionState> {
  return ctx.uow.read(async (tx) => {
    const office = await getOffice(tx);
    const base = {
      officeName: office.officeName,
      idleLockMinutes: office.idleLockMinutes,
      today: ctx.today,
      demo: await readSetting<DemoAccounts>(tx, DEMO_ACCOUNTS_SETTING),
    };
    if (!(await hasAnyAccount(tx))) return { ...base, state: 'setupRequired', user: null };
    const user = await sessionUser(tx, sessions, ctx.caller);
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
  });
}

/** The first start: the office and its administrator, in one transaction, then signed in. */
export async function setup(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  input: z.output<typeof setupInput>,
): Promise<SessionState> {
  if (await ctx.uow.read(hasAnyAccount)) throw alreadySetUp();
  const { office, administrator: admin } = input;
  const passwordHash = await hashPassword(admin.password);
  const staffId = await ctx.uow.write(async (tx) => {
    // Checked again under the write lock: two windows cannot both create the first account.
    if (await hasAnyAccount(tx)) throw alreadySetUp();
    const member = await insertStaff(tx, {
      firstName: admin.firstName,
      lastName: admin.lastName,
      role: 'administrator',
      phone: null,
      active: true,
    });
    await insertAccount(tx, {
      staffId: member.id,
      login: admin.login,
      passwordHash,
      roles: admin.roles as Role[],
      participantScope: 'assigned',
      mustChangePassword: false,
    });
    await writeSetting(tx, 'office', office);
    const actor = { id: member.id, name: staffName(member) };
    const as = { ...ctx, actor };
    await recordAudit(as, {
      entity: 'settings',
      entityId: null,
      action: 'create',
      changedFields: Object.keys(office),
    });
    await recordAudit(as, {
      entity: 'staff',
      entityId: member.id,
      action: 'create',
      changedFields: ['firstName', 'lastName', 'role'],
    });
    await recordAudit(as, {
      entity: 'account',
      entityId: member.id,
      action: 'create',
      changedFields: ['login', 'roles', 'password'],
    });
    return member.id;
  });
  sessions.start(ctx.caller, staffId);
  return sessionState(ctx, sessions);
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
 * logged (the login's owner if known — never the password typed). Called with no unit of work
 * open: the check takes a tenth of a second, during which nobody else waits.
 */
async function checkPassword(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  account: AccountRow | undefined,
  password: string,
): Promise<AccountRow> {
  // The sessions' own clock (milliseconds): the tests move it past the waits.
  const now = sessions.now();
  const wait = account ? waitLeftMs(account, now) : 0;
  if (account && wait > 0) {
    await recordAudit(ctx, {
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
  await ctx.uow.write(async (tx) => {
    if (account) {
      const fresh = (await findAccount(tx, account.staffId))!;
      await updateAccount(
        tx,
        account.staffId,
        { failedLogins: fresh.failedLogins + 1, lastFailedAt: new Date(now).toISOString() },
        ctx.now,
      );
    }
    await recordAudit(ctx, {
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

async function signedIn(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  account: AccountRow,
  action: 'login' | 'unlock',
): Promise<SessionState> {
  await ctx.uow.write(async (tx) => {
    await updateAccount(
      tx,
      account.staffId,
      {
        failedLogins: 0,
        lastFailedAt: null,
        ...(action === 'login' ? { lastLoginAt: new Date(sessions.now()).toISOString() } : {}),
      },
      ctx.now,
    );
    if (action === 'login') sessions.start(ctx.caller, account.staffId);
    else sessions.unlock(ctx.caller);
    const user = (await sessionUser(tx, sessions, ctx.caller))!;
    await recordAudit(
      { ...ctx, actor: { id: user.id, name: user.name } },
      {
        entity: 'session',
        entityId: account.staffId,
        action,
        changedFields: [],
      },
    );
  });
  return sessionState(ctx, sessions);
}

export async function login(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  input: { login: string; password: string },
): Promise<SessionState> {
  const account = await ctx.uow.read(async (tx) => {
    const found = await findAccountByLogin(tx, input.login.trim());
    // A deactivated person's account is as good as unknown.
    return found && (await findStaff(tx, found.staffId))?.active ? found : undefined;
  });
  return signedIn(
    ctx,
    sessions,
    await checkPassword(ctx, sessions, account, input.password),
    'login',
  );
}

export async function unlock(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  password: string,
): Promise<SessionState> {
  const { user, account } = await ctx.uow.read(async (tx) => {
    const user = await sessionUser(tx, sessions, ctx.caller);
    return { user, account: user && (await findAccount(tx, user.id)) };
  });
  if (!user) throw new AppError('unauthenticated', 'Sesja wygasła: zaloguj się ponownie.');
  if (!user.locked) return sessionState(ctx, sessions);
  const as = { ...ctx, actor: { id: user.id, name: user.name } };
  const checked = await checkPassword(as, sessions, account, password);
  return signedIn(as, sessions, checked, 'unlock');
}

export async function logout(
  ctx: HandlerContext,
  sessions: SessionRegistry,
): Promise<SessionState> {
  const user = await ctx.uow.read((tx) => sessionUser(tx, sessions, ctx.caller));
  sessions.end(ctx.caller);
  if (user)
    await recordAudit(
      { ...ctx, actor: { id: user.id, name: user.name } },
      {
        entity: 'session',
        entityId: user.id,
        action: 'logout',
        changedFields: [],
      },
    );
  return sessionState(ctx, sessions);
}

export function lock(ctx: HandlerContext, sessions: SessionRegistry): Promise<SessionState> {
  sessions.lock(ctx.caller);
  return sessionState(ctx, sessions);
}

export async function changePassword(
  ctx: HandlerContext,
  sessions: SessionRegistry,
  input: { currentPassword: string; newPassword: string },
): Promise<SessionState> {
  const user = ctx.user!;
  const account = await checkPassword(
    ctx,
    sessions,
    await ctx.uow.read((tx) => findAccount(tx, user.id)),
    input.currentPassword,
  );
  if (input.newPassword === input.currentPassword)
    throw new AppError('invalid_input', 'Nowe hasło musi się różnić od obecnego', {
      issues: [{ path: ['newPassword'], message: 'Nowe hasło musi się różnić od obecnego' }],
    });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.uow.write(async (tx) => {
    await updateAccount(tx, account.staffId, { passwordHash, mustChangePassword: false }, ctx.now);
    await recordAudit(ctx, {
      entity: 'account',
      entityId: user.id,
      action: 'passwordChange',
      changedFields: ['password'],
    });
  });
  return sessionState(ctx, sessions);
}
