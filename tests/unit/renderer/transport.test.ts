import { describe, expect, it, vi } from 'vitest';
import {
  createHttpTransport,
  readSessionId,
  readWebToken,
  SESSION_HEADER,
  SESSION_KEY,
  type EventStream,
} from '../../../src-renderer/api/transport';

/** sessionStorage as a tab has it (Node has none). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

function fakeFetch(answer: unknown = { ok: true, data: { ok: true } }) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }),
  );
}

describe('web transport', () => {
  it('sends the token and the tab’s session id with every call', async () => {
    const fetchImpl = fakeFetch();
    const transport = createHttpTransport('tok', 'tab-1', fetchImpl as typeof fetch);
    await transport.invoke('session.touch', {});
    await transport.invoke('session.get', undefined);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    for (const [url, init] of fetchImpl.mock.calls) {
      expect(url).toBe('/rpc');
      expect(init?.method).toBe('POST');
      expect(init?.headers).toMatchObject({
        'x-aktywator-token': 'tok',
        [SESSION_HEADER]: 'tab-1',
      });
    }
    expect(JSON.parse(fetchImpl.mock.calls[0]![1]!.body as string)).toEqual({
      channel: 'session.touch',
      input: {},
    });
  });

  it('returns the core’s envelope as it came, errors included', async () => {
    const envelope = { ok: false, error: { code: 'locked', message: 'Program jest zablokowany' } };
    const transport = createHttpTransport('tok', 'tab-1', fakeFetch(envelope) as typeof fetch);
    expect(await transport.invoke('participants.search', {})).toEqual(envelope);
  });

  it('turns a lost connection into a Polish error envelope', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const transport = createHttpTransport('tok', 'tab-1', failing as typeof fetch);
    expect(await transport.invoke('session.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/Brak połączenia/) },
    });
  });
});

describe('the tab’s session id', () => {
  it('is made once and kept for reloads of the tab', () => {
    const storage = memoryStorage();
    const newId = vi.fn(() => 'f3c1-…');
    expect(readSessionId(storage, newId)).toBe('f3c1-…');
    expect(readSessionId(storage, newId)).toBe('f3c1-…');
    expect(newId).toHaveBeenCalledTimes(1);
    expect(storage.getItem(SESSION_KEY)).toBe('f3c1-…');
  });

  it('is new in a new tab (its own storage), and random by default', () => {
    const first = readSessionId(memoryStorage());
    const second = readSessionId(memoryStorage());
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });
});

describe('the web host’s token', () => {
  it('comes from the address and is kept for reloads', () => {
    const storage = memoryStorage();
    expect(readWebToken({ search: '?token=abc' } as Location, storage)).toBe('abc');
    expect(readWebToken({ search: '' } as Location, storage)).toBe('abc');
  });
});

/** An EventSource as the browser has it, enough to push the host's events by hand. */
function fakeEvents() {
  const opened: string[] = [];
  const listeners = new Map<string, Set<(message: Event) => void>>();
  let closed = 0;
  const stream: EventStream = {
    addEventListener: ((name: string, listener: (message: Event) => void) => {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(listener);
    }) as EventStream['addEventListener'],
    removeEventListener: ((name: string, listener: (message: Event) => void) => {
      listeners.get(name)?.delete(listener);
    }) as EventStream['removeEventListener'],
    close: () => void (closed += 1),
  };
  return {
    opened,
    get closed() {
      return closed;
    },
    open: (url: string) => {
      opened.push(url);
      return stream;
    },
    push(name: string, data: string) {
      for (const listener of listeners.get(name) ?? [])
        listener(Object.assign(new Event(name), { data }));
    },
  };
}

describe('web transport: the host’s events', () => {
  it('opens one stream with the token, hands each listener its event’s payload', () => {
    const events = fakeEvents();
    const transport = createHttpTransport('t/k', 'tab-1', fakeFetch() as typeof fetch, events.open);
    const changed: unknown[] = [];
    const locked: unknown[] = [];
    transport.on('db.changed', (payload) => changed.push(payload));
    transport.on('session.locked', (payload) => locked.push(payload));
    expect(events.opened).toEqual(['/events?token=t%2Fk']);
    events.push('db.changed', '{"entity":"contracts"}');
    events.push('db.changed', 'not json');
    expect(changed).toEqual([{ entity: 'contracts' }]);
    expect(locked).toEqual([]);
  });

  it('stops a listener that unsubscribed, and closes the stream after the last', () => {
    const events = fakeEvents();
    const transport = createHttpTransport('tok', 'tab-1', fakeFetch() as typeof fetch, events.open);
    const heard: unknown[] = [];
    const first = transport.on('db.changed', (payload) => heard.push(['first', payload]));
    const second = transport.on('db.changed', (payload) => heard.push(['second', payload]));
    first();
    first();
    events.push('db.changed', '{"entity":"projects"}');
    expect(heard).toEqual([['second', { entity: 'projects' }]]);
    expect(events.closed).toBe(0);
    second();
    expect(events.closed).toBe(1);
    transport.on('db.changed', () => undefined);
    expect(events.opened).toHaveLength(2);
  });
});
