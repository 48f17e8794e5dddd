import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A copy file (`*.akb`): a first line naming the format, the header's length, the header as
 * JSON and then the encrypted database. The header is readable without the password — the
 * restore screen shows the date and what the copy holds before asking for it — and tells
 * nothing of anybody: counts, a date, the schema version and the sealed key.
 */
import type { BackupKeys } from './backup-crypto';

export const BACKUP_MAGIC = 'AKTYWATOR-KOPIA-1\n';
export const BACKUP_EXTENSION = '.akb';

export interface BackupHeader {
  createdAt: string;
  schemaVersion: number;
  counts: { participants: number; contracts: number; documents: number };
  /** The data key, sealed with the office's public key (backup-crypto.ts). */
  wrappedKey: string;
  iv: string;
  tag: string;
  /** SHA-256 of the database as copied: what a restore must get back. */
  sha256: string;
  size: number;
  /**
   * The office's key pair, its private half sealed with the backup password (never the password
   * itself): a copy restores on a new computer after the old disk is gone, with only the
   * password. Absent in copies made before it was carried (they need the database's keys).
   */
  keys?: BackupKeys;
}

export function encodeBackup(header: BackupHeader, encrypted: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([Buffer.from(BACKUP_MAGIC, 'latin1'), length, json, encrypted]);
}

export class NotABackupError extends Error {
  constructor() {
    super('To nie jest plik kopii zapasowej programu Aktywator albo jest uszkodzony.');
    this.name = 'NotABackupError';
  }
}

function parseHeader(bytes: Buffer): { header: BackupHeader; bodyStart: number } {
  const magic = Buffer.from(BACKUP_MAGIC, 'latin1');
  if (bytes.length < magic.length + 4 || !bytes.subarray(0, magic.length).equals(magic))
    throw new NotABackupError();
  const length = bytes.readUInt32BE(magic.length);
  const start = magic.length + 4;
  if (length > 1_000_000 || bytes.length < start + length) throw new NotABackupError();
  try {
    const header = JSON.parse(bytes.subarray(start, start + length).toString('utf8'));
    return { header: header as BackupHeader, bodyStart: start + length };
  } catch {
    throw new NotABackupError();
  }
}

export function decodeBackup(bytes: Buffer): { header: BackupHeader; encrypted: Buffer } {
  const { header, bodyStart } = parseHeader(bytes);
  return { header, encrypted: bytes.subarray(bodyStart) };
}

/** Only the header, reading the first kilobytes of the file, for the list of copies. */
export function readBackupHeader(path: string): BackupHeader {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return parseHeader(head.subarray(0, read)).header;
  } finally {
    closeSync(fd);
  }
}
