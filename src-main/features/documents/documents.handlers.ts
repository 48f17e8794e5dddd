import type { HandlerTable } from '../../dispatcher';
import { readIssuedDocument } from './documents.service';

export const documentHandlers: Pick<HandlerTable, 'documents.get'> = {
  'documents.get': async ({ id }, ctx) => (await readIssuedDocument(ctx, id)) as never,
};
