import { eq } from 'drizzle-orm';
import { comparePolish } from '../../domain/text';
import type { StaffMember, StaffRole } from '../../contract/staff';
import type { Db } from '../../db/open';
import { staff } from '../../db/schema';

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

export function findStaff(db: Db, id: number): StaffMember | undefined {
  const row = db.select().from(staff).where(eq(staff.id, id)).get();
  return row && toMember(row);
}

export function listStaff(db: Db, includeInactive: boolean): StaffMember[] {
  const query = db.select().from(staff);
  const rows = (includeInactive ? query : query.where(eq(staff.active, true))).all();
  // A staff list is short: Polish order in code keeps the query dialect-neutral.
  return rows
    .map(toMember)
    .sort(
      (a, b) => comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName),
    );
}

export function insertStaff(db: Db, fields: Omit<StaffMember, 'id'>): StaffMember {
  return toMember(db.insert(staff).values(fields).returning().get());
}

export function updateStaffRow(db: Db, id: number, fields: Omit<StaffMember, 'id'>): StaffMember {
  return toMember(
    db
      .update(staff)
      .set({ ...fields, updatedAt: new Date().toISOString() })
      .where(eq(staff.id, id))
      .returning()
      .get(),
  );
}
