import type { DatabaseHandle } from './open';

/** A consistent copy of the live database (SQLite online backup), e.g. before an upgrade. */
export async function backupDatabase(handle: DatabaseHandle, destination: string): Promise<void> {
  await handle.sqlite.backup(destination);
}
