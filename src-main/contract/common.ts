import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { parsePesel } from '../domain/pesel';
import { plural } from '../domain/plural';
import { validatePostalCode } from '../domain/postal-code';
import { EDUCATION_LEVELS } from '../domain/education';
import { EXCLUSION_REASONS } from '../domain/exclusion';
import { cleanText, textProblem, textProblemMessage, type TextShape } from '../domain/text-input';

// Zod's own Polish messages are the fallback; fields a person types get their own wording.
z.config(z.locales.pl());

/** Polish names of the kinds of data, for the fallback message on a value of a wrong kind. */
const KINDS: Record<string, string> = {
  string: 'tekst',
  number: 'liczba',
  int: 'liczba całkowita',
  nan: 'wartość nieliczbowa',
  boolean: 'tak albo nie',
  object: 'zestaw pól',
  array: 'lista',
  null: 'brak wartości',
  undefined: 'brak wartości',
  bigint: 'liczba',
  symbol: 'symbol',
  function: 'funkcja',
  date: 'data',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** An unknown key as a message may show it: letters, digits and a few signs, at most 40. */
const shownKey = (key: string) => `„${key.replace(/[^\p{L}\p{N}_.$-]/gu, '').slice(0, 40) || '?'}”`;

// Two fallbacks reworded: Zod's Polish for unknown keys is broken ("Nierozpoznane kluczes") and
// echoes whatever keys were sent; its wrong-type message names the types in English.
z.config({
  customError: (issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.slice(0, 5).map(shownKey).join(', ');
      const more = issue.keys.length > 5 ? ' …' : '';
      return issue.keys.length === 1 ? `Nieznane pole ${keys}` : `Nieznane pola: ${keys}${more}`;
    }
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'To pole jest wymagane';
      const expected = KINDS[issue.expected] ?? 'inna wartość';
      const received = KINDS[kindOf(issue.input)] ?? 'inna wartość';
      return `Nieprawidłowa wartość: oczekiwano — ${expected}, otrzymano — ${received}`;
    }
    return undefined;
  },
});

export const id = z.number({ error: 'Nieprawidłowy identyfikator' }).int().positive();

// ---------------------------------------------------------------------------------------------
// Text. Every text field of every channel is built from `plainText` (directly or through the
// primitives below), so each one is NFC-normalised, trimmed (also of invisible characters, so a
// value made only of zero-width characters is empty), bounded, and refuses control characters,
// lone surrogates and bidirectional overrides with a message naming the field
// (domain/text-input.ts says exactly which characters).

const required = (label: string) => `Pole „${label}” jest wymagane`;

function text(label: string, max: number, shape: TextShape, typeError: string) {
  const tooLong = `Pole „${label}” może mieć najwyżej ${max} ${plural(max, 'znak', 'znaki', 'znaków')}`;
  return (
    z
      .string({ error: typeError })
      // A raw value far beyond the bound is refused before it is cleaned (NFC and the checks
      // cost ~0.1 s per megabyte); the margin keeps decomposed letters and padding that
      // cleaning removes from being refused.
      .refine((v) => v.length <= 2 * max + 1000, { message: tooLong, abort: true })
      .overwrite((v) => cleanText(v, shape))
      .superRefine((v, ctx) => {
        const problem = textProblem(v, shape);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: textProblemMessage(label, problem),
            continue: false,
          });
      })
      .max(max, { message: tooLong, abort: true })
  );
}

/** Cleaned, checked, bounded text that may be empty (search boxes, raw codes checked later). */
export const plainText = (label: string, max = 200) =>
  text(label, max, 'line', `Pole „${label}” musi być tekstem`);

/** A required line of text: one line, trimmed, not empty, bounded. */
export const requiredText = (label: string, max = 200) =>
  text(label, max, 'line', required(label)).min(1, required(label));

/** Optional text: an empty string is stored as null so that "nothing" has one form. */
export const optionalText = (label: string, max = 200) =>
  text(label, max, 'line', `Pole „${label}” musi być tekstem`)
    .nullish()
    .transform((v) => (v ? v : null));

/** A required text of several lines (newlines and tabs allowed), e.g. an assessment. */
export const requiredMultilineText = (label: string, max = 4000) =>
  text(label, max, 'multiline', required(label)).min(1, required(label));

/** An optional text of several lines; empty is stored as null. */
export const optionalMultilineText = (label: string, max = 4000) =>
  text(label, max, 'multiline', `Pole „${label}” musi być tekstem`)
    .nullish()
    .transform((v) => (v ? v : null));

// ---------------------------------------------------------------------------------------------
// Dates: a valid calendar day, and a year that makes sense for what the date means. Rules that
// need today (not in the future) are the services' (features/field-rules.ts).

const ISO_DATE_MESSAGE = 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)';

/** A `YYYY-MM-DD` date whose year is within [from, to]; `early` is said of a too early one. */
export function dateBetween(from: number, to: number, early?: string) {
  return z
    .string({ error: 'Podaj datę' })
    .refine(isIsoDate, { message: ISO_DATE_MESSAGE, abort: true })
    .superRefine((v, ctx) => {
      const year = Number(v.slice(0, 4));
      if (year < from || year > to)
        ctx.addIssue({
          code: 'custom',
          message:
            year < from && early ? early : `Data musi przypadać między ${from} a ${to} rokiem`,
        });
    });
}

