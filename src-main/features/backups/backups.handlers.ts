import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, parse } from 'node:path';
import type { BackupStatus } from '../../contract/backups';
import { AppError } from '../../contract/errors';
import { openDatabase, type DatabaseHandle } from '../../db/open';
import type { HandlerContext, HandlerTable } from '../../dispatcher';
import { addDays } from '../../domain/dates';
import { recordAudit } from '../audit/audit.repo';
import { readSetting, writeSetting } from '../settings/settings.repo';
import {
  createBackupKeys,
  unlockPrivateKey,
  WrongBackupPasswordError,
  type BackupKeys,
} from './backup-crypto';
import {
  BackupError,
  createBackup,
  listBackups,
  pruneBackups,
  restoreBackupTo,
} from './backups.service';
import { replaceDataFrom, setAside } from './replace-data';

/** The office's backup settings, in `settings` under this key; never the password. */
export const BACKUP_SETTING = 'backups';
interface BackupSettings {
  folder: string | null;
  keys: BackupKeys | null;
  lastGoodAt: string | null;
  /** The clock's day of the last good copy: what "older than 7 days" is counted from. */
  lastGoodOn: string | null;
  lastError: string | null;
}
const NONE: BackupSettings = {
  folder: null,
  keys: null,
  lastGoodAt: null,
  lastGoodOn: null,
  lastError: null,
};

/** A good copy older than this many days is warned of in the header. */
export const STALE_AFTER_DAYS = 7;

function read(handle: DatabaseHandle): BackupSettings {
  return { ...NONE, ...readSetting<BackupSettings>(handle.db, BACKUP_SETTING) };
}

function save(handle: DatabaseHandle, patch: Partial<BackupSettings>): BackupSettings {
  const next = { ...read(handle), ...patch };
  writeSetting(handle.db, BACKUP_SETTING, next);
  return next;
}

export function backupStatus(handle: DatabaseHandle, today: string): BackupStatus {
  const s = read(handle);
  const reachable = s.folder !== null && existsSync(s.folder) && statSync(s.folder).isDirectory();
  const stale = !s.lastGoodOn || s.lastGoodOn < addDays(today, -STALE_AFTER_DAYS);
  return {
    folder: s.folder,
    passwordSet: s.keys !== null,
    lastGoodAt: s.lastGoodAt,
    lastError: s.lastError,
    warning:
      !s.folder || !s.keys
        ? 'notConfigured'
        : !reachable
          ? 'unreachable'
          : stale
            ? 'stale'
            : 'none',
  };
}

function configured(handle: DatabaseHandle): { folder: string; keys: BackupKeys } {
  const { folder, keys } = read(handle);
  if (!folder || !keys)
    throw new AppError(
      'invalid_state',
      'Najpierw wskaż folder kopii i ustal hasło kopii zapasowych',
    );
  return { folder, keys };
}

/**
 * Makes a copy now, keeps the 7 + 4 + 12 the rule keeps, and remembers how it went (the
 * header's warning comes from that). A fault becomes a Polish AppError; the data are untouched.
 */
export async function backupNow(handle: DatabaseHandle, today: string) {
  const { folder, keys } = configured(handle);
  try {
    const copy = await createBackup(handle.sqlite, {
      folder,
      keys,
      now: new Date(),
      schemaVersion: handle.schemaVersion,
    });
    pruneBackups(folder);
    save(handle, { lastGoodAt: copy.createdAt, lastGoodOn: today, lastError: null });
    return copy;
  } catch (error) {
    const message =
      error instanceof BackupError ? error.message : 'Nie udało się utworzyć kopii zapasowej.';
    save(handle, { lastError: message });
    throw new AppError('invalid_state', message);
  }
}

/** At the first start of a day with no good copy yet that day; a failure only shows in the header. */
export async function dailyBackup(handle: DatabaseHandle, today: string): Promise<void> {
  const s = read(handle);
  if (!s.folder || !s.keys || (s.lastGoodOn && s.lastGoodOn >= today)) return;
  await backupNow(handle, today).catch(() => undefined);
}

function audit(
  handle: DatabaseHandle,
  ctx: HandlerContext,
  action: 'create' | 'update' | 'restore',
) {
  recordAudit(handle.db, ctx, { entity: 'backup', entityId: null, action, changedFields: [] });
}

/** A full path to an existing folder that is not a whole disk's root. */
function folderProblem(folder: string): string | null {
  if (!isAbsolute(folder) || parse(folder).root === folder)
    return 'Podaj pełną ścieżkę folderu, np. E:\\Kopie Aktywatora';
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    return 'Nie ma takiego folderu albo jest niedostępny';
  return null;
}

type Channels =
  'backups.status' | 'backups.configure' | 'backups.create' | 'backups.list' | 'backups.restore';

export const backupHandlers = (handle: DatabaseHandle): Pick<HandlerTable, Channels> => ({
  'backups.status': (_input, ctx) => backupStatus(handle, ctx.today),
  'backups.configure': ({ folder, password }, ctx) => {
    const problem = folderProblem(folder);
    if (problem)
      throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
        issues: [{ path: ['folder'], message: problem }],
      });
    const { keys } = read(handle);
    if (keys) {
      try {
        unlockPrivateKey(keys, password);
      } catch (error) {
        if (!(error instanceof WrongBackupPasswordError)) throw error;
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
          issues: [
            { path: ['password'], message: 'To nie jest hasło kopii zapasowych tego ośrodka' },
          ],
        });
      }
    }
    save(handle, { folder, keys: keys ?? createBackupKeys(password), lastError: null });
    audit(handle, ctx, 'update');
    return backupStatus(handle, ctx.today);
  },
  'backups.create': async (_input, ctx) => {
    const copy = await backupNow(handle, ctx.today);
    audit(handle, ctx, 'create');
    return copy;
  },
  'backups.list': () => {
    const { folder } = configured(handle);
    try {
      return listBackups(folder);
    } catch (error) {
      throw new AppError(
        'invalid_state',
        error instanceof BackupError ? error.message : String(error),
      );
    }
  },
  'backups.restore': ({ file, password }, ctx) => {
    const { folder, keys } = configured(handle);
    const work = mkdtempSync(join(tmpdir(), 'aktywator-przywracanie-'));
    try {
      const restored = join(work, 'kopia.sqlite');
      try {
        restoreBackupTo(join(folder, file), { keys, password, into: restored });
      } catch (error) {
        if (error instanceof WrongBackupPasswordError)
          throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
            issues: [{ path: ['password'], message: error.message }],
          });
        if (error instanceof BackupError) throw new AppError('invalid_state', error.message);
        throw new AppError('not_found', 'Nie znaleziono tej kopii w folderze kopii zapasowych');
      }
      // An older copy is brought up to this version's schema before its data are taken.
      openDatabase(restored, handle.migrationsFolder).close();
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const setAsidePath = setAside(handle, stamp);
      replaceDataFrom(handle, restored, [BACKUP_SETTING]);
      audit(handle, ctx, 'restore');
      return { restoredFrom: file, setAside: setAsidePath };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
});
