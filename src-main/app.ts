import type { DatabaseHandle } from './db/open';
import { systemClock, type Clock } from './domain/clock';
import { createDispatcher, type Dispatch, type HandlerTable } from './dispatcher';
import { auditHandlers } from './features/audit/audit.handlers';
import { backupHandlers } from './features/backups/backups.handlers';
import { contractHandlers } from './features/contracts/contracts.handlers';
import { enrolmentHandlers } from './features/enrolments/enrolments.handlers';
import { instrumentHandlers } from './features/instruments/instruments.handlers';
import { participantHandlers } from './features/participants/participants.handlers';
import { projectHandlers } from './features/projects/projects.handlers';
import { currentActor } from './features/settings/settings.service';
import { settingsHandlers } from './features/settings/settings.handlers';
import { staffHandlers } from './features/staff/staff.handlers';

export interface App {
  dispatch: Dispatch;
  handle: DatabaseHandle;
  clock: Clock;
}

/** The handler table: typed as `HandlerTable`, so a channel without a handler does not compile. */
export function buildHandlers(handle: DatabaseHandle): HandlerTable {
  const { db } = handle;
  return {
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
}

export function createApp(handle: DatabaseHandle, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const dispatch = createDispatcher({
    handlers: buildHandlers(handle),
    currentActor: () => currentActor(handle.db),
    clock,
    logError: options.logError,
  });
  return { dispatch, handle, clock };
}
