import { z } from 'zod';
import { cleanText, textProblem, textProblemMessage } from '../domain/text-input';
import { id, isoDate, requiredText } from './common';
import { PARTICIPANT_SCOPES, ROLES } from './permissions';
import { officeSettings } from './settings';

/**
 * Staff accounts and the session of one window (issue 7, item 1). The core decides who acts:
 * the person signed in on this window, never a value the caller sends.
 */

/** A login: letters, digits, dot, dash, underscore; compared without regard to case. */
export const login = requiredText('Login', 40).refine((v) => /^[\p{L}\p{N}._-]+$/u.test(v), {
  message: 'Login może zawierać tylko litery, cyfry, kropkę, myślnik i podkreślenie',
});

/**
 * A password as typed. Only its length is ruled (NIST SP 800-63B: length, not composition);
 * it is never trimmed or normalised beyond NFC, so what was typed is what is checked.
 */
const password = (min: number, tooShort: string) =>
  z
    .string({ error: 'Podaj hasło' })
    .max(200, 'Hasło może mieć najwyżej 200 znaków')
    .overwrite((v) => v.normalize('NFC'))
    // The same characters as every text field refuses, but spaces at the ends are kept.
    .superRefine((v, ctx) => {
      const problem = textProblem(v, 'line');
      if (problem) ctx.addIssue({ code: 'custom', message: textProblemMessage('Hasło', problem) });
    })
    // Invisible characters alone are no password.
    .refine((v) => cleanText(v, 'line').length > 0, 'Podaj hasło')
    .refine((v) => v.length >= min, tooShort);
export const newPassword = password(10, 'Hasło musi mieć co najmniej 10 znaków');
/** A password given to sign in or unlock: any length up to the bound, checked against the hash. */
export const givenPassword = password(1, 'Podaj hasło');

export const role = z.enum(ROLES, { error: 'Wybierz rolę' });
export const roles = z
  .array(role)
  .min(1, 'Wybierz co najmniej jedną rolę')
  .max(ROLES.length)
  .transform((r) => [...new Set(r)]);
export const participantScope = z.enum(PARTICIPANT_SCOPES, { error: 'Wybierz zakres' });

/** The signed-in person as the renderer sees them. */
export const signedInUser = z.object({
  staffId: id,
  name: z.string(),
  login: z.string(),
  roles: z.array(role),
  participantScope,
  /** The administrator set or reset the password: nothing else works until it is changed. */
  mustChangePassword: z.boolean(),
});
export type SignedInUser = z.output<typeof signedInUser>;

export const SESSION_STATES = ['setupRequired', 'signedOut', 'locked', 'signedIn'] as const;

export const sessionState = z.object({
  state: z.enum(SESSION_STATES),
  /** Present when signed in or locked (the lock screen says whose session it is). */
  user: signedInUser.nullable(),
  officeName: z.string(),
  /** Minutes without activity after which the window locks (office setting). */
  idleLockMinutes: z.number().int(),
  /** The core's day: the renderer's forms default to it, so one clock rules both sides. */
  today: isoDate,
  /** Only in the demo database: its accounts and their shared password, shown on the login. */
  demo: z
    .object({
      password: z.string(),
      accounts: z.array(z.object({ login: z.string(), name: z.string(), roles: z.array(role) })),
    })
    .nullable(),
});
export type SessionState = z.output<typeof sessionState>;

const noInput = z.undefined().or(z.object({}).strict());

export const accountSummary = z.object({
  staffId: id,
  firstName: z.string(),
  lastName: z.string(),
  active: z.boolean(),
  /** Null when this staff member has no account (e.g. an outside trainer). */
  login: z.string().nullable(),
  roles: z.array(role),
  participantScope,
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type AccountSummary = z.output<typeof accountSummary>;

export const setupInput = z
  .object({
    office: officeSettings,
    administrator: z
      .object({
        firstName: requiredText('Imię', 60),
        lastName: requiredText('Nazwisko', 80),
        login,
        password: newPassword,
        /** In a small office the head is often also the coordinator or a social worker. */
        roles: roles.refine((r) => r.includes('administrator'), {
          message: 'Pierwsze konto musi mieć rolę administratora',
        }),
      })
      .strict(),
  })
  .strict();
export type SetupInput = z.input<typeof setupInput>;

export const sessionChannels = {
  'session.get': { input: noInput, output: sessionState },
  /** The first start: the office's data and the administrator (no default password). */
  'session.setup': { input: setupInput, output: sessionState },
  'session.login': {
    input: z.object({ login: requiredText('Login', 200), password: givenPassword }).strict(),
    output: sessionState,
  },
  'session.logout': { input: noInput, output: sessionState },
  /** Idle time or the computer being locked: the window stays, its data is hidden. */
  'session.lock': { input: noInput, output: sessionState },
  'session.unlock': { input: z.object({ password: givenPassword }).strict(), output: sessionState },
  /** The renderer reports a person's activity (typing counts, not only calls to the core). */
  'session.touch': { input: noInput, output: z.object({ ok: z.literal(true) }) },
  'session.changePassword': {
    input: z.object({ currentPassword: givenPassword, newPassword }).strict(),
    output: sessionState,
  },
} as const;

export const accountChannels = {
  'accounts.list': { input: noInput, output: z.array(accountSummary) },
  /** An account for an existing staff member, with a temporary password to change at login. */
  'accounts.create': {
    input: z
      .object({ staffId: id, login, password: newPassword, roles, participantScope })
      .strict(),
    output: accountSummary,
  },
  'accounts.update': {
    input: z.object({ staffId: id, login, roles, participantScope }).strict(),
    output: accountSummary,
  },
  'accounts.resetPassword': {
    input: z.object({ staffId: id, password: newPassword }).strict(),
    output: accountSummary,
  },
  /** A coordinator widens (or narrows) which participants a social worker may see. */
  'accounts.setScope': {
    input: z.object({ staffId: id, participantScope }).strict(),
    output: accountSummary,
  },
} as const;