/** Any date the program keeps: 1900–2100 (no year 0000 or 9999 from a slip of the keyboard). */
export const isoDate = dateBetween(1900, 2100);

/** A date of birth: from 1900 (not in the future is checked with the clock by the service). */
export const birthDate = dateBetween(
  1900,
  2100,
  'Data urodzenia nie może być wcześniejsza niż 1900 r.',
);

/**
 * A date of the office's own work — a project, an enrolment, a contract and its steps:
 * 2000–2100 (Polish EFS projects began in 2004).
 */
export const projectDate = dateBetween(2000, 2100);

export const postalCode = text('Kod pocztowy', 10, 'line', 'Podaj kod pocztowy').superRefine(
  (v, ctx) => {
    const problem = validatePostalCode(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  },
);

const PHONE = /^[+0-9 ()-]{6,20}$/;

/** Optional; the length bound is above the format's, so a typo is told as a wrong number. */
export const phone = plainText('Telefon', 40)
  .refine((v) => v === '' || PHONE.test(v), 'Nieprawidłowy numer telefonu')
  .nullish()
  .transform((v) => v || null);

const emailFormat = z.email();

/** Optional; at most 254 characters, the longest address mail can carry (RFC 5321). */
export const email = plainText('E-mail', 254)
  .refine((v) => v === '' || emailFormat.safeParse(v).success, 'Nieprawidłowy adres e-mail')
  .nullish()
  .transform((v) => v || null);

// ---------------------------------------------------------------------------------------------
// Numbers: integers bounded by what they mean, so no 90 071 992 547 409,91 zł gets printed.

function amountBelow(limitGrosze: number, message: string) {
  return z
    .number({ error: 'Podaj kwotę' })
    .int('Kwota w groszach musi być liczbą całkowitą')
    .min(0, 'Kwota nie może być ujemna')
    .max(limitGrosze - 1, message);
}

/** Money is kept in grosze (integers), never in floating point; below 10 000 000 zł. */
export const grosze = amountBelow(1_000_000_000, 'Kwota musi być mniejsza niż 10 000 000 zł');

/**
 * A project's budget: the largest projects of a welfare office run to tens of millions of
 * złoty, so the bound is 100 000 000 zł rather than the 10 000 000 zł of other amounts.
 */
export const projectGrosze = amountBelow(
  10_000_000_000,
  'Kwota musi być mniejsza niż 100 000 000 zł',
);

/** A number of people (planned participants, an indicator's target). */
export const peopleCount = z
  .number({ error: 'Podaj liczbę osób' })
  .int('Podaj pełną liczbę osób')
  .min(0, 'Liczba nie może być ujemna')
  .max(99_999, 'Liczba osób może wynosić najwyżej 99 999');

// ---------------------------------------------------------------------------------------------
// Lists: bounded, and — for lists of ids or choices — without repeats.

/** A list of at most `max` items; the message names the field. */
export const list = <T extends z.ZodType>(item: T, label: string, max: number) =>
  z
    .array(item)
    .max(
      max,
      `Pole „${label}” może mieć najwyżej ${max} ${plural(max, 'pozycję', 'pozycje', 'pozycji')}`,
    );

/**
 * A refinement refusing repeats in a list: each repeat (the second and later occurrence) gets
 * the message, at `[index, ...at]`. Repeats are refused rather than merged everywhere: a caller
 * sending one id twice has a bug worth seeing, and the form never sends repeats.
 */
export function noRepeats<T>(
  message: string,
  key: (item: T) => unknown = (item) => item,
  at: (string | number)[] = [],
) {
  return (items: T[], ctx: z.RefinementCtx<T[]>) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const k = key(item);
      if (k === null || k === undefined) return;
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, ...at], message });
      seen.add(k);
    });
  };
}

export const sex = z.enum(['K', 'M'], { error: 'Wybierz płeć' });
export const educationLevel = z.enum(EDUCATION_LEVELS, { error: 'Wybierz poziom wykształcenia' });
export const exclusionReason = z.enum(EXCLUSION_REASONS, { error: 'Nieznana przesłanka' });

/** An answer the EFS monitoring rules let a person refuse to give. */
export const sensitiveAnswer = z.enum(['yes', 'no', 'refused'], { error: 'Wybierz odpowiedź' });

export const sortDir = z.enum(['asc', 'desc']).default('asc');

export const paging = {
  page: z.number().int().min(1).max(1_000_000, 'Nieprawidłowy numer strony').default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
};

export const empty = z.object({}).strict().optional();

export const auditFields = {
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A PESEL that may be left empty (stored as null); a typed one must be valid. */
export const optionalPesel = text('PESEL', 100, 'line', 'Pole „PESEL” musi być tekstem')
  .nullish()
  .transform((v) => (v ? v : null))
  .superRefine((v, ctx) => {
    const r = v ? parsePesel(v) : null;
    if (r && !r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  });
