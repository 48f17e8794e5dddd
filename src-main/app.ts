import { notifyChanges, type ChangeNotices } from './changes';
import type { DatabaseHandle } from './db/open';
import { createUnitOfWork, type UnitOfWork } from './db/unit-of-work';
import { systemClock, type Clock } from './domain/clock';
import { createDispatcher, type Dispatch, type HandlerTable } from './dispatcher';
import { accountHandlers } from './features/accounts/accounts.handlers';
import { createAuthorizer } from './features/accounts/authorize';
import { checkParticipantScope } from './features/accounts/participant-scope';
import { SessionRegistry } from './features/accounts/sessions';
import { auditHandlers } from './features/audit/audit.handlers';
import { backupHandlers } from './features/backups/backups.handlers';
import { attendanceHandlers } from './features/club/attendance.handlers';
import { clubHandlers } from './features/club/club.handlers';
import { courseHandlers } from './features/courses/courses.handlers';
import { inProcessPlanner, type PlannerRunner } from './features/club/planner-runner';
import { contractHandlers } from './features/contracts/contracts.handlers';
import { documentHandlers } from './features/documents/documents.handlers';
import { enrolmentHandlers } from './features/enrolments/enrolments.handlers';
import { instrumentHandlers } from './features/instruments/instruments.handlers';
import { participantHandlers } from './features/participants/participants.handlers';
import { projectHandlers } from './features/projects/projects.handlers';
import { settingsHandlers } from './features/settings/settings.handlers';
import { staffHandlers } from './features/staff/staff.handlers';

export interface App {
  dispatch: Dispatch;
  handle: DatabaseHandle;
  /** The one way to the database (the demo seed and tests use it as handlers do). */
  uow: UnitOfWork;
  clock: Clock;
  /** Who is signed in on which window (in memory: a restart signs everyone out). */
  sessions: SessionRegistry;
  /** Listens to `{ entity }` after every successful write, for `db.changed` (changes.ts). */
  onChanged: ChangeNotices['subscribe'];
}

/**
 * The handler table: typed as `HandlerTable`, so a channel without a handler does not compile.
 * `planner` is where the club's timetable is computed (in this thread unless told otherwise).
 */
export function buildHandlers(
  handle: DatabaseHandle,
  sessions: SessionRegistry,
  planner: PlannerRunner = inProcessPlanner,
): HandlerTable {
  return {
    ...accountHandlers(sessions),
    ...settingsHandlers,
    ...staffHandlers,
    ...projectHandlers,
    ...participantHandlers,
    ...enrolmentHandlers,
    ...instrumentHandlers,
    ...contractHandlers,
    ...documentHandlers,
    ...clubHandlers(planner),
    ...attendanceHandlers,
    ...courseHandlers,
    ...auditHandlers,
    ...backupHandlers(handle),
  };
}

export interface AppOptions {
  /** Where "today" comes from; the computer's clock unless a test or the demo fixes a day. */
  clock?: Clock;
  logError?: (channel: string, e: unknown) => void;
  /** Milliseconds for the idle lock and login slow-down; tests move it instead of waiting. */
  now?: () => number;
  /** Where the club's timetable is planned (features/club/planner-runner.ts); in-process by default. */
  planner?: PlannerRunner;
}

export function createApp(handle: DatabaseHandle, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const sessions = new SessionRegistry(options.now);
  const uow = createUnitOfWork(handle.db, handle.sqlite);
  const dispatch = createDispatcher({
    handlers: buildHandlers(handle, sessions, options.planner),
    uow,
    authorize: createAuthorizer(sessions),
    authorizeInput: checkParticipantScope,
    clock,
    logError: options.logError,
  });
  const changes = notifyChanges(dispatch, options.logError);
  return {
    dispatch: changes.dispatch,
    handle,
    uow,
    clock,
    sessions,
    onChanged: changes.subscribe,
  };
}
