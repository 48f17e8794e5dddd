import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, parse } from 'node:path';
import type { BackupStatus } from '../../contract/backups';
import { AppError } from '../../contract/errors';
import { replaceDataFrom, setAside } from '../../db/backup-file-ops';
import { openDatabase, type DatabaseHandle } from '../../db/open';
import type { Tx, UnitOfWork } from '../../db/unit-of-work';
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

/**
 * What backups need of a request: the unit of work, the day and the moment (a copy's name).
 * The core's start and close make copies with no request: bootstrap builds this from the clock.
 */
export type BackupContext = Pick<HandlerContext, 'uow' | 'today' | 'now'>;

async function read(tx: Tx): Promise<BackupSettings> {
  return { ...NONE, ...(await readSetting<BackupSettings>(tx, BACKUP_SETTING)) };
}

/** Changes some of the backup settings (inside the caller's write, if one is open). */
function save(uow: UnitOfWork, patch: Partial<BackupSettings>): Promise<BackupSettings> {
  return uow.write(async (tx) => {
    const next = { ...(await read(tx)), ...patch };
    await writeSetting(tx, BACKUP_SETTING, next);
    return next;
  });
}

export async function backupStatus(ctx: BackupContext): Promise<BackupStatus> {
  const s = await ctx.uow.read(read);
  const reachable = s.folder !== null && existsSync(s.folder) && statSync(s.folder).isDirectory();
  const stale = !s.lastGoodOn || s.lastGoodOn < addDays(ctx.today, -STALE_AFTER_DAYS);
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

async function configured(uow: UnitOfWork): Promise<{ folder: string; keys: BackupKeys }> {
  const { folder, keys } = await uow.read(read);
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
export async function backupNow(handle: DatabaseHandle, ctx: BackupContext) {
  const { folder, keys } = await configured(ctx.uow);
  try {
    const copy = await createBackup(handle, {
      folder,
      keys,
      now: new Date(ctx.now),
      schemaVersion: handle.schemaVersion,
    });
    pruneBackups(folder);
    await save(ctx.uow, { lastGoodAt: copy.createdAt, lastGoodOn: ctx.today, lastError: null });
    return copy;
  } catch (error) {
    const message =
      error instanceof BackupError ? error.message : 'Nie udało się utworzyć kopii zapasowej.';
    await save(ctx.uow, { lastError: message });
    throw new AppError('invalid_state', message);
  }
}

/**
 * At the first start of a day with no good copy yet that day; a failure only shows in the
 * header. Never rejects (it runs in the background while the core may already be closing).
 */
export async function dailyBackup(handle: DatabaseHandle, ctx: BackupContext): Promise<void> {
  try {
    const s = await ctx.uow.read(read);
    if (!s.folder || !s.keys || (s.lastGoodOn && s.lastGoodOn >= ctx.today)) return;
    await backupNow(handle, ctx);
  } catch {
    // backupNow remembered the fault for the header; nothing else to tell anyone.
  }
}

function audit(ctx: HandlerContext, action: 'create' | 'update' | 'restore'): Promise<void> {
  return recordAudit(ctx, { entity: 'backup', entityId: null, action, changedFields: [] });
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
  'backups.status': (_input, ctx) => backupStatus(ctx),
  'backups.configure': async ({ folder, password }, ctx) => {
    const problem = folderProblem(folder);
    if (problem)
      throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
        issues: [{ path: ['folder'], message: problem }],
      });
    const { keys } = await ctx.uow.read(read);
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
    // The new key pair is made before the write: it takes a while, the lock none of it.
    const nextKeys = keys ?? createBackupKeys(password);
    await ctx.uow.write(async () => {
      await save(ctx.uow, { folder, keys: nextKeys, lastError: null });
      await audit(ctx, 'update');
    });
    return backupStatus(ctx);
  },
  'backups.create': async (_input, ctx) => {
    const copy = await backupNow(handle, ctx);
    await audit(ctx, 'create');
    return copy;
  },
  'backups.list': async (_input, ctx) => {
    const { folder } = await configured(ctx.uow);
    try {
      return listBackups(folder);
    } catch (error) {
      throw new AppError(
        'invalid_state',
        error instanceof BackupError ? error.message : String(error),
      );
    }
  },
  'backups.restore': async ({ file, password }, ctx) => {
    const { folder, keys } = await configured(ctx.uow);
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
      const stamp = ctx.now.replace(/[:.]/g, '-');
      // One write: nobody writes between the set-aside copy and the replacement, and the
      // restore's audit entry commits with the data it describes.
      const setAsidePath = await ctx.uow.write(async () => {
        const path = setAside(handle, stamp);
        await replaceDataFrom(ctx.uow, handle, restored, [BACKUP_SETTING]);
        await audit(ctx, 'restore');
        return path;
      });
      return { restoredFrom: file, setAside: setAsidePath };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
});
