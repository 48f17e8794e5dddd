import { z } from 'zod';
import { id, phone, requiredText } from './common';

export const STAFF_ROLES = [
  'socialWorker',
  'coordinator',
  'clubLeader',
  'trainer',
  'administrator',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  socialWorker: 'Pracownik socjalny',
  coordinator: 'Koordynator projektu',
  clubLeader: 'Lider KIS',
  trainer: 'Prowadzący / specjalista',
  administrator: 'Administrator',
};

export const staffFields = z.object({
  firstName: requiredText('Imię', 60),
  lastName: requiredText('Nazwisko', 80),
  role: z.enum(STAFF_ROLES, { error: 'Wybierz funkcję' }),
  phone,
  active: z.boolean().default(true),
});
export type StaffInput = z.input<typeof staffFields>;

export const staffMember = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum(STAFF_ROLES),
  phone: z.string().nullable(),
  active: z.boolean(),
});
export type StaffMember = z.output<typeof staffMember>;

export const staffChannels = {
  'staff.list': {
    input: z
      .object({ includeInactive: z.boolean().default(false) })
      .strict()
      .default({
        includeInactive: false,
      }),
    output: z.array(staffMember),
  },
  'staff.create': { input: staffFields, output: staffMember },
  'staff.update': { input: staffFields.extend({ id }), output: staffMember },
} as const;
