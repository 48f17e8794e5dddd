import { describe, expect, it, vi } from 'vitest';
import { changedBy, notifyChanges } from '../../../src-main/changes';
import { CHANNEL_ACCESS, CHANNELS, type Envelope } from '../../../src-main/contract';
import { CHANGED_ENTITIES, type DbChanged } from '../../../src-main/contract/events';

const ok: Envelope<unknown> = { ok: true, data: {} };
const refused: Envelope<unknown> = {
  ok: false,
  error: { code: 'invalid_input', message: 'Popraw zaznaczone pola' },
};

function setup(answer: Envelope<unknown> = ok) {
  const inner = vi.fn(async (_channel: string, _input: unknown, _caller: string) => answer);
  const changes = notifyChanges(inner);
  const heard: DbChanged[] = [];
  changes.subscribe((change) => heard.push(change));
  return { inner, changes, heard };
}

describe('db.changed: what a write changed', () => {
  it('names the kind of every write channel but the window’s own session', () => {
    // Derived from the contract: a new room's write channel fails here until its kind is added.
    for (const channel of CHANNELS) {
      const kinds = changedBy(channel);
      if (CHANNEL_ACCESS[channel] !== 'write' || channel.startsWith('session.'))
        expect(kinds, channel).toEqual([]);
      else expect(kinds, channel).toContain(channel.slice(0, channel.indexOf('.')));
      for (const kind of kinds) expect(CHANGED_ENTITIES, channel).toContain(kind);
    }
    expect(changedBy('contracts.sign')).toEqual(['contracts']);
    expect(changedBy('session.touch')).toEqual([]);
    expect(changedBy('session.login')).toEqual([]);
    expect(changedBy('participants.search')).toEqual([]);
    expect(changedBy('no.such')).toEqual([]);
  });

  it('also names what a write changes beyond its own kind', () => {
    // Ending a contract may end the participation in its project.
    expect(changedBy('contracts.complete')).toEqual(['contracts', 'enrolments']);
    expect(changedBy('contracts.terminate')).toEqual(['contracts', 'enrolments']);
    // A restore replaces every kind of data.
    expect([...changedBy('backups.restore')].sort()).toEqual([...CHANGED_ENTITIES].sort());
  });
});

describe('db.changed: the dispatcher wrapper', () => {
  it('tells every listener the kind after a successful write, and returns the envelope', async () => {
    const { inner, changes, heard } = setup();
    const other: DbChanged[] = [];
    changes.subscribe((change) => other.push(change));
    await expect(changes.dispatch('contracts.sign', { id: 1 }, 'window:1')).resolves.toBe(ok);
    expect(inner).toHaveBeenCalledWith('contracts.sign', { id: 1 }, 'window:1');
    expect(heard).toEqual([{ entity: 'contracts' }]);
    expect(other).toEqual([{ entity: 'contracts' }]);
  });

  it('says nothing after a read, a session call or a refused write', async () => {
    const { changes, heard } = setup();
    await changes.dispatch('participants.search', {}, 'w');
    await changes.dispatch('session.touch', {}, 'w');
    await changes.dispatch('session.login', {}, 'w');
    expect(heard).toEqual([]);
    const failing = setup(refused);
    await expect(failing.changes.dispatch('participants.create', {}, 'w')).resolves.toBe(refused);
    expect(failing.heard).toEqual([]);
  });

  it('stops telling a listener that unsubscribed; a failing listener never fails the write', async () => {
    const inner = vi.fn(async () => ok);
    const logError = vi.fn();
    const changes = notifyChanges(inner, logError);
    const heard: DbChanged[] = [];
    changes.subscribe(() => {
      throw new Error('window gone');
    });
    const stop = changes.subscribe((change) => heard.push(change));
    await expect(changes.dispatch('projects.create', {}, 'w')).resolves.toBe(ok);
    expect(heard).toEqual([{ entity: 'projects' }]);
    expect(logError).toHaveBeenCalledTimes(1);
    stop();
    await changes.dispatch('projects.update', {}, 'w');
    expect(heard).toHaveLength(1);
  });
});
