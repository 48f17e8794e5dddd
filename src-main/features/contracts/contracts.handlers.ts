import { narrowedTo } from '../accounts/participant-scope';
import { recordAudit } from '../audit/audit.repo';
import type { HandlerContext, HandlerTable } from '../../dispatcher';
import { addEvaluation, amendContract, endContract, signContract } from './contracts.lifecycle';
import { createContract, getContract, listContracts, updateContract } from './contracts.service';
import { buildContractData } from './contracts.snapshot';

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
  | 'contracts.preview';

/**
 * The assessment and the documents may speak of health or addiction (art. 9 RODO): reading
 * them is logged, naming what was read, never its text. Called after the read, which it
 * cannot join: the entry is a write of its own.
 */
function logContractView(ctx: HandlerContext, id: number, what: string): Promise<void> {
  return recordAudit(ctx, {
    entity: 'contract',
    entityId: id,
    action: 'view',
    changedFields: [what],
  });
}

export const contractHandlers: Pick<HandlerTable, Channels> = {
  'contracts.list': (input, ctx) =>
    ctx.uow.read((tx) =>
      listContracts(tx, { ...input, reachableBy: narrowedTo(ctx.user) ?? undefined }, ctx.today),
    ),
  'contracts.get': async ({ id }, ctx) => {
    const contract = await ctx.uow.read((tx) => getContract(tx, id, ctx.today));
    await logContractView(ctx, id, 'assessment');
    return contract;
  },
  'contracts.create': (input, ctx) => createContract(ctx, input),
  'contracts.update': (input, ctx) => updateContract(ctx, input),
  'contracts.sign': (input, ctx) => signContract(ctx, input),
  'contracts.addEvaluation': (input, ctx) => addEvaluation(ctx, input),
  'contracts.amend': (input, ctx) => amendContract(ctx, input),
  'contracts.complete': (input, ctx) => endContract(ctx, { to: 'completed', ...input }),
  'contracts.terminate': (input, ctx) => endContract(ctx, { to: 'terminated', ...input }),
  'contracts.preview': async ({ id }, ctx) => {
    const data = await ctx.uow.read(async (tx) =>
      buildContractData(tx, await getContract(tx, id, ctx.today), false),
    );
    await logContractView(ctx, id, 'document');
    return data;
  },
};
