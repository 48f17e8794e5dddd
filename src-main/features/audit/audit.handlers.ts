import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { verifyAuditChain } from './audit-chain';
import { listAudit } from './audit.repo';

export const auditHandlers = (db: Db): Pick<HandlerTable, 'audit.forEntity' | 'audit.verify'> => ({
  'audit.forEntity': ({ entity, entityId }) => listAudit(db, entity, entityId),
  'audit.verify': () => verifyAuditChain(db),
});
