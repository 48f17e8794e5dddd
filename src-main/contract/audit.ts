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
  action: z.enum(['create', 'update', 'view', 'status', 'issue']),
  changedFields: z.array(z.string()),
});
export type AuditEntry = z.output<typeof auditEntry>;

export const auditChannels = {
  'audit.forEntity': {
    input: z.object({ entity: z.enum(AUDIT_ENTITIES), entityId: id }).strict(),
    output: z.array(auditEntry),
  },
} as const;
