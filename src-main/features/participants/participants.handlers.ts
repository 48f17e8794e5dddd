import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { searchParticipants } from './participants.search';
import {
  createParticipant,
  getParticipant,
  identityHolders,
  updateParticipant,
} from './participants.service';

type Channels =
  | 'participants.search'
  | 'participants.get'
  | 'participants.findByIdentity'
  | 'participants.create'
  | 'participants.update';

export const participantHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'participants.search': (criteria) => ({
    ...searchParticipants(db, criteria),
    page: criteria.page,
    pageSize: criteria.pageSize,
  }),
  'participants.get': ({ id }, ctx) => getParticipant(db, ctx, id),
  'participants.findByIdentity': ({ exceptId, ...identity }) =>
    identityHolders(db, identity, exceptId),
  'participants.create': (fields, ctx) => createParticipant(db, ctx, fields),
  'participants.update': ({ id, participant }, ctx) => updateParticipant(db, ctx, id, participant),
});
