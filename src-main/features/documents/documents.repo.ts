import { eq } from 'drizzle-orm';
import type { DocumentKind } from '../../contract/documents';
import { first } from '../../db/query';
import { documentAssets, issuedDocuments } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import { canonicalJson, sha256 } from './canonical-json';

export interface IssuedRow {
  id: number;
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  /** What the document is about; every kind so far is a contract's. */
  entity: string;
  entityId: number;
  /** Who issued it; null on documents issued before the register recorded it. */
  issuedById: number | null;
  issuedByName: string | null;
  sha256: string;
  data: unknown;
}

/** What a service gives to be recorded: the issuer is the request's actor. */
export type IssuedValues = Omit<IssuedRow, 'id' | 'sha256'>;

type Row = typeof issuedDocuments.$inferSelect;

function toIssued({ createdAt: _createdAt, ...row }: Row): IssuedRow {
  return { ...row, kind: row.kind as DocumentKind, data: JSON.parse(row.data) };
}

/**
 * Records a printed document: its data as canonical JSON, and the SHA-256 of the data as
 * printed (`printed`: the same data with stored images in place of their references), so
 * anyone holding what `documents.get` returns can check it against the register.
 */
export async function insertIssuedDocument(
  tx: Tx,
  doc: IssuedValues,
  printed: unknown,
): Promise<IssuedRow> {
  const text = canonicalJson(doc.data);
  const [row] = await tx
    .insert(issuedDocuments)
    .values({ ...doc, data: text, sha256: sha256(canonicalJson(printed)) })
    .returning();
  return toIssued(row!);
}

export async function findIssuedDocument(tx: Tx, id: number): Promise<IssuedRow | undefined> {
  const row = await first(tx.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)));
  return row && toIssued(row);
}

/** Stores an image once under its hash and returns the reference kept in document data. */
export async function storeAsset(tx: Tx, dataUrl: string): Promise<string> {
  const hash = sha256(dataUrl);
  await tx.insert(documentAssets).values({ sha256: hash, dataUrl }).onConflictDoNothing();
  return `asset:${hash}`;
}

export async function findAsset(tx: Tx, reference: string): Promise<string | null> {
  if (!reference.startsWith('asset:')) return null;
  const hash = reference.slice('asset:'.length);
  const row = await first(
    tx
      .select({ dataUrl: documentAssets.dataUrl })
      .from(documentAssets)
      .where(eq(documentAssets.sha256, hash)),
  );
  return row?.dataUrl ?? null;
}
