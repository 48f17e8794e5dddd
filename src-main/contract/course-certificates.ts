import { z } from 'zod';
import { RECEIPT_KINDS } from '../domain/courses/course-rules';
import { fundedProject } from './attendance';
import { id, list, noRepeats, plainText, projectDate, requiredText, sex } from './common';

/*
 * Certificates of completion of a vocational course (zaświadczenie o ukończeniu kursu) and
 * their register (rejestr wydanych zaświadczeń). The content is what § 23 of the Rozporządzenie
 * MEiN z 6 października 2023 r. (Dz.U. 2023 poz. 2175) requires — there is no model form. Each
 * is numbered per year ("12/2026") inside the issuing write, its data frozen with its SHA-256
 * in the register of issued documents, and carries a verification code. Nothing is deleted: a
 * mistaken certificate is revoked and a corrected one issued under a new number.
 */

/** The frozen data a certificate is printed from (both pages: the front and the programme). */
export const courseCertificateData = z.object({
  number: z.string(),
  issuedOn: z.string(),
  /** The place in "Radom, dnia …": the office's town. */
  place: z.string(),
  /** The verification code printed (and in the QR code). */
  code: z.string(),
  /** The organiser of the course (the provider), as § 23 names it. */
  organiser: z.object({ name: z.string(), address: z.string() }),
  /** The office that ran the project and issued the certificate. */
  office: z.object({ name: z.string(), address: z.string().nullable() }),
  person: z.object({
    firstName: z.string(),
    lastName: z.string(),
    sex,
    /** Date and place of birth, or the PESEL — as the office chose; the other is null. */
    birthDate: z.string().nullable(),
    birthPlace: z.string().nullable(),
    pesel: z.string().nullable(),
  }),
  course: z.object({
    name: z.string(),
    form: z.string(),
    place: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    totalHours: z.number(),
    topics: z.array(z.object({ title: z.string(), hours: z.number() })),
  }),
  /** A corrected certificate names the number of the one it replaces. */
  replacesNumber: z.string().nullable(),
  project: fundedProject,
});
export type CourseCertificateData = z.output<typeof courseCertificateData>;

export const CERTIFICATE_STATES = ['valid', 'revoked'] as const;

/** One line of the register of issued certificates. */
export const courseCertificateEntry = z.object({
  id,
  documentId: id,
  number: z.string(),
  issuedOn: z.string(),
  courseId: id,
  course: z.string(),
  participantId: id,
  /** "Nazwisko Imię". */
  person: z.string(),
  sex,
  address: z.string(),
  /** "PESEL 90010112345", or the identity document's number when the person has no PESEL. */
  identity: z.string(),
  code: z.string(),
  status: z.enum(CERTIFICATE_STATES),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** The number this one corrects, and the number that corrected this one. */
  replacesNumber: z.string().nullable(),
  replacedByNumber: z.string().nullable(),
  duplicates: z.array(z.object({ issuedOn: z.string(), code: z.string() })),
  receivedOn: z.string().nullable(),
  receivedHow: z.enum(RECEIPT_KINDS).nullable(),
  sha256: z.string(),
  issuedByName: z.string().nullable(),
});
export type CourseCertificateEntry = z.output<typeof courseCertificateEntry>;

/** A certificate to print: its frozen data, and the duplicate's date and code when one. */
export const printableCertificate = z.object({
  id,
  documentId: id,
  number: z.string(),
  issuedOn: z.string(),
  sha256: z.string(),
  revoked: z.boolean(),
  duplicate: z.object({ issuedOn: z.string(), code: z.string() }).nullable(),
  data: courseCertificateData,
});
export type PrintableCertificate = z.output<typeof printableCertificate>;

/** What a verification code says: the register entry, its state, and whether a duplicate. */
export const certificateVerification = z.object({
  code: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  person: z.string(),
  course: z.string(),
  courseDates: z.object({ from: z.string(), to: z.string() }),
  totalHours: z.number(),
  status: z.enum(CERTIFICATE_STATES),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  replacedByNumber: z.string().nullable(),
  /** The code is a duplicate's: the day it was made. */
  duplicateOn: z.string().nullable(),
});
export type CertificateVerification = z.output<typeof certificateVerification>;

const identifyBy = z.enum(['birthDate', 'pesel'], {
  error: 'Wybierz datę i miejsce urodzenia albo PESEL',
});

export const courseCertificateChannels = {
  /**
   * Issues the certificates of a course: of the people named, or (`participantIds: null`) of
   * everyone who met the completion rule and has none yet. Numbers are drawn in one write; a
   * named person who did not meet the rule refuses the whole batch (nothing drawn).
   */
  'courses.issueCertificates': {
    input: z
      .object({
        courseId: id,
        participantIds: list(id, 'Uczestnicy', 200)
          .superRefine(noRepeats('Ta osoba jest na liście dwa razy'))
          .nullable()
          .default(null),
        identifyBy,
      })
      .strict(),
    output: z.object({
      issued: z.array(z.object({ id, participantId: id, number: z.string() })),
      /** Those left out, with why ("obecność 71 % przy wymaganych 80 %"). */
      skipped: z.array(
        z.object({ participantId: id, name: z.string(), reasons: z.array(z.string()) }),
      ),
    }),
  },
  /** The register, newest first; searched by number, name or code, filtered. */
  'courses.certificates': {
    input: z
      .object({
        courseId: id.optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        status: z.enum(CERTIFICATE_STATES).optional(),
        search: plainText('Szukaj', 100).optional(),
      })
      .strict(),
    output: z.array(courseCertificateEntry),
  },
  /** Certificates to print from their stored data (a whole course's batch at once). */
  'courses.printCertificates': {
    input: z
      .object({
        certificateIds: list(id, 'Zaświadczenia', 500)
          .min(1, 'Wybierz co najmniej jedno zaświadczenie')
          .superRefine(noRepeats('To zaświadczenie jest na liście dwa razy')),
      })
      .strict(),
    output: z.array(printableCertificate),
  },
  /** Makes a duplicate (DUPLIKAT, today, its own code) of a valid certificate, logged. */
  'courses.duplicate': {
    input: z.object({ id }).strict(),
    output: printableCertificate,
  },
  /**
   * Revokes a certificate issued with a mistake; with `reissue` the corrected one (the data as
   * it stands now) is issued under a new number in the same write.
   */
  'courses.revoke': {
    input: z
      .object({
        id,
        reason: requiredText('Powód unieważnienia', 300),
        reissue: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      revoked: courseCertificateEntry,
      replacement: courseCertificateEntry.nullable(),
    }),
  },
  /** Records the confirmation of receipt (by the person, or sent by post). */
  'courses.confirmReceipt': {
    input: z
      .object({
        id,
        receivedOn: projectDate,
        how: z.enum(RECEIPT_KINDS, { error: 'Wybierz, jak zaświadczenie zostało odebrane' }),
      })
      .strict(),
    output: courseCertificateEntry,
  },
  /** Finds a certificate by the code printed on it; null when there is none. */
  'courses.verify': {
    input: z.object({ code: plainText('Kod weryfikacyjny', 40) }).strict(),
    output: certificateVerification.nullable(),
  },
} as const;
