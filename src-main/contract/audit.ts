import { z } from 'zod';
import { id } from './common';

export const AUDIT_ENTITIES = [
  'participant',
  'project',
  'enrolment',
  'staff',
  'settings',
  'instrument',
  'contract',
  'backup',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** One write (or a view of sensitive data): who, when, what — never the values themselves. */
export const auditEntry = z.object({
  id,
  at: z.string(),
  actorName: z.string().nullable(),
  channel: z.string(),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.number().nullable(),
  action: z.enum(['create', 'update', 'view', 'status', 'issue', 'restore']),
  changedFields: z.array(z.string()),
});
export type AuditEntry = z.output<typeof auditEntry>;

/** "Sprawdź spójność dziennika": whether every entry is as written, and where not. */
export const auditVerification = z.object({
  ok: z.boolean(),
  checked: z.number(),
  /** The first entry whose content or link to the previous one does not match. */
  brokenAtId: z.number().nullable(),
});
export type AuditVerification = z.output<typeof auditVerification>;

export const auditChannels = {
  'audit.forEntity': {
    input: z.object({ entity: z.enum(AUDIT_ENTITIES), entityId: id }).strict(),
    output: z.array(auditEntry),
  },
  'audit.verify': {
    input: z.undefined().or(z.object({}).strict()),
    output: auditVerification,
  },
} as const;
