import { z } from 'zod';
import { parsePesel } from '../domain/pesel';
import { normalizeDocumentNumber, validateDocumentNumber } from '../domain/identity-document';
import {
  birthDate,
  educationLevel,
  email,
  exclusionReason,
  id,
  isoDate,
  list,
  noRepeats,
  optionalMultilineText,
  optionalPesel,
  optionalText,
  paging,
  phone,
  plainText,
  postalCode,
  requiredText,
  sex,
  sortDir,
} from './common';
import { ENROLMENT_STATUSES } from '../domain/enrolment-status';
import { addIssues, isWholeDate, type RuleIssue } from './rules';

/** A member of the participant's family (członek rodziny), e.g. for a family contract. */
export const familyMember = z.object({
  firstName: requiredText('Imię', 60),
  lastName: requiredText('Nazwisko', 80),
  relation: requiredText('Stopień pokrewieństwa', 60),
  birthDate: birthDate.nullish().transform((v) => v ?? null),
  pesel: optionalPesel,
});

export const address = z.object({
  voivodeship: requiredText('Województwo', 40),
  county: requiredText('Powiat', 60),
  commune: requiredText('Gmina', 60),
  locality: requiredText('Miejscowość', 80),
  street: optionalText('Ulica', 100),
  /** Optional: a homeless person may have only a locality. */
  houseNumber: optionalText('Nr domu', 10),
  flatNumber: optionalText('Nr lokalu', 10),
  postalCode,
  /** DEGURBA: obszar miejski / wiejski. */
  areaType: z.enum(['urban', 'rural'], { error: 'Wybierz rodzaj obszaru' }),
});

/**
 * Grouping spaces and dashes go and letters are upper-cased, so one document has one form;
 * the raw bound leaves room for grouping around the 20 characters a number may have.
 */
const documentNumber = optionalText('Numer dokumentu tożsamości', 40).transform((v) =>
  v ? normalizeDocumentNumber(v) : null,
);

/** The identity rule's wording when neither number is given. */
export const IDENTITY_REQUIRED =
  'Podaj numer PESEL albo — dla osoby bez numeru PESEL — numer dokumentu tożsamości';

/**
 * Who the person is: a PESEL or, for a person without one, an identity document's number; a
 * PESEL's birth date and sex are the record's; a document number has a document's form.
 * The form calls it on the raw values as the worker types, so: a PESEL that is not valid
 * (yet) is its own field's problem (`optionalPesel`) and is not compared, and a birth date
 * or sex not given yet is not compared either.
 */
export function identityIssues(person: {
  pesel?: unknown;
  documentNumber?: unknown;
  birthDate?: unknown;
  sex?: unknown;
}): RuleIssue[] {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const pesel = text(person.pesel);
  const documentNumber = text(person.documentNumber);
  const issues: RuleIssue[] = [];
  if (pesel) {
    const r = parsePesel(pesel);
    if (r.ok && isWholeDate(person.birthDate) && r.birthDate !== person.birthDate)
      issues.push({
        path: ['birthDate'],
        message: 'Data urodzenia nie zgadza się z numerem PESEL',
      });
    if (r.ok && text(person.sex) && r.sex !== person.sex)
      issues.push({ path: ['sex'], message: 'Płeć nie zgadza się z numerem PESEL' });
  } else if (!documentNumber) {
    issues.push({ path: ['pesel'], message: IDENTITY_REQUIRED });
  }
  const documentProblem = documentNumber ? validateDocumentNumber(documentNumber) : null;
  if (documentProblem) issues.push({ path: ['documentNumber'], message: documentProblem });
  return issues;
}

