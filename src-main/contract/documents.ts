import { z } from 'zod';
import { INSTRUMENT_GROUPS } from '../domain/integration-instruments';
import { clubCertificateData } from './attendance';
import { courseCertificateData } from './course-certificates';
import { id } from './common';
import {
  contractContent,
  contractFamilyParty,
  EVALUATION_DECISIONS,
  EVALUATION_RESULTS,
  OBLIGATIONS_KEPT,
} from './social-contracts';

/**
 * What a printed social contract is made from: a frozen snapshot the core keeps in the
 * register of issued documents, so a re-print is the same even after the person moved.
 * Names are resolved (the worker, the instruments), nothing refers back to live rows.
 */
export const contractDocumentData = z.object({
  number: z.string().nullable(),
  office: z.object({
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  person: z.object({
    firstName: z.string(),
    lastName: z.string(),
    sex: z.enum(['K', 'M']),
    pesel: z.string().nullable(),
    documentNumber: z.string().nullable(),
    birthDate: z.string(),
    address: z.string(),
  }),
  familyParties: z.array(contractFamilyParty),
  socialWorker: z.object({ name: z.string(), phone: z.string().nullable() }),
  content: contractContent.omit({ socialWorkerId: true, instrumentIds: true, familyParties: true }),
  instruments: z.array(z.object({ group: z.enum(INSTRUMENT_GROUPS), name: z.string() })),
  /** The EU marking when the contract belongs to an EFS project. */
  project: z
    .object({
      title: z.string(),
      programme: z.string(),
      isEfs: z.boolean(),
      /** A PNG or JPEG data URL of the logo strip the office supplied, or null. */
      logoStrip: z.string().nullable(),
    })
    .nullable(),
});
export type ContractDocumentData = z.output<typeof contractDocumentData>;

/** An amendment (aneks): numbered, dated, saying what changes. */
export const amendmentDocumentData = z.object({
  number: z.string(),
  date: z.string(),
  /** Absent on amendments printed before it was asked: they took effect on their date. */
  effectiveFrom: z.string().optional(),
  contract: contractDocumentData,
  description: z.string(),
  /** Human-readable lines "what was → what is" produced by the core from the two contents. */
  changes: z.array(z.object({ section: z.string(), before: z.string(), after: z.string() })),
});
export type AmendmentDocumentData = z.output<typeof amendmentDocumentData>;

/** An evaluation sheet: progress per task and goal, the worker's assessment. */
export const evaluationDocumentData = z.object({
  date: z.string(),
  contract: contractDocumentData,
  taskProgress: z.array(
    z.object({
      task: z.string(),
      status: z.enum(['done', 'inProgress', 'notDone']),
      comment: z.string().nullable(),
    }),
  ),
  goalProgress: z.array(z.object({ goal: z.string(), comment: z.string() })),
  assessment: z.string(),
  /** Both parties' part (absent on sheets printed before it was kept). */
  personAssessment: z.string().nullable().optional(),
  personKeptObligations: z.enum(OBLIGATIONS_KEPT).optional(),
  officeKeptObligations: z.enum(OBLIGATIONS_KEPT).optional(),
  result: z.enum(EVALUATION_RESULTS).optional(),
  decision: z.enum(EVALUATION_DECISIONS).optional(),
  nextEvaluationOn: z.string().nullable(),
});
export type EvaluationDocumentData = z.output<typeof evaluationDocumentData>;

/**
 * `clubCertificate`: the certificate of participation in a KIS (zaświadczenie, art. 18 ust. 5a);
 * `courseCertificate`: a vocational course's certificate of completion (§ 23, Dz.U. 2023 poz. 2175).
 */
export const DOCUMENT_KINDS = [
  'contract',
  'amendment',
  'evaluation',
  'clubCertificate',
  'courseCertificate',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const issuedBase = {
  id,
  number: z.string(),
  issuedOn: z.string(),
  /** What the document is about (`contract`, `clubCompletion`) and which record. */
  entity: z.string(),
  entityId: z.number(),
  /** Who issued it; null on documents issued before the register recorded it. */
  issuedById: z.number().nullable(),
  issuedByName: z.string().nullable(),
  sha256: z.string(),
};

/**
 * An entry of the register of issued documents (rejestr wydanych dokumentów): what was
 * printed for signature, with the SHA-256 of the data it was made from.
 */
export const issuedDocument = z.discriminatedUnion('kind', [
  z.object({ ...issuedBase, kind: z.literal('contract'), data: contractDocumentData }),
  z.object({ ...issuedBase, kind: z.literal('amendment'), data: amendmentDocumentData }),
  z.object({ ...issuedBase, kind: z.literal('evaluation'), data: evaluationDocumentData }),
  z.object({ ...issuedBase, kind: z.literal('clubCertificate'), data: clubCertificateData }),
  z.object({ ...issuedBase, kind: z.literal('courseCertificate'), data: courseCertificateData }),
]);
export type IssuedDocument = z.output<typeof issuedDocument>;

export const documentChannels = {
  'documents.get': { input: z.object({ id }).strict(), output: issuedDocument },
  /** What a draft contract would print as, from the live data (the preview before signing). */
  'contracts.preview': { input: z.object({ id }).strict(), output: contractDocumentData },
} as const;
