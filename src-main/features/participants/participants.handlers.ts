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

export const participantHandlers: Pick<HandlerTable, Channels> = {
  'participants.search': async (criteria, ctx) => {
    // A narrowed social worker finds only the people they may reach, whatever filter they chose.
    const own = narrowedTo(ctx.user);
    const found = await ctx.uow.read((tx) =>
      searchParticipants(tx, own === null ? criteria : { ...criteria, reachableBy: own }),
    );
    return { ...found, page: criteria.page, pageSize: criteria.pageSize };
  },
  'participants.get': ({ id }, ctx) => getParticipant(ctx, id),
  'participants.findByIdentity': ({ exceptId, ...identity }, ctx) =>
    ctx.uow.read((tx) => identityHolders(tx, identity, exceptId)),
  // Someone a narrowed social worker registers is theirs unless they name another worker.
  'participants.create': (fields, ctx) =>
    createParticipant(ctx, {
      ...fields,
      socialWorkerId: fields.socialWorkerId ?? narrowedTo(ctx.user),
    }),
  'participants.update': ({ id, participant }, ctx) => updateParticipant(ctx, id, participant),
};
