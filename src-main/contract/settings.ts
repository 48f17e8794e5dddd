import { z } from 'zod';
import { optionalMultilineText, optionalText, phone, requiredText } from './common';

/** The office (ośrodek pomocy społecznej) that runs the projects; one per database. */
export const officeSettings = z.object({
  officeName: requiredText('Nazwa ośrodka'),
  address: optionalMultilineText('Adres', 300),
  phone: phone,
  headOfOffice: optionalText('Kierownik ośrodka'),
  /** Minutes without activity after which a window locks (issue 7: default 10). */
  idleLockMinutes: z
    .number({ error: 'Podaj liczbę minut' })
    .int('Podaj pełne minuty')
    .min(1, 'Blokada po co najmniej 1 minucie')
    .max(120, 'Blokada najpóźniej po 120 minutach')
    .default(10),
});
export type OfficeSettings = z.output<typeof officeSettings>;
export type OfficeSettingsInput = z.input<typeof officeSettings>;

/** The EU logo strip the office supplies once, as a PNG or JPEG data URL (at most 2 MB). */
export const logoStrip = z.object({
  dataUrl: z
    .string()
    .max(2_800_000, 'Obraz może mieć najwyżej 2 MB')
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'Wybierz obraz PNG lub JPEG')
    .nullable(),
});

export const settingsChannels = {
  'settings.get': { input: z.undefined().or(z.object({}).strict()), output: officeSettings },
  'settings.update': { input: officeSettings, output: officeSettings },
  'settings.getLogoStrip': { input: z.undefined().or(z.object({}).strict()), output: logoStrip },
  'settings.setLogoStrip': { input: logoStrip.strict(), output: logoStrip },
} as const;
