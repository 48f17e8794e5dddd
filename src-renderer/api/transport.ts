import type { Envelope } from '../../src-main/contract';

/** How the renderer reaches the core; nothing else in the renderer knows the host. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent under the web host. */
    api?: Transport;
  }
}

const TOKEN_KEY = 'aktywator.token';
/** The tab's session id: the core keeps one signed-in session per id. */
export const SESSION_KEY = 'aktywator.session';
export const SESSION_HEADER = 'x-aktywator-session';

/** The web host hands its token in the URL (?token=…); it is kept for reloads of the tab. */
export function readWebToken(location: Location, storage: Storage): string | null {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * The id of this tab's session with the core, made once per tab and kept in its
 * sessionStorage: a reload keeps the person signed in, a new tab signs in anew. Random and
 * unguessable (with the host's token it is what the web host trusts).
 */
export function readSessionId(storage: Storage, newId: () => string = () => crypto.randomUUID()) {
  const kept = storage.getItem(SESSION_KEY);
  if (kept) return kept;
  const id = newId();
  storage.setItem(SESSION_KEY, id);
  return id;
}

/** What the transport needs of an EventSource (a test passes a fake). */
export type EventStream = Pick<EventSource, 'addEventListener' | 'removeEventListener' | 'close'>;

const openEventSource = (url: string): EventStream | null =>
  typeof EventSource === 'undefined' ? null : new EventSource(url);

export function createHttpTransport(
  token: string,
  sessionId: string,
  fetchImpl: typeof fetch = fetch,
  openEvents: (url: string) => EventStream | null = openEventSource,
): Transport {
  /**
   * One stream of the host's events (`GET /events`, Server-Sent Events) for the whole tab,
   * opened by the first listener and closed after the last; EventSource cannot send headers,
   * so the token goes in the query, as it came in the tab's address.
   */
  let events: EventStream | null = null;
  let listeners = 0;
  return {
    async invoke(channel, input) {
      try {
        const response = await fetchImpl('/rpc', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-aktywator-token': token,
            [SESSION_HEADER]: sessionId,
          },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Brak połączenia z programem. Uruchom go ponownie.' },
        };
      }
    },
    on(event, callback) {
      events ??= openEvents(`/events?token=${encodeURIComponent(token)}`);
      const stream = events;
      if (!stream) return () => undefined;
      const listener = (message: Event) => {
        try {
          callback(JSON.parse((message as MessageEvent<string>).data) as unknown);
        } catch {
          // Not ours to read: the host sends JSON only.
        }
      };
      stream.addEventListener(event, listener);
      listeners += 1;
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        stream.removeEventListener(event, listener);
        listeners -= 1;
        if (listeners === 0 && events === stream) {
          stream.close();
          events = null;
        }
      };
    },
  };
}

/**
 * Electron's preload when present (the host knows the window, so no session id is sent),
 * otherwise the web host's HTTP endpoint.
 */
export function createDefaultTransport(): Transport {
  if (window.api) return window.api;
  const token = readWebToken(window.location, window.sessionStorage) ?? '';
  return createHttpTransport(token, readSessionId(window.sessionStorage));
}
