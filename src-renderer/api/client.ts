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
}

/** Typed calls over any transport; failures become ApiError. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(channel, input) {
      const envelope = await transport.invoke(channel, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.data as never;
    },
    on: (event, callback) => transport.on(event, callback),
  };
}
