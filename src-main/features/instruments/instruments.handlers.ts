import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { listInstruments } from './instruments.repo';
import { createInstrument, updateInstrument } from './instruments.service';

type Channels = 'instruments.list' | 'instruments.create' | 'instruments.update';

export const instrumentHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'instruments.list': ({ includeInactive }) => listInstruments(db, includeInactive),
  'instruments.create': (fields, ctx) => createInstrument(db, ctx, fields),
  'instruments.update': ({ id, ...fields }, ctx) => updateInstrument(db, ctx, id, fields),
});
