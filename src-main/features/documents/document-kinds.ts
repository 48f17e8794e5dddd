import type { AuditEntity } from '../../contract/audit';
import type { DocumentKind, IssuedDocument } from '../../contract/documents';
import type { Tx } from '../../db/unit-of-work';
import { resolveAssets } from '../contracts/contracts.snapshot';

export type DocumentData<K extends DocumentKind> = Extract<IssuedDocument, { kind: K }>['data'];

/** What the register needs to know of one kind of document. */
export interface DocumentKindSpec<K extends DocumentKind> {
  /** What the document is about: recorded with it, and the entity its views are logged under. */
  entity: AuditEntity;
  /**
   * The stored data with the images it refers to put back (`asset:<sha256>` → data URL): what
   * a renderer prints, and what the register's SHA-256 is taken of.
   */
  printable(tx: Tx, data: DocumentData<K>): Promise<DocumentData<K>>;
}

const withContractImages = async <T extends { contract: DocumentData<'contract'> }>(
  tx: Tx,
  data: T,
): Promise<T> => ({ ...data, contract: await resolveAssets(tx, data.contract) });

/**
 * Every kind of document the office issues, in one place: typed over the contract's
 * `DOCUMENT_KINDS`, so a kind added there without its entry here does not compile. (The
 * renderer's `documents/registry.ts` is the same list's builders.) A kind's data snapshot is
 * made by its room when it issues; its number comes from `drawNumber`.
 */
export const DOCUMENT_KIND_SPECS: { [K in DocumentKind]: DocumentKindSpec<K> } = {
  contract: { entity: 'contract', printable: resolveAssets },
  amendment: { entity: 'contract', printable: withContractImages },
  evaluation: { entity: 'contract', printable: withContractImages },
  clubCertificate: { entity: 'clubCompletion', printable: resolveAssets },
  courseCertificate: { entity: 'courseCertificate', printable: resolveAssets },
};

export function documentKindSpec<K extends DocumentKind>(kind: K): DocumentKindSpec<K> {
  return DOCUMENT_KIND_SPECS[kind] as DocumentKindSpec<K>;
}
