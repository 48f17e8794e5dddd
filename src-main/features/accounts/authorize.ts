import { AppError } from '../../contract/errors';
import type { Channel } from '../../contract';
import {
  CHANNEL_PERMISSION,
  hasPermission,
  type ParticipantScope,
  type Role,
} from '../../contract/permissions';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext, SessionUser } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { getOffice } from '../settings/settings.service';
import { findStaff, staffName } from '../staff/staff.repo';
import { findAccount } from './accounts.repo';
import type { SessionRegistry } from './sessions';

/** The core's idle guard allows a minute more than the renderer's own timer. */
const IDLE_GRACE_MS = 60_000;

/** Channels a person who must change their password may still use. */
const BEFORE_PASSWORD_CHANGE = new Set<Channel>([
  'session.get',
  'session.changePassword',
  'session.logout',
  'session.lock',
  'session.unlock',
  'session.touch',
]);

export type SignedInUser = SessionUser & {
  login: string;
  mustChangePassword: boolean;
  locked: boolean;
};

/** The person signed in on `caller`, read afresh: a deactivation or new roles apply at once. */
export async function sessionUser(
  tx: Tx,
  sessions: SessionRegistry,
  caller: string,
): Promise<SignedInUser | undefined> {
  const entry = sessions.get(caller);
  if (!entry) return undefined;
  const member = await findStaff(tx, entry.staffId);
  const account = await findAccount(tx, entry.staffId);
  if (!member?.active || !account) {
    sessions.end(caller);
    return undefined;
  }
  return {
    id: member.id,
    name: staffName(member),
    login: account.login,
    roles: account.roles as Role[],
    participantScope: account.participantScope as ParticipantScope,
    mustChangePassword: account.mustChangePassword,
    locked: entry.locked,
  };
}

/**
 * The dispatcher's gate (issue 7, item 2): the channel's permission (contract/permissions.ts)
 * against the roles of the person signed in on the calling window. A refusal is a Polish
 * `forbidden` and an audit entry; nobody signed in, or a locked window, is refused before that.
 */
export function createAuthorizer(sessions: SessionRegistry) {
  return async (
    channel: Channel,
    caller: string,
    ctx: HandlerContext,
  ): Promise<SessionUser | null> => {
    const permission = CHANNEL_PERMISSION[channel];
    const user = await ctx.uow.read(async (tx) => {
      const idleMs = (await getOffice(tx)).idleLockMinutes * 60_000 + IDLE_GRACE_MS;
      if (permission !== 'public') sessions.touch(caller, idleMs);
      return (await sessionUser(tx, sessions, caller)) ?? null;
    });
    if (permission === 'public') return user;
    if (!user) throw new AppError('unauthenticated', 'Zaloguj się, aby korzystać z programu.');
    if (user.locked)
      throw new AppError('locked', 'Program jest zablokowany. Podaj hasło, aby wrócić do pracy.');
    if (user.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(channel))
      throw new AppError('forbidden', 'Najpierw zmień hasło nadane przez administratora.');
    if (!hasPermission(user.roles, permission)) {
      await recordAudit(
        { ...ctx, user, actor: { id: user.id, name: user.name } },
        { entity: 'session', entityId: user.id, action: 'forbidden', changedFields: [] },
      );
      throw new AppError('forbidden', 'Twoja rola nie pozwala na tę czynność.');
    }
    return user;
  };
}
