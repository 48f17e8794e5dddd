import { AppError } from '../../contract/errors';
import type { Db } from '../../db/open';
import type { HandlerTable } from '../../dispatcher';
import { findIssuedDocument } from '../documents/documents.repo';
import { addEvaluation, amendContract, endContract, signContract } from './contracts.lifecycle';
import { createContract, getContract, listContracts, updateContract } from './contracts.service';
import { buildContractData, resolveAssets } from './contracts.snapshot';

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
  'contracts.list': (input) => listContracts(db, input),
  'contracts.get': ({ id }) => getContract(db, id),
  'contracts.create': (input, ctx) => createContract(db, ctx, input),
  'contracts.update': (input, ctx) => updateContract(db, ctx, input),
  'contracts.sign': (input, ctx) => signContract(db, ctx, input),
  'contracts.addEvaluation': (input, ctx) => addEvaluation(db, ctx, input),
  'contracts.amend': (input, ctx) => amendContract(db, ctx, input),
  'contracts.complete': (input, ctx) => endContract(db, ctx, { to: 'completed', ...input }),
  'contracts.terminate': (input, ctx) => endContract(db, ctx, { to: 'terminated', ...input }),
  'contracts.preview': ({ id }) => buildContractData(db, getContract(db, id), false),
  'documents.get': ({ id }) => {
    const document = findIssuedDocument(db, id);
    if (!document) throw new AppError('not_found', 'Nie znaleziono dokumentu');
    const data = document.data as { project: null } & Record<string, unknown>;
    // An amendment or evaluation carries the contract's data inside; its logo too.
    const resolved =
      document.kind === 'contract'
        ? resolveAssets(db, data)
        : { ...data, contract: resolveAssets(db, data.contract as { project: null }) };
    return { ...document, data: resolved } as never;
  },
});
