import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src-main/domain/dates';
import { TEST_TODAY } from '../support/clock';
import { contractWorld } from '../support/contracts';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();
const PASSWORD = 'Kopie na pendrive 2026';
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'aktywator-kopie-kanaly-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('backups through the channels', () => {
  it('warns until copies are set up, refuses a missing folder, then makes and lists copies', async () => {
    await app().actAs();
    expect(await app().call('backups.status')).toMatchObject({
      passwordSet: false,
      warning: 'notConfigured',
    });
    const missing = await app().fail(
      'backups.configure',
      { folder: join(folder, 'nie-ma'), password: PASSWORD },
      'invalid_input',
    );
    expect(missing.issues).toEqual([
      { path: ['folder'], message: 'Nie ma takiego folderu albo jest niedostępny' },
    ]);
    const short = await app().fail(
      'backups.configure',
      { folder, password: 'krótkie' },
      'invalid_input',
    );
    expect(short.issues?.[0]?.message).toBe(
      'Pole „Hasło kopii zapasowych” musi mieć co najmniej 10 znaków',
    );
    // Set up, but no copy yet: still a warning.
    expect(await app().call('backups.configure', { folder, password: PASSWORD })).toMatchObject({
      folder,
      passwordSet: true,
      warning: 'stale',
    });
    const copy = await app().call('backups.create');
    expect(await app().call('backups.status')).toMatchObject({ warning: 'none', lastError: null });
    expect(await app().call('backups.list')).toEqual([copy]);
    // The password is stored nowhere: not in the settings, not in the audit log.
    const dump = JSON.stringify(app().handle.sqlite.prepare('SELECT * FROM settings').all());
    expect(dump).not.toContain(PASSWORD);
    expect(
      app()
        .auditRows()
        .filter((r) => r.entity === 'backup')
        .map((r) => r.action),
    ).toEqual(['update', 'create']);
  });

  it('warns when the last good copy is more than 7 days old, or the folder is gone', async () => {
    await app().actAs();
    await app().call('backups.configure', { folder, password: PASSWORD });
    await app().call('backups.create');
    app().clock.set(addDays(TEST_TODAY, 7));
    expect((await app().call('backups.status')).warning).toBe('none');
    app().clock.set(addDays(TEST_TODAY, 8));
    expect((await app().call('backups.status')).warning).toBe('stale');
    rmSync(folder, { recursive: true, force: true });
    expect((await app().call('backups.status')).warning).toBe('unreachable');
    const failed = await app().fail('backups.create', undefined, 'invalid_state');
    expect(failed.message).toMatch(/Folder kopii .* jest niedostępny/);
    expect((await app().call('backups.status')).lastError).toBe(failed.message);
  });

  it('accepts a new folder only with the same password', async () => {
    await app().actAs();
    await app().call('backups.configure', { folder, password: PASSWORD });
    const wrong = await app().fail(
      'backups.configure',
      { folder, password: 'Zupełnie inne hasło' },
      'invalid_input',
    );
    expect(wrong.issues).toEqual([
      { path: ['password'], message: 'To nie jest hasło kopii zapasowych tego ośrodka' },
    ]);
  });

  it('restores a copy in place: the data as copied, the current set aside, the restore logged', async () => {
    const world = await contractWorld(app());
    await app().call('backups.configure', { folder, password: PASSWORD });
    const copy = await app().call('backups.create');
    const later = await app().call(
      'participants.create',
      validParticipant({ lastName: 'Późniejszy' }),
    );

    const before = app().counts();
    await app().fail(
      'backups.restore',
      { file: copy.file, password: 'zle haslo!!' },
      'invalid_input',
    );
    expect(app().counts()).toEqual(before);

    const result = await app().call('backups.restore', { file: copy.file, password: PASSWORD });
    expect(result.restoredFrom).toBe(copy.file);
    expect(existsSync(result.setAside)).toBe(true);
    // The person added after the copy is gone; the one from before is back as he was.
    await app().fail('participants.get', { id: later.id }, 'not_found');
    expect((await app().call('participants.get', { id: world.participantId })).lastName).toBe(
      'Kowalski',
    );
    // Copies stay set up after restoring, and the log records the restore, chain unbroken.
    expect(await app().call('backups.status')).toMatchObject({ folder, passwordSet: true });
    expect(app().auditRows().at(-2)).toMatchObject({ entity: 'backup', action: 'restore' });
    expect(await app().call('audit.verify')).toMatchObject({ ok: true });
    expect(readdirSync(folder)).toContain(copy.file);
  });

  it('refuses a file that is not in the list', async () => {
    await app().actAs();
    await app().call('backups.configure', { folder, password: PASSWORD });
    await app().fail('backups.restore', { file: 'nie-ma.akb', password: PASSWORD }, 'not_found');
    const bad = await app().fail(
      'backups.restore',
      { file: '../aktywator.sqlite', password: PASSWORD },
      'invalid_input',
    );
    expect(bad.issues?.[0]?.message).toBe('Wybierz kopię z listy');
  });
});
