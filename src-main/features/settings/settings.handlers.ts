import type { HandlerTable } from '../../dispatcher';
import { getLogoStrip, getOffice, setLogoStrip, updateOffice } from './settings.service';

type Channels =
  'settings.get' | 'settings.update' | 'settings.getLogoStrip' | 'settings.setLogoStrip';

export const settingsHandlers: Pick<HandlerTable, Channels> = {
  'settings.get': (_input, ctx) => ctx.uow.read(getOffice),
  'settings.update': (input, ctx) => updateOffice(ctx, input),
  'settings.getLogoStrip': async (_input, ctx) => ({ dataUrl: await ctx.uow.read(getLogoStrip) }),
  'settings.setLogoStrip': ({ dataUrl }, ctx) => setLogoStrip(ctx, dataUrl),
};
