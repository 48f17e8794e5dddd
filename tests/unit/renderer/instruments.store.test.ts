import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Instrument } from '../../../src-main/contract/social-contracts';
import { CHANGE_DELAY_MS } from '../../../src-renderer/api/changes';
import { createApiClient } from '../../../src-renderer/api/client';
import { createInstrumentsStore } from '../../../src-renderer/features/instruments/instruments.store';
import { createFakeTransport, type FakeHandlers } from '../../support/fake-transport';

const kis: Instrument = {
  id: 1,
  group: 'social',
  name: 'Skierowanie do Klubu Integracji Społecznej',
  active: true,
};

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  return { transport, store: createInstrumentsStore(createApiClient(transport)) };
}

describe('instruments store: the catalogue', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads inactive instruments too, adds and withdraws', async () => {
    const { store, transport } = setup({
      'instruments.list': () => [kis],
      'instruments.create': (input) => ({ id: 20, active: true, ...input }) as Instrument,
      'instruments.update': (input) => input as Instrument,
    });
    await store.getState().load();
    expect(transport.calls[0]!.input).toEqual({ includeInactive: true });
    await store.getState().save({ group: 'health', name: 'Dietetyk', active: true });
    await store.getState().save({ ...kis, active: false }, 1);
    expect(store.getState().instruments).toEqual([
      { ...kis, active: false },
      { id: 20, group: 'health', name: 'Dietetyk', active: true },
    ]);
    expect(store.getState().saving).toBe(false);
  });

  it('reads the catalogue again when another window changes it', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({ 'instruments.list': () => [kis] });
    const stop = store.getState().watch();
    transport.emit('db.changed', { entity: 'contracts' });
    transport.emit('db.changed', { entity: 'instruments' });
    transport.emit('db.changed', { entity: 'instruments' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    stop();
    expect(transport.calls.map((c) => c.channel)).toEqual(['instruments.list']);
    expect(store.getState().instruments).toEqual([kis]);
  });
});
