import { narrowedTo } from '../accounts/participant-scope';
import { AppError } from '../../contract/errors';
import { recordAudit } from '../audit/audit.repo';
import type { Db } from '../../db/open';
import type { HandlerContext, HandlerTable } from '../../dispatcher';
import { findIssuedDocument } from '../documents/documents.repo';
import { addEvaluation, amendContract, endContract, signContract } from './contracts.lifecycle';
import { createContract, getContract, listContracts, updateContract } from './contracts.service';
import { buildContractData, resolveDocument } from './contracts.snapshot';

type Channels =
  | 'contracts.list'
  | 'contracts.get'
  | 'contracts.create'
  | 'contracts.update'
  | 'contracts.sign'
  | 'contracts.addEvaluation'
  | 'contracts.amend'
  | 'contracts.complete'
  | 'contracts.terminate'
  | 'contracts.preview'
  | 'documents.get';

/**
 * The assessment and the documents may speak of health or addiction (art. 9 RODO): reading
 * them is logged, naming what was read, never its text.
 */
function logContractView(db: Db, ctx: HandlerContext, id: number, what: string): void {
  recordAudit(db, ctx, { entity: 'contract', entityId: id, action: 'view', changedFields: [what] });
}

export const contractHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'contracts.list': (input, ctx) =>
    listContracts(db, { ...input, reachableBy: narrowedTo(ctx.user) ?? undefined }, ctx.today),
  'contracts.get': ({ id }, ctx) => {
    const contract = getContract(db, id, ctx.today);
    logContractView(db, ctx, id, 'assessment');
    return contract;
  },
  'contracts.create': (input, ctx) => createContract(db, ctx, input),
  'contracts.update': (input, ctx) => updateContract(db, ctx, input),
  'contracts.sign': (input, ctx) => signContract(db, ctx, input),
  'contracts.addEvaluation': (input, ctx) => addEvaluation(db, ctx, input),
  'contracts.amend': (input, ctx) => amendContract(db, ctx, input),
  'contracts.complete': (input, ctx) => endContract(db, ctx, { to: 'completed', ...input }),
  'contracts.terminate': (input, ctx) => endContract(db, ctx, { to: 'terminated', ...input }),
  'contracts.preview': ({ id }, ctx) => {
    const data = buildContractData(db, getContract(db, id, ctx.today), false);
    logContractView(db, ctx, id, 'document');
    return data;
  },
  'documents.get': ({ id }, ctx) => {
    const document = findIssuedDocument(db, id);
    if (!document) throw new AppError('not_found', 'Nie znaleziono dokumentu');
    const data = resolveDocument(db, document.kind, document.data);
    logContractView(db, ctx, document.entityId, 'document');
    return { ...document, data } as never;
  },
});
