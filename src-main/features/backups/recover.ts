import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { openDatabase } from '../../db/open';
import type { BackupHeader } from './backup-file';
import { BackupError, restoreBackupTo } from './backups.service';

/**
 * Puts a backup copy in place of a database file that cannot be opened (damaged, lost with a
 * disk, refused at start) — before any core runs on it, so it needs no working database: only
 * the copy and the backup password. The file that was there is kept beside it, renamed
 * (`…-przed-przywroceniem-<chwila>.sqlite`), never overwritten; the restored file is checked
 * (restoreBackupTo) and brought up to this version's schema before it takes the place.
 */
export function recoverDatabaseFile(options: {
  copy: string;
  password: string;
  dbPath: string;
  migrationsFolder: string;
  now: Date;
}): { header: BackupHeader; setAside: string | null } {
  if (!existsSync(options.copy))
    throw new BackupError(`Nie ma pliku kopii ${options.copy}. Sprawdź ścieżkę i nośnik.`);
  // Beside the database, not in the temporary folder: the final rename must not cross disks.
  const work = mkdtempSync(join(dirname(options.dbPath), '.aktywator-odtwarzanie-'));
  try {
    const restored = join(work, 'kopia.sqlite');
    const header = restoreBackupTo(options.copy, { password: options.password, into: restored });
    openDatabase(restored, options.migrationsFolder).close();
    let setAside: string | null = null;
    if (existsSync(options.dbPath)) {
      const stamp = options.now.toISOString().replace(/[:.]/g, '-');
      const name = basename(options.dbPath, extname(options.dbPath));
      setAside = join(dirname(options.dbPath), `${name}-przed-przywroceniem-${stamp}.sqlite`);
      renameSync(options.dbPath, setAside);
      // The damaged file's journal belongs to it, not to the restored one.
      for (const sidecar of ['-wal', '-shm'])
        if (existsSync(options.dbPath + sidecar))
          renameSync(options.dbPath + sidecar, setAside + sidecar);
    }
    renameSync(restored, options.dbPath);
    return { header, setAside };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
