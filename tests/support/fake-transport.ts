import {
  AppError,
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
}

/**
 * An in-memory transport for component and store tests: each channel answers through a
 * handler; a thrown AppError becomes an error envelope, as the real dispatcher does.
 */
export function createFakeTransport(initial: FakeHandlers = {}): FakeTransport {
  const handlers: FakeHandlers = { ...initial };
  const calls: FakeTransport['calls'] = [];
  return {
    calls,
    handle(more) {
      Object.assign(handlers, more);
    },
    async invoke(channel, input): Promise<Envelope<unknown>> {
      calls.push({ channel, input });
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
    on: () => () => undefined,
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
