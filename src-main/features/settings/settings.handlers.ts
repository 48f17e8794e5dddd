import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { getLogoStrip, getOffice, setLogoStrip, updateOffice } from './settings.service';

type Channels =
  'settings.get' | 'settings.update' | 'settings.getLogoStrip' | 'settings.setLogoStrip';

export const settingsHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'settings.get': () => getOffice(db),
  'settings.update': (input, ctx) => updateOffice(db, ctx, input),
  'settings.getLogoStrip': () => ({ dataUrl: getLogoStrip(db) }),
  'settings.setLogoStrip': ({ dataUrl }, ctx) => setLogoStrip(db, ctx, dataUrl),
});
