import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { verifyAuditChain } from './audit-chain';
import { listAudit } from './audit.repo';
import { searchAudit, viewsOf } from './audit.service';

type Channels = 'audit.forEntity' | 'audit.verify' | 'audit.search' | 'audit.viewsOf';

export const auditHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'audit.forEntity': ({ entity, entityId }) => listAudit(db, entity, entityId),
  'audit.verify': () => verifyAuditChain(db),
  'audit.search': (input) => searchAudit(db, input),
  'audit.viewsOf': ({ participantId }) => viewsOf(db, participantId),
});
