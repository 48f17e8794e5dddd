import { eq } from 'drizzle-orm';
import type { AccountSummary } from '../../contract/accounts';
import type { ParticipantScope, Role } from '../../contract/permissions';
import type { Db } from '../../db/open';
import { accounts, staff } from '../../db/schema';
import { comparePolish } from '../../domain/text';

export type AccountRow = typeof accounts.$inferSelect;

export const loginKey = (login: string) => login.normalize('NFC').toLocaleLowerCase('pl');

export function hasAnyAccount(db: Db): boolean {
  return db.select({ id: accounts.staffId }).from(accounts).limit(1).get() !== undefined;
}

export function findAccountByLogin(db: Db, login: string): AccountRow | undefined {
  return db
    .select()
    .from(accounts)
    .where(eq(accounts.loginKey, loginKey(login)))
    .get();
}

export function findAccount(db: Db, staffId: number): AccountRow | undefined {
  return db.select().from(accounts).where(eq(accounts.staffId, staffId)).get();
}

export function insertAccount(
  db: Db,
  fields: {
    staffId: number;
    login: string;
    passwordHash: string;
    roles: Role[];
    participantScope: ParticipantScope;
    mustChangePassword: boolean;
  },
): void {
  db.insert(accounts)
    .values({ ...fields, loginKey: loginKey(fields.login) })
    .run();
}

export function updateAccount(
  db: Db,
  staffId: number,
  fields: Partial<Omit<AccountRow, 'staffId' | 'createdAt' | 'updatedAt'>>,
): void {
  const withKey = fields.login ? { ...fields, loginKey: loginKey(fields.login) } : fields;
  db.update(accounts)
    .set({ ...withKey, updatedAt: new Date().toISOString() })
    .where(eq(accounts.staffId, staffId))
    .run();
}

/** Every staff member with their account, if they have one (a short list: sorted in code). */
export function listAccounts(db: Db): AccountSummary[] {
  return db
    .select()
    .from(staff)
    .leftJoin(accounts, eq(accounts.staffId, staff.id))
    .all()
    .map(({ staff: s, accounts: a }) => ({
      staffId: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      active: s.active,
      login: a?.login ?? null,
      roles: (a?.roles as Role[] | undefined) ?? [],
      participantScope: (a?.participantScope as ParticipantScope | undefined) ?? 'assigned',
      mustChangePassword: a?.mustChangePassword ?? false,
      lastLoginAt: a?.lastLoginAt ?? null,
    }))
    .sort(
      (a, b) => comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName),
    );
}

export function accountSummary(db: Db, staffId: number): AccountSummary {
  const found = listAccounts(db).find((a) => a.staffId === staffId);
  if (!found) throw new Error(`No staff member ${staffId}`);
  return found;
}