export const participantFields = z
  .object({
    firstName: requiredText('Imię', 60),
    lastName: requiredText('Nazwisko', 80),
    pesel: optionalPesel,
    documentNumber,
    sex,
    birthDate,
    birthPlace: optionalText('Miejsce urodzenia', 80),
    address,
    phone,
    email,
    educationLevel: educationLevel.nullable().default(null),
    exclusionReasons: z
      .array(exclusionReason)
      .superRefine(noRepeats('Każdą przesłankę można wybrać tylko raz'))
      .default([]),
    /** Registered as unemployed at the labour office (PUP) since. */
    unemployedSince: isoDate.nullish().transform((v) => v ?? null),
    /**
     * Without work since (pozostaje bez pracy od) — also for people not registered at the
     * labour office; long-term unemployment (EFS) is counted from this date when given.
     */
    withoutWorkSince: isoDate.nullish().transform((v) => v ?? null),
    /** A client of the welfare office since. */
    officeClientSince: isoDate.nullish().transform((v) => v ?? null),
    socialWorkerId: id.nullish().transform((v) => v ?? null),
    familyMembers: list(familyMember, 'Członkowie rodziny', 30)
      .superRefine(
        noRepeats('Ten numer PESEL ma już inny członek rodziny', (m) => m.pesel, ['pesel']),
      )
      .default([]),
    notes: optionalMultilineText('Uwagi', 4000),
  })
  .superRefine((p, ctx) => addIssues(ctx, identityIssues(p)));
export type ParticipantInput = z.input<typeof participantFields>;
export type ParticipantFields = z.output<typeof participantFields>;

export const participant = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  documentNumber: z.string().nullable(),
  sex,
  birthDate: z.string(),
  birthPlace: z.string().nullable(),
  address: address,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  educationLevel: educationLevel.nullable(),
  exclusionReasons: z.array(exclusionReason),
  unemployedSince: z.string().nullable(),
  withoutWorkSince: z.string().nullable(),
  officeClientSince: z.string().nullable(),
  socialWorkerId: z.number().nullable(),
  socialWorkerName: z.string().nullable(),
  familyMembers: z.array(familyMember),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Participant = z.output<typeof participant>;

export const PARTICIPANT_SORT_FIELDS = [
  'lastName',
  'firstName',
  'birthDate',
  'locality',
  'createdAt',
] as const;

export const participantSearchInput = z
  .object({
    /** Free text: surname, first name or locality without diacritics, or a PESEL prefix. */
    query: plainText('Szukaj', 100).default(''),
    projectId: id.optional(),
    status: z.enum(ENROLMENT_STATUSES).optional(),
    socialWorkerId: id.optional(),
    exclusionReason: exclusionReason.optional(),
    sort: z.enum(PARTICIPANT_SORT_FIELDS).default('lastName'),
    dir: sortDir,
    ...paging,
  })
  .strict();
export type ParticipantSearchInput = z.input<typeof participantSearchInput>;

export const participantRow = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  documentNumber: z.string().nullable(),
  sex,
  birthDate: z.string(),
  locality: z.string(),
  socialWorkerName: z.string().nullable(),
});
export type ParticipantRow = z.output<typeof participantRow>;

export const participantSearchResult = z.object({
  rows: z.array(participantRow),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type ParticipantSearchResult = z.output<typeof participantSearchResult>;

/**
 * Who already holds a PESEL or a document number — the form asks when the field is left,
 * before the worker fills in the rest. `exceptId` is the person being edited.
 */
export const identityLookupInput = z
  .object({
    pesel: optionalPesel,
    documentNumber: documentNumber.refine((v) => v === null || v.length <= 20, {
      message: 'Numer dokumentu musi mieć od 5 do 20 znaków',
    }),
    exceptId: id.optional(),
  })
  .strict()
  .refine((v) => v.pesel !== null || v.documentNumber !== null, {
    message: 'Podaj numer PESEL albo numer dokumentu',
    path: ['pesel'],
  });

export const identityHolder = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  /** Which of the numbers asked about this person holds. */
  matchedBy: z.enum(['pesel', 'documentNumber']),
});
export type IdentityHolder = z.output<typeof identityHolder>;

export const participantChannels = {
  'participants.search': { input: participantSearchInput, output: participantSearchResult },
  'participants.get': { input: z.object({ id }).strict(), output: participant },
  'participants.findByIdentity': {
    input: identityLookupInput,
    output: z.array(identityHolder),
  },
  'participants.create': { input: participantFields, output: participant },
  'participants.update': {
    input: z.object({ id, participant: participantFields }).strict(),
    output: participant,
  },
} as const;
