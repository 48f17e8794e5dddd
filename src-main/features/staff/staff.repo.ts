import { eq, sql } from 'drizzle-orm';
import { comparePolish } from '../../domain/text';
import type { StaffMember, StaffRole } from '../../contract/staff';
import { first, prepared } from '../../db/query';
import { staff } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

type Row = typeof staff.$inferSelect;

function toMember(r: Row): StaffMember {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    role: r.role as StaffRole,
    phone: r.phone,
    active: r.active,
  };
}

export function staffName(m: { firstName: string; lastName: string }): string {
  return `${m.firstName} ${m.lastName}`;
}

export async function findStaff(tx: Tx, id: number): Promise<StaffMember | undefined> {
  // Read by every request's session check: written once per connection.
  const row = await first(
    prepared(tx, 'staff.byId', (q) =>
      q
        .select()
        .from(staff)
        .where(eq(staff.id, sql.placeholder('id'))),
    ).execute({ id }),
  );
  return row && toMember(row);
}

export async function listStaff(tx: Tx, includeInactive: boolean): Promise<StaffMember[]> {
  const query = tx.select().from(staff);
  const rows = await (includeInactive ? query : query.where(eq(staff.active, true)));
  // A staff list is short: Polish order in code keeps the query dialect-neutral.
  return rows
    .map(toMember)
    .sort(
      (a, b) => comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName),
    );
}

export async function insertStaff(tx: Tx, fields: Omit<StaffMember, 'id'>): Promise<StaffMember> {
  const [row] = await tx.insert(staff).values(fields).returning();
  return toMember(row!);
}

export async function updateStaffRow(
  tx: Tx,
  id: number,
  fields: Omit<StaffMember, 'id'>,
  updatedAt: string,
): Promise<StaffMember> {
  const [row] = await tx
    .update(staff)
    .set({ ...fields, updatedAt })
    .where(eq(staff.id, id))
    .returning();
  return toMember(row!);
}
