import type { HandlerTable } from '../../dispatcher';
import { listInstruments } from './instruments.repo';
import { createInstrument, updateInstrument } from './instruments.service';

type Channels = 'instruments.list' | 'instruments.create' | 'instruments.update';

export const instrumentHandlers: Pick<HandlerTable, Channels> = {
  'instruments.list': ({ includeInactive }, ctx) =>
    ctx.uow.read((tx) => listInstruments(tx, includeInactive)),
  'instruments.create': (fields, ctx) => createInstrument(ctx, fields),
  'instruments.update': ({ id, ...fields }, ctx) => updateInstrument(ctx, id, fields),
};
