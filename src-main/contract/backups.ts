import { z } from 'zod';
import { requiredText } from './common';

const PASSWORD = 'Hasło kopii zapasowych';
const password = requiredText(PASSWORD, 200).min(
  10,
  `Pole „${PASSWORD}” musi mieć co najmniej 10 znaków`,
);

/** A folder path as the office types it (a second disk, a USB drive, a network share). */
const folder = requiredText('Folder kopii zapasowych', 500);

export const backupCopy = z.object({
  file: z.string(),
  createdAt: z.string(),
  size: z.number(),
  counts: z.object({ participants: z.number(), contracts: z.number(), documents: z.number() }),
  readable: z.boolean(),
});
export type BackupCopyInfo = z.output<typeof backupCopy>;

/** What the header warns of: no copies set up, none good for 7 days, the folder gone. */
export const BACKUP_WARNINGS = ['none', 'notConfigured', 'stale', 'unreachable'] as const;

export const backupStatus = z.object({
  folder: z.string().nullable(),
  /** The backup password was set (its keys exist); the password itself is kept nowhere. */
  passwordSet: z.boolean(),
  lastGoodAt: z.string().nullable(),
  lastError: z.string().nullable(),
  warning: z.enum(BACKUP_WARNINGS),
});
export type BackupStatus = z.output<typeof backupStatus>;

export const backupChannels = {
  'backups.status': { input: z.undefined().or(z.object({}).strict()), output: backupStatus },
  /** Sets the folder; the first time also the password, later the password must match. */
  'backups.configure': {
    input: z.object({ folder, password }).strict(),
    output: backupStatus,
  },
  'backups.create': { input: z.undefined().or(z.object({}).strict()), output: backupCopy },
  'backups.list': { input: z.undefined().or(z.object({}).strict()), output: z.array(backupCopy) },
  /** Puts the copy's data in place of the current ones, which are first set aside. */
  'backups.restore': {
    input: z
      .object({
        file: requiredText('Kopia', 200).regex(/^[\w.-]+\.akb$/, 'Wybierz kopię z listy'),
        password,
      })
      .strict(),
    output: z.object({ restoredFrom: z.string(), setAside: z.string() }),
  },
} as const;
