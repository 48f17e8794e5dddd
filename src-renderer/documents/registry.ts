import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentKind, IssuedDocument } from '../../src-main/contract/documents';
import { amendmentDocument } from './amendment';
import { evaluationDocument } from './evaluation-sheet';
import { documentDefinition, printedTogether, type PrintedDocument } from './page-frame';
import { familyCopies, socialContractDocument } from './social-contract';

/**
 * Every kind of printed document and the builder that prints it: the one map the preview
 * and the rendering worker use. The kinds are the register's (`DOCUMENT_KINDS` in the
 * contract), so a kind added there without a builder here does not compile; each is built
 * from the snapshot its register entry keeps (`IssuedDocument['data']`).
 */

/** What a document of kind K is printed from. */
export type DocumentData<K extends DocumentKind> = Extract<IssuedDocument, { kind: K }>['data'];

/**
 * Which copies of a contract: one, the person's and the office's together, or a family
 * member's own (without the others' identity numbers and the assessment).
 */
export type ContractCopies = 'one' | 'both' | { familyMember: number };

/** Choices made when printing, for the kinds that have any. */
type OptionsByKind = { contract: { copies?: ContractCopies } };
export type PrintOptions<K extends DocumentKind> = K extends keyof OptionsByKind
  ? OptionsByKind[K]
  : Record<string, never>;

type DocumentEntry<K extends DocumentKind> = {
  /** The frame and the copies of one document; pure, so it runs in a worker and in tests. */
  build: (data: DocumentData<K>, options: PrintOptions<K>) => PrintedDocument;
};

export const documentRegistry: { readonly [K in DocumentKind]: DocumentEntry<K> } = {
  contract: {
    build: (data, { copies = 'one' }) => {
      if (typeof copies === 'string') {
        return socialContractDocument(data, { copies: copies === 'both' ? 2 : 1 });
      }
      const copy = familyCopies(data)[copies.familyMember];
      // Never the full copy in its place: it holds the others' data.
      if (!copy) throw new Error(`The contract has no family member ${copies.familyMember}.`);
      return socialContractDocument(data, { copy });
    },
  },
  amendment: { build: (data) => amendmentDocument(data) },
  evaluation: { build: (data) => evaluationDocument(data) },
};

/** One document to print. */
export type DocumentRequest = {
  [K in DocumentKind]: { kind: K; data: DocumentData<K>; options?: PrintOptions<K> };
}[DocumentKind];

/**
 * Many documents of one kind in one file — "print all certificates" — each copy numbered on
 * its own; `title` names the file in its properties.
 */
export type BatchRequest = {
  [K in DocumentKind]: {
    kind: K;
    title: string;
    items: { data: DocumentData<K>; options?: PrintOptions<K> }[];
  };
}[DocumentKind];

export type PrintRequest = DocumentRequest | BatchRequest;

function buildOne<K extends DocumentKind>(
  kind: K,
  data: DocumentData<K>,
  options: PrintOptions<K> | undefined,
): PrintedDocument {
  const entry: DocumentEntry<K> = documentRegistry[kind];
  return entry.build(data, options ?? ({} as PrintOptions<K>));
}

export function printedDocument(request: PrintRequest): PrintedDocument {
  if ('items' in request) {
    const { kind } = request;
    return printedTogether(
      request.title,
      request.items.map((item) => buildOne(kind, item.data, item.options)),
    );
  }
  return buildOne(request.kind, request.data, request.options);
}

/** The pdfmake definition of a request. */
export function buildDocument(request: PrintRequest): TDocumentDefinitions {
  return documentDefinition(printedDocument(request));
}
