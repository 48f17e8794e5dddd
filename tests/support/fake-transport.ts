import {
  AppError,
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type Envelope,
} from '../../src-main/contract';
import type { Transport } from '../../src-renderer/api/transport';

export type FakeHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface FakeTransport extends Transport {
  /** Every call in order, as the renderer sent it. */
  calls: { channel: string; input: unknown }[];
  /** Replaces or adds handlers during a test. */
  handle(handlers: FakeHandlers): void;
  /** Pushes a host event (`db.changed`, `session.locked`) to whoever listens. */
  emit(event: string, payload: unknown): void;
}

/**
 * What the dispatcher answers when the input breaks the channel's input schema
 * (src-main/dispatcher.ts): the renderer must never send what the core would refuse, so a
 * test whose screen or store does gets the same refusal, and its handler is not called.
 */
function invalidInput(channel: string, input: unknown): Envelope<unknown> | null {
  if (!Object.prototype.hasOwnProperty.call(contract, channel)) return null;
  const parsed = contract[channel as Channel].input.safeParse(input);
  if (parsed.success) return null;
  return {
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'Popraw zaznaczone pola',
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    },
  };
}

/**
 * An in-memory transport for component and store tests: each channel answers through a
 * handler, once the input passes the channel's input schema; a thrown AppError becomes an
 * error envelope, as the real dispatcher does.
 */
export function createFakeTransport(initial: FakeHandlers = {}): FakeTransport {
  const handlers: FakeHandlers = { ...initial };
  const calls: FakeTransport['calls'] = [];
  const listeners = new Set<{ event: string; callback: (payload: unknown) => void }>();
  return {
    calls,
    handle(more) {
      Object.assign(handlers, more);
    },
    async invoke(channel, input): Promise<Envelope<unknown>> {
      calls.push({ channel, input });
      const refused = invalidInput(channel, input);
      if (refused) return refused;
      const handler = handlers[channel as Channel] as ((input: unknown) => unknown) | undefined;
      if (!handler)
        return {
          ok: false,
          error: { code: 'unknown_channel', message: `Brak atrapy kanału ${channel}` },
        };
      try {
        return { ok: true, data: await handler(input) };
      } catch (e) {
        if (e instanceof AppError)
          return { ok: false, error: { code: e.code, message: e.message, ...e.extra } };
        return { ok: false, error: { code: 'internal', message: String(e) } };
      }
    },
    on(event, callback) {
      const listener = { event, callback };
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(event, payload) {
      for (const l of [...listeners]) if (l.event === event) l.callback(payload);
    },
  };
}

/** A promise settled from outside, for answering calls in a chosen order. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
