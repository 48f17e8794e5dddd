import type { Channel, ChannelInput, ChannelOutput, ErrorBody } from '../../src-main/contract';
import type { Transport } from './transport';

/** A failed call, carrying the core's Polish message and per-field issues. */
export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.body.code;
  }
  get issues() {
    return this.body.issues ?? [];
  }
}

/**
 * What to tell the person when a call failed: the core's Polish message, or for a refused
 * input its reasons (a list read has no fields to mark, so "Popraw zaznaczone pola" would
 * point nowhere). The one wording for every store's `error`.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError && e.issues.length) return e.issues.map((i) => i.message).join(' ');
  return e instanceof Error ? e.message : String(e);
}

export interface ApiClient {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
  /**
   * Called when any call finds the window signed out or locked (the core locked it after idle
   * time, or the computer was locked): the session store reads the session again, so the
   * login or the lock screen appears wherever the call was made. Returns what stops it.
   */
  onSessionLost(listener: (error: ApiError) => void): () => void;
}

/** Answers that are the expected outcome of the call itself, not news about the session. */
const SESSION_ANSWERS: ReadonlySet<Channel> = new Set([
  'session.get',
  'session.login',
  'session.unlock',
  'session.setup',
  'session.changePassword',
]);

export const isSessionLost = (e: unknown): e is ApiError =>
  e instanceof ApiError && (e.code === 'unauthenticated' || e.code === 'locked');

/** Typed calls over any transport; failures become ApiError. */
export function createApiClient(transport: Transport): ApiClient {
  const listeners = new Set<(error: ApiError) => void>();
  /**
   * One transport listener per event, however many screens watch it: Electron's ipcRenderer
   * warns past ten listeners, and the web host's stream is one per tab anyway.
   */
  const events = new Map<string, { callbacks: Set<(payload: unknown) => void>; stop(): void }>();
  return {
    async call(channel, input) {
      const envelope = await transport.invoke(channel, input);
      if (!envelope.ok) {
        const error = new ApiError(envelope.error);
        if (isSessionLost(error) && !SESSION_ANSWERS.has(channel))
          for (const listener of listeners) listener(error);
        throw error;
      }
      return envelope.data as never;
    },
    on(event, callback) {
      let entry = events.get(event);
      if (!entry) {
        const callbacks = new Set<(payload: unknown) => void>();
        const stop = transport.on(event, (payload) => {
          for (const listener of [...callbacks]) listener(payload);
        });
        entry = { callbacks, stop };
        events.set(event, entry);
      }
      const { callbacks } = entry;
      const own = (payload: unknown) => callback(payload);
      callbacks.add(own);
      return () => {
        if (!callbacks.delete(own) || callbacks.size > 0) return;
        entry.stop();
        if (events.get(event) === entry) events.delete(event);
      };
    },
    onSessionLost(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
