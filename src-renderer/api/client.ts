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
    on: (event, callback) => transport.on(event, callback),
    onSessionLost(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
