import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { TEST_PASSWORD, validStaff, type TestApp } from '../../support/test-app';
import type { AuditTablePart } from './types';

const BACKUP_PASSWORD = 'Kopie na pendrive 2026';

/** A backup folder of this test only, removed when it ends. */
function backupFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'aktywator-kopie-audyt-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A staff member with an account made through the channel, as an administrator does. */
async function withAccount(a: TestApp) {
  const { id: staffId } = await a.call('staff.create', validStaff({ lastName: 'Lis' }));
  await a.call('accounts.create', {
    staffId,
    login: 'ewa.lis',
    password: 'tymczasowe-haslo',
    roles: ['socialWorker'],
    participantScope: 'assigned',
  });
  return staffId;
}

/** Signing in and out, the accounts, and the backup copies. */
export const ACCOUNT_WRITES: AuditTablePart<
  | 'session.setup'
  | 'session.login'
  | 'session.logout'
  | 'session.lock'
  | 'session.unlock'
  | 'session.changePassword'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.resetPassword'
  | 'accounts.setScope'
  | 'backups.configure'
  | 'backups.create'
  | 'backups.restore'
> = {
  'session.setup': [
    {
      // Its first two entries (the office, the staff record) come just before this one.
      write: async (a) => {
        // The file as at the very first start: no account yet.
        a.handle.sqlite.exec('DELETE FROM accounts');
        const window = await a.window(null);
        const state = await window.call('session.setup', {
          office: { officeName: 'GOPS Siewierz', address: null, phone: null, headOfOffice: null },
          administrator: {
            ...{ firstName: 'Halina', lastName: 'Zawadzka', login: 'hzawadzka' },
            ...{ password: 'dlugie-haslo-kierownika', roles: ['administrator'] },
          },
        });
        const id = state.user!.staffId;
        return { id, acting: { id, name: 'Halina Zawadzka' } };
      },
      entity: 'account',
      action: 'create',
      fields: ['login', 'password', 'roles'],
    },
  ],
  'session.login': [
    {
      write: async (a, actor) => {
        const window = await a.window(null);
        await window.call('session.login', { login: `konto${actor.id}`, password: TEST_PASSWORD });
        return actor.id;
      },
      entity: 'session',
      action: 'login',
      fields: [],
    },
  ],
  'session.logout': [
    {
      write: async (a, actor) => (await a.call('session.logout'), actor.id),
      entity: 'session',
      action: 'logout',
      fields: [],
    },
  ],
  'session.lock': {
    notAudited:
      'Locking hides the screen and changes no data; the unlock that follows is audited, ' +
      'and the idle lock would otherwise fill the log with an entry every few minutes.',
    write: (a) => a.call('session.lock'),
  },
  'session.unlock': [
    {
      write: async (a, actor) => {
        await a.call('session.lock');
        await a.call('session.unlock', { password: TEST_PASSWORD });
        return actor.id;
      },
      entity: 'session',
      action: 'unlock',
      fields: [],
    },
  ],
  'session.changePassword': [
    {
      write: async (a, actor) => {
        const passwords = { currentPassword: TEST_PASSWORD, newPassword: 'nowe-dlugie-haslo' };
        await a.call('session.changePassword', passwords);
        return actor.id;
      },
      entity: 'account',
      action: 'passwordChange',
      fields: ['password'],
    },
  ],
  'accounts.create': [
    {
      write: (a) => withAccount(a),
      entity: 'account',
      action: 'create',
      fields: ['login', 'participantScope', 'password', 'roles'],
    },
  ],
  'accounts.update': [
    {
      write: async (a) => {
        const staffId = await withAccount(a);
        const account = { staffId, login: 'ewa.lis', participantScope: 'assigned' } as const;
        await a.call('accounts.update', { ...account, roles: ['socialWorker', 'clubLeader'] });
        return staffId;
      },
      entity: 'account',
      action: 'update',
      fields: ['roles'],
    },
  ],
  'accounts.resetPassword': [
    {
      write: async (a) => {
        const staffId = await withAccount(a);
        await a.call('accounts.resetPassword', { staffId, password: 'inne-tymczasowe' });
        return staffId;
      },
      entity: 'account',
      action: 'passwordReset',
      fields: ['password'],
    },
  ],
  'accounts.setScope': [
    {
      write: async (a) => {
        const staffId = await withAccount(a);
        await a.call('accounts.setScope', { staffId, participantScope: 'all' });
        return staffId;
      },
      entity: 'account',
      action: 'update',
      fields: ['participantScope'],
    },
  ],
  'backups.configure': [
    {
      write: async (a) => {
        await a.call('backups.configure', { folder: backupFolder(), password: BACKUP_PASSWORD });
        return null;
      },
      entity: 'backup',
      action: 'update',
      fields: [],
    },
  ],
  'backups.create': [
    {
      write: async (a) => {
        await a.call('backups.configure', { folder: backupFolder(), password: BACKUP_PASSWORD });
        await a.call('backups.create');
        return null;
      },
      entity: 'backup',
      action: 'create',
      fields: [],
    },
  ],
  'backups.restore': [
    {
      write: async (a) => {
        await a.call('backups.configure', { folder: backupFolder(), password: BACKUP_PASSWORD });
        const copy = await a.call('backups.create');
        await a.call('backups.restore', { file: copy.file, password: BACKUP_PASSWORD });
        return null;
      },
      entity: 'backup',
      action: 'restore',
      fields: [],
    },
  ],
};
