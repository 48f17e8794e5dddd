import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AttendanceListsData } from '../../src-main/contract/attendance';
import type { DocumentKind, IssuedDocument } from '../../src-main/contract/documents';
import { amendmentDocument } from './amendment';
import { attendanceListsDocument } from './attendance-list';
import { clubCertificateDocument, type ClubCertificateOptions } from './club-certificate';
import { clubFiguresDocument, type ClubFiguresDocumentData } from './club-figures';
import { courseCertificateDocument, type CourseCertificateOptions } from './course-certificate';
import {
  courseCertificateRegisterDocument,
  type CourseCertificateRegisterData,
} from './course-certificate-register';
import { evaluationDocument } from './evaluation-sheet';
import { documentDefinition, printedTogether, type PrintedDocument } from './page-frame';
import { familyCopies, socialContractDocument } from './social-contract';
import { timetableDocument, type TimetableDocumentData } from './timetable';

/**
 * Every kind of printed document and the builder that prints it: the one map the preview
 * and the rendering worker use. The kinds are the register's (`DOCUMENT_KINDS` in the
 * contract), so a kind added there without a builder here does not compile; each is built
 * from the snapshot its register entry keeps (`IssuedDocument['data']`). Beside them, the
 * few kinds printed without being issued (`PrintOnlyKind`: the club's timetable, its
 * attendance lists and its figures, the register of course certificates).
 */

/**
 * Kinds that are printed but never issued: a timetable is no signed act — a re-plan changes
 * it and it is simply printed again — so it has no place in the register of issued
 * documents (`DOCUMENT_KINDS`, `documents.get`, their SHA-256); nor has a blank attendance
 * list (what counts is the paper signed on it) or a summary of figures. Each is built from
 * what the screen reads now, and still rendered in the same worker, so the request must name
 * a kind the worker knows: hence this second, renderer-only list beside the register's.
 */
type PrintOnlyData = {
  timetable: TimetableDocumentData;
  /** Blank lists to sign, one sheet per session. */
  attendanceLists: AttendanceListsData;
  /** A working summary of an edition's participants by sex. */
  clubFigures: ClubFiguresDocumentData;
  /** The register of issued course certificates (rejestr wydanych zaświadczeń), as filtered. */
  courseCertificateRegister: CourseCertificateRegisterData;
};
export type PrintOnlyKind = keyof PrintOnlyData;
/** Every kind the preview and the rendering worker print. */
export type PrintableKind = DocumentKind | PrintOnlyKind;

/** What a document of kind K is printed from. */
export type DocumentData<K extends PrintableKind> = K extends DocumentKind
  ? Extract<IssuedDocument, { kind: K }>['data']
  : K extends PrintOnlyKind
    ? PrintOnlyData[K]
    : never;

/**
 * Which copies of a contract: one, the person's and the office's together, or a family
 * member's own (without the others' identity numbers and the assessment).
 */
export type ContractCopies = 'one' | 'both' | { familyMember: number };

/** Choices made when printing, for the kinds that have any. */
type OptionsByKind = {
  contract: { copies?: ContractCopies };
  clubCertificate: ClubCertificateOptions;
  courseCertificate: CourseCertificateOptions;
};
export type PrintOptions<K extends PrintableKind> = K extends keyof OptionsByKind
  ? OptionsByKind[K]
  : Record<string, never>;

type DocumentEntry<K extends PrintableKind> = {
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
  clubCertificate: { build: (data, options) => clubCertificateDocument(data, options) },
  courseCertificate: { build: (data, options) => courseCertificateDocument(data, options) },
};

/** The builders of the kinds printed without being issued (see `PrintOnlyKind`). */
export const printOnlyRegistry: { readonly [K in PrintOnlyKind]: DocumentEntry<K> } = {
  timetable: { build: (data) => timetableDocument(data) },
  attendanceLists: { build: (data) => attendanceListsDocument(data) },
  clubFigures: { build: (data) => clubFiguresDocument(data) },
  courseCertificateRegister: { build: (data) => courseCertificateRegisterDocument(data) },
};

const builders: { readonly [K in PrintableKind]: DocumentEntry<K> } = {
  ...documentRegistry,
  ...printOnlyRegistry,
};

/** One document to print. */
export type DocumentRequest = {
  [K in PrintableKind]: { kind: K; data: DocumentData<K>; options?: PrintOptions<K> };
}[PrintableKind];

/**
 * Many documents of one kind in one file — "print all certificates" — each copy numbered on
 * its own; `title` names the file in its properties.
 */
export type BatchRequest = {
  [K in PrintableKind]: {
    kind: K;
    title: string;
    items: { data: DocumentData<K>; options?: PrintOptions<K> }[];
  };
}[PrintableKind];

export type PrintRequest = DocumentRequest | BatchRequest;

function buildOne<K extends PrintableKind>(
  kind: K,
  data: DocumentData<K>,
  options: PrintOptions<K> | undefined,
): PrintedDocument {
  const entry: DocumentEntry<K> = builders[kind];
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
