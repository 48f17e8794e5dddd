import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { listAudit } from './audit.repo';

export const auditHandlers = (db: Db): Pick<HandlerTable, 'audit.forEntity'> => ({
  'audit.forEntity': ({ entity, entityId }) => listAudit(db, entity, entityId),
});
