import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { copyDatabaseTo, countRows, inspectCopy } from '../../db/backup-file-ops';
import { AKTYWATOR_APPLICATION_ID } from '../../db/file-checks';
import type { DatabaseHandle } from '../../db/open';
import {
  newDataKey,
  openWithKey,
  sealWithKey,
  unlockPrivateKey,
  unwrapDataKey,
  type BackupKeys,
} from './backup-crypto';
import {
  BACKUP_EXTENSION,
  decodeBackup,
  encodeBackup,
  readBackupHeader,
  type BackupHeader,
} from './backup-file';
import { copiesToKeep } from './backup-retention';

/** A fault the office can act on; the database is untouched whenever one is thrown. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupCopy {
  file: string;
  createdAt: string;
  size: number;
  counts: BackupHeader['counts'];
  /** False for a file in the folder that is not a readable copy. */
  readable: boolean;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** `aktywator-2026-12-01-195230.akb`: sorts by date, names the day for a person. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `aktywator-${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}${BACKUP_EXTENSION}`;
}

function describeFsError(error: unknown, folder: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return `Na dysku z folderem kopii (${folder}) zabrakło miejsca.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `Do folderu kopii ${folder} nie można zapisywać (brak uprawnień albo nośnik tylko do odczytu).`;
  return `Folder kopii ${folder} jest niedostępny (odłączony dysk, dysk sieciowy lub pendrive?).`;
}

function requireFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new BackupError(
      `Folder kopii ${folder} jest niedostępny (odłączony dysk, dysk sieciowy lub pendrive?). Kopia nie powstała; baza jest nienaruszona.`,
    );
}

/** Integrity and what a copy holds, read from a database file that is not in use. */
function checkCopy(path: string): BackupHeader['counts'] {
  if (!inspectCopy(path).intact)
    throw new BackupError('Kopia nie przeszła sprawdzenia spójności; nie została zapisana.');
  const counts = countRows(path, ['participants', 'social_contracts', 'issued_documents']);
  return {
    participants: counts.participants,
    contracts: counts.social_contracts,
    documents: counts.issued_documents,
  };
}

/**
 * Makes one encrypted copy of the open database in `folder`, with SQLite's online backup
 * (the program keeps working meanwhile): the plain copy is made in the system's temporary
 * folder, checked (`integrity_check`, counts), encrypted, written under a temporary name and
 * renamed, then read back and decrypted to prove the file restores. The plain copy never
 * reaches the backup folder, which may be a USB drive or a network share.
 */
export async function createBackup(
  handle: DatabaseHandle,
  options: { folder: string; keys: BackupKeys; now: Date; schemaVersion: number },
): Promise<BackupCopy> {
  const { folder, keys, now } = options;
  requireFolder(folder);
  const work = mkdtempSync(join(tmpdir(), 'aktywator-kopia-'));
  const target = join(folder, backupFileName(now));
  const partial = `${target}.part`;
  try {
    const plainPath = join(work, 'kopia.sqlite');
    await copyDatabaseTo(handle, plainPath);
    const counts = checkCopy(plainPath);
    const plain = readFileSync(plainPath);
    const dataKey = newDataKey(keys);
    const sealed = sealWithKey(dataKey.key, plain);
    const header: BackupHeader = {
      createdAt: now.toISOString(),
      schemaVersion: options.schemaVersion,
      counts,
      wrappedKey: dataKey.wrapped,
      iv: sealed.iv.toString('base64'),
      tag: sealed.tag.toString('base64'),
      sha256: sha256(plain),
      size: plain.length,
      keys,
    };
    try {
      writeFileSync(partial, encodeBackup(header, sealed.data));
      renameSync(partial, target);
    } catch (error) {
      throw new BackupError(`${describeFsError(error, folder)} Kopia nie powstała.`);
    }
    const written = decodeBackup(readFileSync(target));
    const back = openWithKey(dataKey.key, {
      iv: Buffer.from(written.header.iv, 'base64'),
      tag: Buffer.from(written.header.tag, 'base64'),
      data: written.encrypted,
    });
    if (sha256(back) !== header.sha256) {
      rmSync(target, { force: true });
      throw new BackupError('Zapisana kopia różni się od bazy (błąd nośnika?); usunięto ją.');
    }
    return {
      file: basename(target),
      createdAt: header.createdAt,
      size: statSync(target).size,
      counts,
      readable: true,
    };
  } finally {
    rmSync(partial, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** The copies in `folder`, newest first; unreadable `.akb` files are listed as such. */
export function listBackups(folder: string): BackupCopy[] {
  requireFolder(folder);
  return readdirSync(folder)
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .map((file) => {
      const path = join(folder, file);
      const size = statSync(path).size;
      try {
        const h = readBackupHeader(path);
        return { file, createdAt: h.createdAt, size, counts: h.counts, readable: true };
      } catch {
        const none = { participants: 0, contracts: 0, documents: 0 };
        return { file, createdAt: '', size, counts: none, readable: false };
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Removes the readable copies the retention rule does not keep; returns their names. */
export function pruneBackups(folder: string): string[] {
  const copies = listBackups(folder).filter((c) => c.readable);
  const keep = copiesToKeep(copies.map((c) => ({ name: c.file, createdAt: c.createdAt })));
  const removed = copies.filter((c) => !keep.has(c.file)).map((c) => c.file);
  for (const file of removed) rmSync(join(folder, file), { force: true });
  return removed;
}

/**
 * Decrypts a copy into a new file at `into` and proves it is a sound Aktywator database
 * (the digest of the copy, `integrity_check`, the application id). The current database is
 * not touched: putting the restored file in its place is the host's step, after it has set
 * the current one aside.
 */
export function restoreBackupTo(
  copyPath: string,
  options: { keys?: BackupKeys; password: string; into: string },
): BackupHeader {
  const { header, encrypted } = decodeBackup(readFileSync(copyPath));
  // The copy's own keys first: the database that made it may be the one that was lost.
  const keys = header.keys ?? options.keys;
  if (!keys)
    throw new BackupError(
      'Ta kopia powstała w starszej wersji programu i bez bazy, która ją zrobiła, nie da się jej odszyfrować.',
    );
  const privateKey = unlockPrivateKey(keys, options.password);
  let plain: Buffer;
  try {
    plain = openWithKey(unwrapDataKey(privateKey, header.wrappedKey), {
      iv: Buffer.from(header.iv, 'base64'),
      tag: Buffer.from(header.tag, 'base64'),
      data: encrypted,
    });
  } catch {
    throw new BackupError(
      'Kopia jest uszkodzona albo została zmieniona; nie da się jej przywrócić.',
    );
  }
  if (sha256(plain) !== header.sha256)
    throw new BackupError('Kopia jest uszkodzona; nie da się jej przywrócić.');
  const partial = `${options.into}.${randomBytes(4).toString('hex')}.part`;
  writeFileSync(partial, plain);
  try {
    const { intact, applicationId } = inspectCopy(partial);
    if (!intact || applicationId !== AKTYWATOR_APPLICATION_ID)
      throw new BackupError('Przywrócona kopia nie przeszła sprawdzenia spójności.');
    renameSync(partial, options.into);
  } finally {
    rmSync(partial, { force: true });
  }
  return header;
}
