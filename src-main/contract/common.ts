import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { parsePesel } from '../domain/pesel';
import { validatePostalCode } from '../domain/postal-code';
import { EDUCATION_LEVELS } from '../domain/education';
import { EXCLUSION_REASONS } from '../domain/exclusion';

// Zod's own Polish messages are the fallback; fields a person types get their own wording.
z.config(z.locales.pl());

export const id = z.number({ error: 'Nieprawidłowy identyfikator' }).int().positive();

export const isoDate = z
  .string({ error: 'Podaj datę' })
  .refine(isIsoDate, { message: 'Nieprawidłowa data (oczekiwano RRRR-MM-DD)' });

/** A required line of text: trimmed, not empty, bounded. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Pole „${label}” jest wymagane` })
    .trim()
    .min(1, `Pole „${label}” jest wymagane`)
    .max(max, `Pole „${label}” może mieć najwyżej ${max} znaków`);

/** Optional text: an empty string is stored as null so that "nothing" has one form. */
export const optionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, `Pole „${label}” może mieć najwyżej ${max} znaków`)
    .nullish()
    .transform((v) => (v ? v : null));

export const postalCode = z
  .string({ error: 'Podaj kod pocztowy' })
  .trim()
  .superRefine((v, ctx) => {
    const problem = validatePostalCode(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const phone = z
  .string()
  .trim()
  .regex(/^[+0-9 ()-]{6,20}$/, 'Nieprawidłowy numer telefonu')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

export const email = z
  .email('Nieprawidłowy adres e-mail')
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

/** Money is kept in grosze (integers), never in floating point. */
export const grosze = z
  .number({ error: 'Podaj kwotę' })
  .int('Kwota w groszach musi być liczbą całkowitą')
  .min(0, 'Kwota nie może być ujemna');

export const sex = z.enum(['K', 'M'], { error: 'Wybierz płeć' });
export const educationLevel = z.enum(EDUCATION_LEVELS, { error: 'Wybierz poziom wykształcenia' });
export const exclusionReason = z.enum(EXCLUSION_REASONS, { error: 'Nieznana przesłanka' });

/** An answer the EFS monitoring rules let a person refuse to give. */
export const sensitiveAnswer = z.enum(['yes', 'no', 'refused'], { error: 'Wybierz odpowiedź' });

export const sortDir = z.enum(['asc', 'desc']).default('asc');

export const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
};

export const empty = z.object({}).strict().optional();

export const auditFields = {
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A PESEL that may be left empty (stored as null); a typed one must be valid. */
export const optionalPesel = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .superRefine((v, ctx) => {
    const r = v ? parsePesel(v) : null;
    if (r && !r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
  });
