import type { HandlerTable } from '../../dispatcher';
import { verifyAuditChain } from './audit-chain';
import { listAudit } from './audit.repo';
import { searchAudit, viewsOf } from './audit.service';

type Channels = 'audit.forEntity' | 'audit.verify' | 'audit.search' | 'audit.viewsOf';

export const auditHandlers: Pick<HandlerTable, Channels> = {
  'audit.forEntity': ({ entity, entityId }, ctx) =>
    ctx.uow.read((tx) => listAudit(tx, entity, entityId)),
  'audit.verify': (_input, ctx) => ctx.uow.read(verifyAuditChain),
  'audit.search': (input, ctx) => searchAudit(ctx, input),
  'audit.viewsOf': ({ participantId }, ctx) => viewsOf(ctx, participantId),
};
