import type { SessionState } from '../contract/accounts';
import type { Role } from '../contract/permissions';
import type { StaffMember } from '../contract/staff';
import type { Tx } from '../db/unit-of-work';
import { insertAccount } from '../features/accounts/accounts.repo';
import { hashPassword } from '../features/accounts/password';
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

/**
 * The demo password's hash for every account, made before the seed's write begins (never under
 * the write lock). One hash, not one per account: the password is published, so separate salts
 * would protect nothing, and five scrypts side by side cost 32 MiB each — most of the seeding
 * process's peak memory (issue 13).
 */
export async function hashDemoPasswords(): Promise<string[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return DEMO_LOGINS.map(() => hash);
}

/** `hashes` from hashDemoPasswords(), in the order of the logins. */
export async function seedDemoAccounts(
  tx: Tx,
  staff: StaffMember[],
  hashes: string[],
): Promise<void> {
  const shown: NonNullable<SessionState['demo']>['accounts'] = [];
  for (const [i, { login, role }] of DEMO_LOGINS.entries()) {
    // The first staff member of that function (the social worker is the one with most people).
    const member = staff.find((s) => s.role === role);
    if (!member) continue;
    await insertAccount(tx, {
      staffId: member.id,
      login,
      passwordHash: hashes[i]!,
      roles: [role],
      // The demo's social worker sees everyone, so every screen of the tour has people on it;
      // a real office's new social worker starts narrowed to their own people.
      participantScope: role === 'socialWorker' ? 'all' : 'assigned',
      mustChangePassword: false,
    });
    shown.push({ login, name: staffName(member), roles: [role] });
  }
  await writeSetting(tx, DEMO_ACCOUNTS_SETTING, { password: DEMO_PASSWORD, accounts: shown });
}
