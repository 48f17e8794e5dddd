import type { DatabaseHandle } from './db/open';
import { systemClock, type Clock } from './domain/clock';
import { createDispatcher, type Dispatch, type HandlerTable } from './dispatcher';
import { accountHandlers } from './features/accounts/accounts.handlers';
import { createAuthorizer } from './features/accounts/authorize';
import { createScopeCheck } from './features/accounts/participant-scope';
import { SessionRegistry } from './features/accounts/sessions';
import { auditHandlers } from './features/audit/audit.handlers';
import { backupHandlers } from './features/backups/backups.handlers';
import { contractHandlers } from './features/contracts/contracts.handlers';
import { enrolmentHandlers } from './features/enrolments/enrolments.handlers';
import { instrumentHandlers } from './features/instruments/instruments.handlers';
import { participantHandlers } from './features/participants/participants.handlers';
import { projectHandlers } from './features/projects/projects.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { staffHandlers } from './features/staff/staff.handlers';

export interface App {
  dispatch: Dispatch;
  handle: DatabaseHandle;
  clock: Clock;
  /** Who is signed in on which window (in memory: a restart signs everyone out). */
  sessions: SessionRegistry;
}

/** The handler table: typed as `HandlerTable`, so a channel without a handler does not compile. */
export function buildHandlers(handle: DatabaseHandle, sessions: SessionRegistry): HandlerTable {
  const { db } = handle;
  return {
    ...accountHandlers(db, sessions),
    ...settingsHandlers(db),
    ...staffHandlers(db),
    ...projectHandlers(db),
    ...participantHandlers(db),
    ...enrolmentHandlers(db),
    ...instrumentHandlers(db),
    ...contractHandlers(db),
    ...auditHandlers(db),
    ...backupHandlers(handle),
  };
}

export interface AppOptions {
  /** Where "today" comes from; the computer's clock unless a test or the demo fixes a day. */
  clock?: Clock;
  logError?: (channel: string, e: unknown) => void;
  /** Milliseconds for the idle lock and login slow-down; tests move it instead of waiting. */
  now?: () => number;
}

export function createApp(handle: DatabaseHandle, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const sessions = new SessionRegistry(options.now);
  const dispatch = createDispatcher({
    handlers: buildHandlers(handle, sessions),
    authorize: createAuthorizer(handle.db, sessions, clock),
    authorizeInput: createScopeCheck(handle.db),
    clock,
    logError: options.logError,
  });
  return { dispatch, handle, clock, sessions };
}
