import type { DocumentKind } from '../../contract/documents';
import { AppError } from '../../contract/errors';
import type { Tx } from '../../db/unit-of-work';
import type { HandlerContext } from '../../dispatcher';
import { recordAudit } from '../audit/audit.repo';
import { documentKindSpec, type DocumentData } from './document-kinds';
import { findIssuedDocument, insertIssuedDocument, type IssuedRow } from './documents.repo';

/** A document as its room hands it over for the register, inside the issuing write. */
export interface IssueRequest<K extends DocumentKind> {
  kind: K;
  /** Drawn from the register's counter (`drawNumber`) in the same write. */
  number: string;
  issuedOn: string;
  entityId: number;
  /** The frozen snapshot of what is printed (images as `asset:` references). */
  data: DocumentData<K>;
}

/**
 * Records an issued document in the register, with what it is about, who issued it (the
 * request's actor) and the SHA-256 of the data as printed. Joins the caller's write: a refused
 * save leaves no entry and no number used.
 */
export async function issueDocument<K extends DocumentKind>(
  ctx: HandlerContext,
  tx: Tx,
  doc: IssueRequest<K>,
): Promise<IssuedRow> {
  const spec = documentKindSpec(doc.kind);
  return insertIssuedDocument(
    tx,
    {
      ...doc,
      entity: spec.entity,
      issuedById: ctx.actor?.id ?? null,
      issuedByName: ctx.actor?.name ?? null,
    },
    await spec.printable(tx, doc.data),
  );
}

/**
 * An issued document as a renderer re-prints it, its view logged: the data may speak of
 * health or addiction (art. 9 RODO), so who read it is recorded, never what it says.
 */
export async function readIssuedDocument(ctx: HandlerContext, id: number): Promise<IssuedRow> {
  const document = await ctx.uow.read(async (tx) => {
    const found = await findIssuedDocument(tx, id);
    if (!found) throw new AppError('not_found', 'Nie znaleziono dokumentu');
    const spec = documentKindSpec(found.kind);
    return { ...found, data: await spec.printable(tx, found.data as never) };
  });
  await recordAudit(ctx, {
    entity: documentKindSpec(document.kind).entity,
    entityId: document.entityId,
    action: 'view',
    changedFields: ['document'],
  });
  return document;
}
