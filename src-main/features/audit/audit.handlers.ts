import type { HandlerTable } from '../../dispatcher';
import { verifyAuditChain } from './audit-chain';
import { findHistoryPage } from './audit.repo';
import { searchAudit, viewsOf } from './audit.service';

type Channels = 'audit.forEntity' | 'audit.verify' | 'audit.search' | 'audit.viewsOf';

export const auditHandlers: Pick<HandlerTable, Channels> = {
  'audit.forEntity': ({ entity, entityId, ...page }, ctx) =>
    ctx.uow.read((tx) => findHistoryPage(tx, entity, entityId, page)),
  'audit.verify': (_input, ctx) => ctx.uow.read(verifyAuditChain),
  'audit.search': (input, ctx) => searchAudit(ctx, input),
  'audit.viewsOf': ({ participantId }, ctx) => viewsOf(ctx, participantId),
};
