import type { SessionState } from '../contract/accounts';
import type { Role } from '../contract/permissions';
import type { StaffMember } from '../contract/staff';
import type { Db } from '../db/open';
import { insertAccount } from '../features/accounts/accounts.repo';
import { hashPasswordSync } from '../features/accounts/password';
import { DEMO_ACCOUNTS_SETTING } from '../features/accounts/session.service';
import { writeSetting } from '../features/settings/settings.repo';
import { staffName } from '../features/staff/staff.repo';

/**
 * The demo's shared password: printed by `npm run web` and shown on the demo's login screen,
 * so a newcomer can try every role. Only the demo seed writes it; a real database starts with
 * the first-start screen and has no default password.
 */
export const DEMO_PASSWORD = 'demo-aktywator';

/** One account per role, by login, for the demo's staff (DEMO_STAFF, by function). */
const DEMO_LOGINS: { login: string; role: Role }[] = [
  { login: 'admin', role: 'administrator' },
  { login: 'koordynator', role: 'coordinator' },
  { login: 'pracownik', role: 'socialWorker' },
  { login: 'lider', role: 'clubLeader' },
  { login: 'trener', role: 'trainer' },
];

export function seedDemoAccounts(db: Db, staff: StaffMember[]): void {
  const shown: NonNullable<SessionState['demo']>['accounts'] = [];
  for (const { login, role } of DEMO_LOGINS) {
    // The first staff member of that function (the social worker is the one with most people).
    const member = staff.find((s) => s.role === role);
    if (!member) continue;
    insertAccount(db, {
      staffId: member.id,
      login,
      passwordHash: hashPasswordSync(DEMO_PASSWORD),
      roles: [role],
      // The demo's social worker sees everyone, so every screen of the tour has people on it;
      // a real office's new social worker starts narrowed to their own people.
      participantScope: role === 'socialWorker' ? 'all' : 'assigned',
      mustChangePassword: false,
    });
    shown.push({ login, name: staffName(member), roles: [role] });
  }
  writeSetting(db, DEMO_ACCOUNTS_SETTING, { password: DEMO_PASSWORD, accounts: shown });
}
