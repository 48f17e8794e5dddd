import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src-main/contract';
import { useTestApp, validProject } from '../support/test-app';

const app = useTestApp();

describe('the contract', () => {
  it('has exactly the channels these integration tests cover', () => {
    // A new channel must come with its tests: add it here only together with them.
    expect([...CHANNELS].sort()).toEqual([
      'accounts.create',
      'accounts.list',
      'accounts.resetPassword',
      'accounts.setScope',
      'accounts.update',
      'audit.forEntity',
      'audit.search',
      'audit.verify',
      'audit.viewsOf',
      'backups.configure',
      'backups.create',
      'backups.list',
      'backups.restore',
      'backups.status',
      'contracts.addEvaluation',
      'contracts.amend',
      'contracts.complete',
      'contracts.create',
      'contracts.get',
      'contracts.list',
      'contracts.preview',
      'contracts.sign',
      'contracts.terminate',
      'contracts.update',
      'documents.get',
      'enrolments.changeStatus',
      'enrolments.checkEligibility',
      'enrolments.create',
      'enrolments.forParticipant',
      'enrolments.recordExit',
      'enrolments.updateMonitoring',
      'instruments.create',
      'instruments.list',
      'instruments.update',
      'participants.create',
      'participants.findByIdentity',
      'participants.get',
      'participants.search',
      'participants.update',
      'projects.create',
      'projects.get',
      'projects.list',
      'projects.setTeam',
      'projects.team',
      'projects.update',
      'session.changePassword',
      'session.get',
      'session.lock',
      'session.login',
      'session.logout',
      'session.setup',
      'session.touch',
      'session.unlock',
      'settings.get',
      'settings.getLogoStrip',
      'settings.setLogoStrip',
      'settings.update',
      'staff.create',
      'staff.list',
      'staff.update',
    ]);
  });
});

describe('dispatcher', () => {
  it('answers an unknown channel with unknown_channel and writes nothing', async () => {
    const before = app().counts();
    const error = await app().fail('participants.delete', { id: 1 }, 'unknown_channel');
    expect(error.message).toBe('Nieznany kanał: participants.delete');
    expect(app().counts()).toEqual(before);
  });

  it('does not treat inherited object keys as channels', async () => {
    await app().fail('constructor', {}, 'unknown_channel');
    await app().fail('__proto__', {}, 'unknown_channel');
  });

  it('answers invalid input with a Polish summary and per-field issues', async () => {
    const error = await app().fail('projects.get', { id: 'abc' }, 'invalid_input');
    expect(error.message).toBe('Popraw zaznaczone pola');
    expect(error.issues).toHaveLength(1);
    expect(error.issues![0]!.path).toEqual(['id']);
    expect(error.issues![0]!.message).toBe('Nieprawidłowy identyfikator');
  });

  it('refuses keys a strict input does not know', async () => {
    const error = await app().fail('projects.get', { id: 1, admin: true }, 'invalid_input');
    expect(error.issues!.length).toBeGreaterThan(0);
  });

  it('turns an unexpected failure into internal with a generic Polish message and no stack', async () => {
    await app().call('projects.create', validProject());
    app().handle.close();

    const error = await app().fail('projects.list', undefined, 'internal');

    expect(error.message).toBe('Wystąpił nieoczekiwany błąd. Spróbuj ponownie.');
    expect(error.message).not.toMatch(/\n|\bat\b|Error|database|sqlite|\.ts/i);
    expect(error).not.toHaveProperty('issues');
    expect(error).not.toHaveProperty('stack');
    expect(app().loggedErrors).toHaveLength(1);
  });

  it('keeps a write on a closed database internal as well, not conflict or invalid_input', async () => {
    app().handle.close();
    const error = await app().fail('projects.create', validProject(), 'internal');
    expect(error.message).toBe('Wystąpił nieoczekiwany błąd. Spróbuj ponownie.');
  });
});
