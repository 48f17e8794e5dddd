import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { searchParticipants } from './participants.search';
import { createParticipant, getParticipant, updateParticipant } from './participants.service';

type Channels =
  'participants.search' | 'participants.get' | 'participants.create' | 'participants.update';

export const participantHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'participants.search': (criteria) => ({
    ...searchParticipants(db, criteria),
    page: criteria.page,
    pageSize: criteria.pageSize,
  }),
  'participants.get': ({ id }, ctx) => getParticipant(db, ctx, id),
  'participants.create': (fields, ctx) => createParticipant(db, ctx, fields),
  'participants.update': ({ id, participant }, ctx) => updateParticipant(db, ctx, id, participant),
});
