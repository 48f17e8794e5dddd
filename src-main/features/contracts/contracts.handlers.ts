import { AppError } from '../../contract/errors';
import { recordAudit } from '../audit/audit.repo';
import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
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

export const contractHandlers = (db: Db): Pick<HandlerTable, Channels> => ({
  'contracts.list': (input, ctx) => listContracts(db, input, ctx.today),
  'contracts.get': ({ id }, ctx) => {
    const contract = getContract(db, id, ctx.today);
    // The assessment may speak of health or addiction (art. 9 RODO): reading it is logged.
    recordAudit(db, ctx, {
      entity: 'contract',
      entityId: id,
      action: 'view',
      changedFields: ['assessment'],
    });
    return contract;
  },
  'contracts.create': (input, ctx) => createContract(db, ctx, input),
  'contracts.update': (input, ctx) => updateContract(db, ctx, input),
  'contracts.sign': (input, ctx) => signContract(db, ctx, input),
  'contracts.addEvaluation': (input, ctx) => addEvaluation(db, ctx, input),
  'contracts.amend': (input, ctx) => amendContract(db, ctx, input),
  'contracts.complete': (input, ctx) => endContract(db, ctx, { to: 'completed', ...input }),
  'contracts.terminate': (input, ctx) => endContract(db, ctx, { to: 'terminated', ...input }),
  'contracts.preview': ({ id }, ctx) =>
    buildContractData(db, getContract(db, id, ctx.today), false),
  'documents.get': ({ id }) => {
    const document = findIssuedDocument(db, id);
    if (!document) throw new AppError('not_found', 'Nie znaleziono dokumentu');
    return { ...document, data: resolveDocument(db, document.kind, document.data) } as never;
  },
});
