import type { HandlerTable } from '../../dispatcher';
import { getProviders, saveProvider } from './providers.service';

type Channels = Extract<keyof HandlerTable, `courses.${string}`>;

export const courseHandlers: Pick<HandlerTable, Channels> = {
  'courses.listProviders': (_input, ctx) => getProviders(ctx),
  'courses.saveProvider': (input, ctx) => saveProvider(ctx, input),
};
