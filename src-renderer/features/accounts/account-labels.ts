import type { ParticipantScope, Role } from '../../../src-main/contract/permissions';
import { STAFF_ROLE_LABELS, STAFF_ROLES } from '../../../src-main/contract/staff';

/** "Administrator, Koordynator projektu" — in the order of the staff roles, not as stored. */
export function roleList(roles: readonly Role[]): string {
  return STAFF_ROLES.filter((r) => roles.includes(r))
    .map((r) => STAFF_ROLE_LABELS[r])
    .join(', ');
}

export const SCOPE_LABELS: Record<ParticipantScope, string> = {
  assigned: 'tylko przypisani',
  all: 'wszyscy uczestnicy',
};

/** The minimum the contract asks (NIST SP 800-63B: length rules, not composition). */
export const PASSWORD_HINT = 'Co najmniej 10 znaków. Najłatwiej zapamiętać kilka słów.';
