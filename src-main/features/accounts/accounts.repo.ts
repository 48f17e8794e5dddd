import { eq, sql } from 'drizzle-orm';
import type { AccountSummary } from '../../contract/accounts';
import type { ParticipantScope, Role } from '../../contract/permissions';
import { first, prepared } from '../../db/query';
import { accounts, staff } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import { comparePolish } from '../../domain/text';

export type AccountRow = typeof accounts.$inferSelect;

export const loginKey = (login: string) => login.normalize('NFC').toLocaleLowerCase('pl');

export async function hasAnyAccount(tx: Tx): Promise<boolean> {
  return (await first(tx.select({ id: accounts.staffId }).from(accounts).limit(1))) !== undefined;
}

export function findAccountByLogin(tx: Tx, login: string): Promise<AccountRow | undefined> {
  return first(
    tx
      .select()
      .from(accounts)
      .where(eq(accounts.loginKey, loginKey(login))),
  );
}

export function findAccount(tx: Tx, staffId: number): Promise<AccountRow | undefined> {
  // Read by every request's session check: written once per connection.
  return first(
    prepared(tx, 'accounts.byStaffId', (q) =>
      q
        .select()
        .from(accounts)
        .where(eq(accounts.staffId, sql.placeholder('staffId'))),
    ).execute({ staffId }),
  );
}

export async function insertAccount(
  tx: Tx,
  fields: {
    staffId: number;
    login: string;
    passwordHash: string;
    roles: Role[];
    participantScope: ParticipantScope;
    mustChangePassword: boolean;
  },
): Promise<void> {
  await tx.insert(accounts).values({ ...fields, loginKey: loginKey(fields.login) });
}

/** `updatedAt`: the request's moment (ctx.now). */
export async function updateAccount(
  tx: Tx,
  staffId: number,
  fields: Partial<Omit<AccountRow, 'staffId' | 'createdAt' | 'updatedAt'>>,
  updatedAt: string,
): Promise<void> {
  const withKey = fields.login ? { ...fields, loginKey: loginKey(fields.login) } : fields;
  await tx
    .update(accounts)
    .set({ ...withKey, updatedAt })
    .where(eq(accounts.staffId, staffId));
}

/** Every staff member with their account, if they have one (a short list: sorted in code). */
export async function listAccounts(tx: Tx): Promise<AccountSummary[]> {
  const rows = await tx.select().from(staff).leftJoin(accounts, eq(accounts.staffId, staff.id));
  return rows
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

export async function accountSummary(tx: Tx, staffId: number): Promise<AccountSummary> {
  const found = (await listAccounts(tx)).find((a) => a.staffId === staffId);
  if (!found) throw new Error(`No staff member ${staffId}`);
  return found;
}
