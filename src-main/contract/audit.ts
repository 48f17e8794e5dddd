import { z } from 'zod';
import { dateBetween, id } from './common';
import { addIssues, endBeforeStartProblem, issueAt } from './rules';

export const AUDIT_ENTITIES = [
  'participant',
  'project',
  'enrolment',
  'staff',
  'settings',
  'instrument',
  'contract',
  'backup',
  /** A staff member's account (roles, password resets). */
  'account',
  /** Signing in and out, failed attempts, refused calls. */
  'session',
  /** The club (KIS): an edition (its timetable's planning too), and each part of its programme. */
  'clubEdition',
  'clubGroup',
  'clubModule',
  'clubTrainer',
  'clubRoom',
  'clubSession',
  /** A session's attendance marks (entity id: the session). */
  'attendance',
  /** The end of a person's participation in an edition, and its certificate. */
  'clubCompletion',
  /** A training provider of vocational courses. */
  'courseProvider',
  /** A vocational course: its data, programme, participants, classes and exam results. */
  'course',
  /** A course class's attendance marks (entity id: the class). */
  'courseAttendance',
  /** A course certificate: issued, printed, duplicated, revoked, received. */
  'courseCertificate',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  /** A record removed (the club's groups, modules, trainers, rooms). */
  'delete',
  'view',
  'status',
  'issue',
  'restore',
  'login',
  'loginFailed',
  'logout',
  'unlock',
  'passwordChange',
  'passwordReset',
  /** A call the person's roles do not allow (the channel says which). */
  'forbidden',
  /** A duplicate of an issued document printed (a certificate's DUPLIKAT). */
  'duplicate',
  /** An issued document declared void (a course certificate issued with a mistake). */
  'revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One write (or a view of sensitive data): who, when, what — never the values themselves. */
export const auditEntry = z.object({
  id,
  at: z.string(),
  actorName: z.string().nullable(),
  channel: z.string(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.number().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  changedFields: z.array(z.string()),
});
export type AuditEntry = z.output<typeof auditEntry>;

/** A day of the log (the office's local day): the program keeps no entries before 2000. */
const logDay = dateBetween(2000, 2100);

/** "Dziennik zdarzeń": the filters, all optional, combined with AND. */
export const auditSearchInput = z
  .object({
    /** From this local day, inclusive (an entry's `at` is an instant; the day is the office's). */
    from: logDay.optional(),
    /** Up to this local day, inclusive. */
    to: logDay.optional(),
    /** The staff member who acted (their staff id). */
    actorId: id.optional(),
    entity: z.enum(AUDIT_ENTITIES, { error: 'Nieznany rodzaj obiektu' }).optional(),
    action: z.enum(AUDIT_ACTIONS, { error: 'Nieznana czynność' }).optional(),
    /**
     * Entries about this person: their record, their enrolments and their contracts (with the
     * contracts' documents).
     */
    participantId: id.optional(),
    /**
     * Only entries up to this id: an export passes the `asOfId` of its first page, so entries
     * written while it pages through do not shift the pages.
     */
    untilId: id.optional(),
    page: z.number().int().min(1).max(1_000_000, 'Nieprawidłowy numer strony').default(1),
    pageSize: z.number().int().min(1).max(500, 'Najwyżej 500 wpisów na stronę').default(50),
  })
  .strict()
  .superRefine((v, ctx) => addIssues(ctx, issueAt(['to'], endBeforeStartProblem(v.from, v.to))))
  .default({ page: 1, pageSize: 50 });

/**
 * One entry as the log screen shows it. `participantName` names the person the entry is
 * about (their record, enrolment or contract) — the name only, never any other of their data;
 * `subject` names the object itself where it has a name that is not personal data of a
 * participant (a contract's number, a project's title, an instrument's or a staff member's name).
 */
export const auditSearchRow = auditEntry.extend({
  actorId: z.number().nullable(),
  participantId: z.number().nullable(),
  participantName: z.string().nullable(),
  subject: z.string().nullable(),
});
export type AuditSearchRow = z.output<typeof auditSearchRow>;

export const auditSearchResult = z.object({
  rows: z.array(auditSearchRow),
  total: z.number(),
  /** The newest entry this answer covers (null: the log is empty); pass it back as `untilId`. */
  asOfId: z.number().nullable(),
});
export type AuditSearchResult = z.output<typeof auditSearchResult>;

/** How many single views "Kto oglądał dane tej osoby" lists (the counts cover all of them). */
export const VIEWS_LISTED = 200;

/** One view of a person's data: who, when, through which channel and what of it. */
export const auditView = auditEntry
  .pick({
    id: true,
    at: true,
    actorName: true,
    channel: true,
    entity: true,
    entityId: true,
    changedFields: true,
  })
  .extend({ actorId: z.number().nullable() });
export type AuditView = z.output<typeof auditView>;

/** "Kto oglądał dane tej osoby": views of their record, enrolments and contracts. */
export const auditViewsOf = z.object({
  /** Per staff member: how many views and the last one, the most recent viewer first. */
  byActor: z.array(
    z.object({
      actorId: z.number().nullable(),
      actorName: z.string().nullable(),
      count: z.number(),
      lastAt: z.string(),
    }),
  ),
  /** The newest views, at most VIEWS_LISTED of them. */
  views: z.array(auditView),
  /** All the views of this person (the list may show fewer). */
  total: z.number(),
});
export type AuditViewsOf = z.output<typeof auditViewsOf>;

/** "Sprawdź spójność dziennika": whether every entry is as written, and where not. */
export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number(),
  /** The first entry whose content or link to the previous one does not match. */
  brokenAtId: z.number().nullable(),
});
export type AuditVerification = z.output<typeof auditVerification>;

