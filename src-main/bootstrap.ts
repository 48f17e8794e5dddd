import { createApp } from './app';
import type { Dispatch } from './dispatcher';
import { openDatabase } from './db/open';
import { seedDemoData } from './demo/seed';
import { readSetting } from './features/settings/settings.repo';

export interface CoreOptions {
  dbPath: string;
  migrationsFolder: string;
  /** Fill a new, empty database with the fictional demo office. */
  demo: boolean;
  logError?: (channel: string, e: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  close(): void;
}

/** What both hosts start: the database, migrated, with demo data on first run if asked. */
export function startCore(options: CoreOptions): Core {
  const handle = openDatabase(options.dbPath, options.migrationsFolder);
  const app = createApp(handle, options.logError);
  if (options.demo && readSetting(handle.db, 'office') === null) seedDemoData(app);
  return { dispatch: app.dispatch, close: () => handle.close() };
}
