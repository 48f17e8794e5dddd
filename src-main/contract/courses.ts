import { z } from 'zod';
import { normalizeNip, validateNip } from '../domain/nip';
import { email, id, optionalText, phone, requiredMultilineText, requiredText } from './common';

/*
 * Vocational courses (kursy zawodowe) bought from training providers. This first part keeps the
 * providers (organizatorzy szkoleń); courses, their classes and certificates come next.
 */

/** A NIP as typed ("123-456-32-18"), checked and kept as its ten digits. */
const nip = requiredText('NIP', 20)
  .superRefine((v, ctx) => {
    const problem = validateNip(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeNip);

export const providerFields = z
  .object({
    name: requiredText('Nazwa organizatora', 300),
    nip,
    address: requiredMultilineText('Adres', 300),
    /** The number in the register of training institutions (RIS), when the provider has one. */
    risNumber: optionalText('Numer w rejestrze instytucji szkoleniowych (RIS)', 40),
    contactPerson: optionalText('Osoba do kontaktu', 160),
    phone,
    email,
  })
  .strict();

export const providerInput = providerFields.extend({ id: id.optional() }).strict();

export const courseProvider = z.object({
  id,
  name: z.string(),
  nip: z.string(),
  address: z.string(),
  risNumber: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type CourseProvider = z.output<typeof courseProvider>;

export const courseChannels = {
  'courses.listProviders': {
    input: z.undefined().or(z.object({}).strict()),
    output: z.array(courseProvider),
  },
  /** Adds a provider (no `id`) or changes one; a second provider with the same NIP is refused. */
  'courses.saveProvider': { input: providerInput, output: courseProvider },
} as const;