/** The most entries one page of a record's history may ask for. */
export const HISTORY_PAGE_MAX = 100;

/**
 * A record's history ("Historia zmian" on the card): one page, newest first. Views (reads of
 * the data, one per opening of a card) are left out unless asked for — the core filters them,
 * so a page costs the same however often the record was opened.
 */
export const auditForEntityInput = z
  .object({
    entity: z.enum(AUDIT_ENTITIES, { error: 'Nieznany rodzaj obiektu' }),
    entityId: id,
    page: z
      .number({ error: 'Nieprawidłowy numer strony' })
      .int('Nieprawidłowy numer strony')
      .min(1, 'Nieprawidłowy numer strony')
      .max(1_000_000, 'Nieprawidłowy numer strony')
      .default(1),
    pageSize: z
      .number({ error: 'Nieprawidłowa liczba wpisów na stronę' })
      .int('Nieprawidłowa liczba wpisów na stronę')
      .min(1, 'Co najmniej 1 wpis na stronę')
      .max(HISTORY_PAGE_MAX, `Najwyżej ${HISTORY_PAGE_MAX} wpisów na stronę`)
      .default(20),
    /** Also the views of the record (who read its data); by default only the changes. */
    includeViews: z
      .boolean({ error: 'Nieprawidłowa wartość: oczekiwano — tak albo nie' })
      .default(false),
  })
  .strict();

export const auditHistory = z.object({
  /** The page's entries, newest first. */
  rows: z.array(auditEntry),
  /** All the entries that match (views counted only when asked for). */
  total: z.number(),
});
export type AuditHistory = z.output<typeof auditHistory>;

export const auditChannels = {
  'audit.forEntity': { input: auditForEntityInput, output: auditHistory },
  'audit.verify': {
    input: z.undefined().or(z.object({}).strict()),
    output: auditVerification,
  },
  'audit.search': { input: auditSearchInput, output: auditSearchResult },
  'audit.viewsOf': { input: z.object({ participantId: id }).strict(), output: auditViewsOf },
} as const;
