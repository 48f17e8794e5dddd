import { asc, eq } from 'drizzle-orm';
import type { CourseProvider } from '../../contract/courses';
import { first } from '../../db/query';
import { courseProviders } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

type Row = typeof courseProviders.$inferSelect;
export type ProviderValues = Omit<CourseProvider, 'id'>;

const toProvider = ({ createdAt: _c, updatedAt: _u, ...row }: Row): CourseProvider => row;

export async function listProviders(tx: Tx): Promise<CourseProvider[]> {
  const rows = await tx.select().from(courseProviders).orderBy(asc(courseProviders.name));
  return rows.map(toProvider);
}

export async function findProvider(tx: Tx, id: number): Promise<CourseProvider | undefined> {
  const row = await first(tx.select().from(courseProviders).where(eq(courseProviders.id, id)));
  return row && toProvider(row);
}

export async function findProviderByNip(tx: Tx, nip: string): Promise<CourseProvider | undefined> {
  const row = await first(tx.select().from(courseProviders).where(eq(courseProviders.nip, nip)));
  return row && toProvider(row);
}

export async function insertProvider(tx: Tx, values: ProviderValues): Promise<number> {
  const [row] = await tx
    .insert(courseProviders)
    .values(values)
    .returning({ id: courseProviders.id });
  return row!.id;
}

export async function updateProviderRow(
  tx: Tx,
  id: number,
  values: ProviderValues,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(courseProviders)
    .set({ ...values, updatedAt })
    .where(eq(courseProviders.id, id));
}
