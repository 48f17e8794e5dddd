import { createApp } from './app';
import type { Dispatch } from './dispatcher';
import type { Clock } from './domain/clock';
import { openDatabase } from './db/open';
import { seedDemoData } from './demo/seed';
import { isEmptyDatabase } from './db/is-empty';
import { DEFAULT_INSTRUMENTS } from './domain/integration-instruments';
import { seedInstrumentCatalogue } from './features/instruments/instruments.repo';
import { sealUnchainedEntries } from './features/audit/audit-chain';
import { backupNow, dailyBackup } from './features/backups/backups.handlers';

export interface CoreOptions {
  dbPath: string;
  migrationsFolder: string;
  /** Fill the database with the fictional demo office — only if nothing was ever written to it. */
  demo: boolean;
  /** Where "today" comes from (the computer's clock by default). */
  clock?: Clock;
  logError?: (channel: string, e: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  /** The computer was locked: every signed-in window locks until its password is given. */
  lockAllSessions(): void;
  /** A backup copy on the way out, if the office set copies up; never throws. */
  backupOnClose(): Promise<void>;
  close(): void;
}

/** What both hosts start: the database, migrated, with demo data on first run if asked. */
export function startCore(options: CoreOptions): Core {
  const handle = openDatabase(options.dbPath, options.migrationsFolder);
  const app = createApp(handle, { clock: options.clock, logError: options.logError });
  const empty = isEmptyDatabase(handle.db);
  // Entries from before the hash chain (migration 0004) are sealed once, oldest first.
  sealUnchainedEntries(handle.db);
  seedInstrumentCatalogue(handle.db, DEFAULT_INSTRUMENTS);
  if (options.demo && empty) seedDemoData(app);
  // The day's first start makes the day's copy, in the background: the window opens at once.
  void dailyBackup(handle, app.clock.today());
  return {
    dispatch: app.dispatch,
    lockAllSessions: () => app.sessions.lockAll(),
    backupOnClose: () =>
      backupNow(handle, app.clock.today()).then(
        () => undefined,
        () => undefined,
      ),
    close: () => handle.close(),
  };
}
