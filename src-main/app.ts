import type { DatabaseHandle } from './db/open';
import { createDispatcher, type Dispatch, type HandlerTable } from './dispatcher';
import { auditHandlers } from './features/audit/audit.handlers';
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
  };
}

export function createApp(
  handle: DatabaseHandle,
  logError?: (channel: string, e: unknown) => void,
): App {
  const dispatch = createDispatcher({
    handlers: buildHandlers(handle),
    currentActor: () => currentActor(handle.db),
    logError,
  });
  return { dispatch, handle };
}
