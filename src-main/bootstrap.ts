import { createApp, type App } from './app';
import type { Dispatch } from './dispatcher';
import type { Clock } from './domain/clock';
import { openDatabase } from './db/open';
import { seedDemoData } from './demo/seed';
import { isEmptyDatabase } from './db/is-empty';
import { DEFAULT_INSTRUMENTS } from './domain/integration-instruments';
import { seedInstrumentCatalogue } from './features/instruments/instruments.repo';
import { sealUnchainedEntries } from './features/audit/audit-chain';
import { workerPlanner } from './features/club/planner-runner';
import { backupNow, dailyBackup, type BackupContext } from './features/backups/backups.handlers';

export interface CoreOptions {
  dbPath: string;
  migrationsFolder: string;
  /** Fill the database with the fictional demo office — only if nothing was ever written to it. */
  demo: boolean;
  /** Where "today" comes from (the computer's clock by default). */
  clock?: Clock;
  logError?: (channel: string, e: unknown) => void;
  /** The bundled planner worker (out/main/planner-worker.mjs); without it the core plans in-process. */
  plannerWorker?: string;
}

export interface Core {
  dispatch: Dispatch;
  /** Listens to `{ entity }` after every successful write: the hosts push it as `db.changed`. */
  onChanged: App['onChanged'];
  /** The computer was locked: every signed-in window locks until its password is given. */
  lockAllSessions(): void;
  /** A backup copy on the way out, if the office set copies up; never throws. */
  backupOnClose(): Promise<void>;
  close(): void;
}

/** What both hosts start: the database, migrated, with demo data on first run if asked. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const handle = openDatabase(options.dbPath, options.migrationsFolder);
  const app = createApp(handle, {
    clock: options.clock,
    logError: options.logError,
    planner: options.plannerWorker ? workerPlanner(options.plannerWorker) : undefined,
  });
  // Copies made with no request (the day's first start, closing) take the moment from the clock.
  const backupContext = (): BackupContext => ({
    uow: app.uow,
    today: app.clock.today(),
    now: app.clock.now().toISOString(),
  });
  const empty = await app.uow.read(isEmptyDatabase);
  // Entries from before the hash chain (migration 0004) are sealed once, oldest first.
  await sealUnchainedEntries(app.uow);
  await app.uow.write(async (tx) => {
    await seedInstrumentCatalogue(tx, DEFAULT_INSTRUMENTS);
  });
  if (options.demo && empty) await seedDemoData(app);
  // The day's first start makes the day's copy, in the background: the window opens at once.
  void dailyBackup(handle, backupContext());
  return {
    dispatch: app.dispatch,
    onChanged: app.onChanged,
    lockAllSessions: () => app.sessions.lockAll(),
    backupOnClose: () =>
      backupNow(handle, backupContext()).then(
        () => undefined,
        () => undefined,
      ),
    close: () => handle.close(),
  };
}
