import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import {
  createAccount,
  listAccounts,
  resetPassword,
  setScope,
  updateAccountRoles,
} from './accounts.service';
import {
  changePassword,
  lock,
  login,
  logout,
  sessionState,
  setup,
  unlock,
} from './session.service';
import type { SessionRegistry } from './sessions';

type Channels = Extract<keyof HandlerTable, `session.${string}` | `accounts.${string}`>;

export const accountHandlers = (
  db: Db,
  sessions: SessionRegistry,
): Pick<HandlerTable, Channels> => ({
  'session.get': (_input, ctx) => sessionState(db, sessions, ctx),
  'session.setup': (input, ctx) => setup(db, sessions, ctx, input),
  'session.login': (input, ctx) => login(db, sessions, ctx, input),
  'session.logout': (_input, ctx) => logout(db, sessions, ctx),
  'session.lock': (_input, ctx) => lock(db, sessions, ctx),
  'session.unlock': ({ password }, ctx) => unlock(db, sessions, ctx, password),
  // The dispatcher's gate already marked the activity.
  'session.touch': () => ({ ok: true as const }),
  'session.changePassword': (input, ctx) => changePassword(db, sessions, ctx, input),
  'accounts.list': () => listAccounts(db),
  'accounts.create': (input, ctx) => createAccount(db, ctx, input),
  'accounts.update': (input, ctx) => updateAccountRoles(db, ctx, input),
  'accounts.resetPassword': (input, ctx) => resetPassword(db, sessions, ctx, input),
  'accounts.setScope': (input, ctx) => setScope(db, ctx, input),
});
