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

export const accountHandlers = (sessions: SessionRegistry): Pick<HandlerTable, Channels> => ({
  'session.get': (_input, ctx) => sessionState(ctx, sessions),
  'session.setup': (input, ctx) => setup(ctx, sessions, input),
  'session.login': (input, ctx) => login(ctx, sessions, input),
  'session.logout': (_input, ctx) => logout(ctx, sessions),
  'session.lock': (_input, ctx) => lock(ctx, sessions),
  'session.unlock': ({ password }, ctx) => unlock(ctx, sessions, password),
  // The dispatcher's gate already marked the activity.
  'session.touch': async () => ({ ok: true as const }),
  'session.changePassword': (input, ctx) => changePassword(ctx, sessions, input),
  'accounts.list': (_input, ctx) => ctx.uow.read(listAccounts),
  'accounts.create': (input, ctx) => createAccount(ctx, input),
  'accounts.update': (input, ctx) => updateAccountRoles(ctx, input),
  'accounts.resetPassword': (input, ctx) => resetPassword(ctx, sessions, input),
  'accounts.setScope': (input, ctx) => setScope(ctx, input),
});
