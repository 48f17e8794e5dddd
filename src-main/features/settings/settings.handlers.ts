import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { getOffice, getSession, setActingStaff, updateOffice } from './settings.service';

type Channels = 'settings.get' | 'settings.update' | 'session.get' | 'session.setActingStaff';

export const settingsHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'settings.get': () => getOffice(db),
  'settings.update': (input, ctx) => updateOffice(db, ctx, input),
  'session.get': () => getSession(db),
  'session.setActingStaff': ({ staffId }, ctx) => setActingStaff(db, ctx, staffId),
});
