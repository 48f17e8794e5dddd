/**
 * Events a host pushes to a renderer: `session.locked` when the computer locks (Electron's
 * powerMonitor); `db.changed` after a successful write by any window (src-main/changes.ts),
 * so open screens re-read what they show.
 */
export const EVENTS = ['db.changed', 'session.locked'] as const;
export type EventName = (typeof EVENTS)[number];

/**
 * The kinds of data a write may change, as `db.changed` names them: the first part of the
 * write channel's name (`contracts.sign` → `contracts`). A new room adds its kind here.
 */
export const CHANGED_ENTITIES = [
  'settings',
  'accounts',
  'staff',
  'projects',
  'participants',
  'enrolments',
  'instruments',
  'contracts',
  'club',
  'attendance',
  'courses',
  'backups',
] as const;
export type ChangedEntity = (typeof CHANGED_ENTITIES)[number];

/** The payload of `db.changed`: only the kind, never data (every window may receive it). */
export interface DbChanged {
  entity: ChangedEntity;
}

export function isDbChanged(payload: unknown): payload is DbChanged {
  const entity = (payload as { entity?: unknown } | null)?.entity;
  return (CHANGED_ENTITIES as readonly unknown[]).includes(entity);
}
