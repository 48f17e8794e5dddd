import type { Channel } from '../../../src-main/contract';
import type { CHANNEL_ACCESS } from '../../../src-main/contract/access';
import type { AuditAction, AuditEntity } from '../../../src-main/contract/audit';
import type { StaffMember } from '../../../src-main/contract/staff';
import type { TestApp } from '../../support/test-app';

/** The channels `contract/access.ts` declares as writes: each must leave an audit entry. */
export type WriteChannel = {
  [C in Channel]: (typeof CHANNEL_ACCESS)[C] extends 'write' ? C : never;
}[Channel];

/** Whom the entry must name as acting, when it is not the person the test signed in. */
export interface Acting {
  id: number;
  name: string;
}

/** What the audit entry of one write must say. */
export interface AuditCase {
  /** Told in the test's name when a channel has several cases (create or update, …). */
  title?: string;
  /**
   * Arranges what the write needs, calls the channel once (its entry must be the last), and
   * returns the id the entry must name — with the person acting when that is not `actor`.
   */
  write: (
    a: TestApp,
    actor: StaffMember,
  ) => Promise<number | null | { id: number; acting: Acting }>;
  entity: AuditEntity;
  action: AuditAction;
  /** Changed field names, in any order (compared sorted). */
  fields: string[];
}

/**
 * A write channel that is, on purpose, not audited — with the reason. The test then checks
 * that it really adds nothing, so a change either way is noticed.
 */
export interface NotAudited {
  notAudited: string;
  write: (a: TestApp, actor: StaffMember) => Promise<unknown>;
}

export type AuditCases = readonly [AuditCase, ...AuditCase[]] | NotAudited;

/** Audit cases for some write channels; the test joins them into a table of all of them. */
export type AuditTablePart<C extends WriteChannel> = { readonly [K in C]: AuditCases };
