import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { narrowedTo } from '../accounts/participant-scope';
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
  'participants.search': (criteria, ctx) => {
    // A narrowed social worker finds only the people they may reach, whatever filter they chose.
    const own = narrowedTo(ctx.user);
    return {
      ...searchParticipants(db, own === null ? criteria : { ...criteria, reachableBy: own }),
      page: criteria.page,
      pageSize: criteria.pageSize,
    };
  },
  'participants.get': ({ id }, ctx) => getParticipant(db, ctx, id),
  'participants.findByIdentity': ({ exceptId, ...identity }) =>
    identityHolders(db, identity, exceptId),
  // Someone a narrowed social worker registers is theirs unless they name another worker.
  'participants.create': (fields, ctx) =>
    createParticipant(db, ctx, {
      ...fields,
      socialWorkerId: fields.socialWorkerId ?? narrowedTo(ctx.user),
    }),
  'participants.update': ({ id, participant }, ctx) => updateParticipant(db, ctx, id, participant),
});
