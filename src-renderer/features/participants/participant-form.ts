import type { z } from 'zod';
import {
  address,
  identityIssues,
  participantFields,
  type Participant,
  type ParticipantInput,
} from '../../../src-main/contract/participants';
import { parsePesel } from '../../../src-main/domain/pesel';

/** The form holds exactly the contract's input; only "no PESEL" lives beside it. */
export type ParticipantFormValues = Partial<ParticipantInput>;

type Issue = { path: PropertyKey[]; message: string };

export const EMPTY_FORM: ParticipantFormValues = {
  address: {} as ParticipantInput['address'],
  exclusionReasons: [],
  familyMembers: [],
};

export function toFormValues(p: Participant): ParticipantFormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    pesel: p.pesel,
    documentNumber: p.documentNumber,
    sex: p.sex,
    birthDate: p.birthDate,
    birthPlace: p.birthPlace,
    address: p.address,
    phone: p.phone,
    email: p.email,
    educationLevel: p.educationLevel,
    exclusionReasons: p.exclusionReasons,
    unemployedSince: p.unemployedSince,
    withoutWorkSince: p.withoutWorkSince,
    officeClientSince: p.officeClientSince,
    socialWorkerId: p.socialWorkerId,
    familyMembers: p.familyMembers,
    notes: p.notes,
  };
}

/** What is sent to the core: a person has either a PESEL or, without one, a document number. */
export function toInput(values: ParticipantFormValues, noPesel: boolean): ParticipantInput {
  const postalCode = values.address?.postalCode;
  return {
    ...values,
    pesel: noPesel ? null : (values.pesel ?? null),
    documentNumber: noPesel ? (values.documentNumber ?? null) : null,
    address: {
      ...values.address,
      ...(typeof postalCode === 'string' ? { postalCode: normalizePostalCode(postalCode) } : {}),
    },
  } as ParticipantInput;
}

/**
 * Every problem the core would report for these values, by field, each once. The contract's
 * identity rule runs on its own too: zod skips an object's refinements while any other field
 * is still invalid, yet a PESEL that does not match the birth date must show at once. Without
 * a PESEL its field is hidden, so "give one of the numbers" goes on the document number.
 */
export function participantIssues(values: ParticipantFormValues, noPesel: boolean): Issue[] {
  const input = toInput(values, noPesel);
  const parsed = participantFields.safeParse(input);
  const issues = [...identityIssues(input), ...(parsed.success ? [] : parsed.error.issues)];
  const seen = new Set<string>();
  return issues
    .map((i) =>
      noPesel && i.path.length === 1 && i.path[0] === 'pesel'
        ? { path: ['documentNumber'], message: i.message }
        : { path: i.path, message: i.message },
    )
    .filter((i) => {
      const key = JSON.stringify([i.path.map(String), i.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Birth date and sex read from a valid PESEL, or null while it is incomplete or wrong. */
export function derivedFromPesel(pesel: string | null | undefined) {
  const parsed = pesel ? parsePesel(pesel.trim()) : null;
  return parsed?.ok ? { birthDate: parsed.birthDate, sex: parsed.sex } : null;
}

export type DerivedFromPesel = NonNullable<ReturnType<typeof derivedFromPesel>>;

/**
 * What the form does after the PESEL (or the "no PESEL" box) changed: a valid PESEL fills
 * the birth date and sex; once it is no longer valid (changed, cleared or "no PESEL"),
 * what an earlier valid PESEL filled is cleared, so no stale date stays behind. Values the
 * worker typed (no PESEL was valid before) are left alone.
 */
export function followPesel(
  previous: DerivedFromPesel | null,
  pesel: string | null | undefined,
  noPesel: boolean,
): { derived: DerivedFromPesel | null; action: 'fill' | 'clear' | 'none' } {
  const derived = noPesel ? null : derivedFromPesel(pesel);
  if (derived) return { derived, action: 'fill' };
  return { derived: null, action: previous ? 'clear' : 'none' };
}

/** "26600" or "26 600" → "26-600"; anything else is left as typed (the field says what is wrong). */
export function normalizePostalCode(text: string): string {
  const digits = /^\s*(\d{2})[\s-]?(\d{3})\s*$/.exec(text);
  return digits ? `${digits[1]}-${digits[2]}` : text;
}

/** Whether the contract refuses an empty field, so that the form marks it as required. */
export function requiredByContract(schema: z.ZodType): boolean {
  return ![undefined, null, ''].some((empty) => schema.safeParse(empty).success);
}

/** Required address fields, read from the contract (e.g. a homeless person has no house number). */
export const ADDRESS_REQUIRED = Object.fromEntries(
  Object.entries(address.shape).map(([name, schema]) => [name, requiredByContract(schema)]),
) as Record<keyof typeof address.shape, boolean>;
