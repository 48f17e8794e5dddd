import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, message: unknown) => void;
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Set<(event: unknown, message: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => fake.exposed.set(key, value)),
  },
  ipcRenderer: {
    invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, data: args })),
    on: vi.fn((channel: string, fn: Listener) => {
      if (channel === 'aktywator:event') fake.listeners.add(fn);
    }),
    removeListener: vi.fn((channel: string, fn: Listener) => {
      if (channel === 'aktywator:event') fake.listeners.delete(fn);
    }),
  },
}));

interface Api {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

let api: Api;
beforeAll(async () => {
  await import('../../../src-main/hosts/electron/preload');
  api = fake.exposed.get('api') as Api;
});

const emit = (message: unknown) => {
  const fakeEvent = { sender: { secret: 'ipcRenderer' } };
  for (const listener of [...fake.listeners]) listener(fakeEvent, message);
};

describe('preload', () => {
  it('exposes exactly { invoke, on } as window.api and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
  });

  it('forwards invoke to ipcRenderer on the single aktywator:invoke channel', async () => {
    const result = await api.invoke('projects.list', { active: true });
    expect(result).toEqual({
      ok: true,
      data: ['aktywator:invoke', 'projects.list', { active: true }],
    });
  });

  it('delivers only the subscribed event, with only its payload, until unsubscribed', () => {
    const cb = vi.fn();
    const off = api.on('db.changed', cb);
    emit({ name: 'other.event', payload: 1 });
    emit({ name: 'db.changed', payload: { table: 'projects' } });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenCalledWith({ table: 'projects' });
    expect(cb.mock.calls[0]).toHaveLength(1); // the IpcRendererEvent never reaches the page

    off();
    emit({ name: 'db.changed', payload: 2 });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(fake.listeners.size).toBe(0);
  });

  it('ignores malformed event messages', () => {
    const cb = vi.fn();
    const off = api.on('db.changed', cb);
    emit(undefined);
    emit('db.changed');
    expect(cb).not.toHaveBeenCalled();
    off();
  });
});
