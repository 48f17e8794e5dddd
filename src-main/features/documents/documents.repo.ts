import { and, eq, sql } from 'drizzle-orm';
import type { DocumentKind } from '../../contract/documents';
import type { Db } from '../../db/open';
import { documentAssets, documentCounters, issuedDocuments } from '../../db/schema';
import { canonicalJson, sha256 } from './canonical-json';

/**
 * The next number of a series in a year, with no gaps: the caller's transaction holds the
 * write lock (BEGIN IMMEDIATE), so two workstations cannot draw the same number.
 */
export function nextNumber(db: Db, series: string, year: number): number {
  const row = db
    .insert(documentCounters)
    .values({ series, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.series, documentCounters.year],
      set: { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last })
    .get();
  return row.last;
}

export interface IssuedRow {
  id: number;
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  entityId: number;
  sha256: string;
  data: unknown;
}

/**
 * Records a printed document: its data as canonical JSON, and the SHA-256 of the data as
 * printed (`printed`: the same data with stored images in place of their references), so
 * anyone holding what `documents.get` returns can check it against the register.
 */
export function insertIssuedDocument(
  db: Db,
  doc: { kind: DocumentKind; number: string; issuedOn: string; entityId: number; data: unknown },
  printed: unknown,
): IssuedRow {
  const text = canonicalJson(doc.data);
  const row = db
    .insert(issuedDocuments)
    .values({ ...doc, data: text, sha256: sha256(canonicalJson(printed)) })
    .returning()
    .get();
  return { ...row, kind: row.kind as DocumentKind, data: JSON.parse(row.data) };
}

export function findIssuedDocument(db: Db, id: number): IssuedRow | undefined {
  const row = db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).get();
  return row && { ...row, kind: row.kind as DocumentKind, data: JSON.parse(row.data) };
}

/** Stores an image once under its hash and returns the reference kept in document data. */
export function storeAsset(db: Db, dataUrl: string): string {
  const hash = sha256(dataUrl);
  db.insert(documentAssets).values({ sha256: hash, dataUrl }).onConflictDoNothing().run();
  return `asset:${hash}`;
}

export function findAsset(db: Db, reference: string): string | null {
  if (!reference.startsWith('asset:')) return null;
  const hash = reference.slice('asset:'.length);
  return (
    db
      .select({ dataUrl: documentAssets.dataUrl })
      .from(documentAssets)
      .where(and(eq(documentAssets.sha256, hash)))
      .get()?.dataUrl ?? null
  );
}
