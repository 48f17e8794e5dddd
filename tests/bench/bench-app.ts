import { join } from 'node:path';
import { createApp, type App } from '../../src-main/app';
import type { Channel, ChannelInput, ChannelOutput, Envelope } from '../../src-main/contract';
import { openDatabase } from '../../src-main/db/open';
import { seedDemoData } from '../../src-main/demo/seed';
import { fixedClock } from '../../src-main/domain/clock';
import { TEST_TODAY } from '../support/clock';

/**
 * The demo office (60 people) on a file database `bench.sqlite` in `dir`, as the benchmarks
 * time it: the tests' day, the core's errors not logged. The caller closes `app.handle`.
 */
export async function demoBenchApp(dir: string): Promise<App> {
  const handle = openDatabase(join(dir, 'bench.sqlite'), 'drizzle');
  try {
    const app = createApp(handle, { clock: fixedClock(TEST_TODAY), logError: () => undefined });
    await seedDemoData(app, 60);
    return app;
  } catch (e) {
    handle.close();
    throw e;
  }
}

/** A channel called as `caller` (signed in): its data, or a throw naming the core's error. */
export function channelCaller(app: App, caller: string) {
  return async <C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> => {
    const answer = (await app.dispatch(channel, input, caller)) as Envelope<ChannelOutput<C>>;
    if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };
}
