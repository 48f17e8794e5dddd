import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Instrument } from '../../contract/social-contracts';
import {
  INSTRUMENT_GROUPS,
  type InstrumentDefinition,
  type InstrumentGroup,
} from '../../domain/integration-instruments';
import { first } from '../../db/query';
import { instruments } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

type Row = typeof instruments.$inferSelect;
const toInstrument = (r: Row): Instrument => ({
  id: r.id,
  group: r.group as InstrumentGroup,
  name: r.name,
  active: r.active,
});

export async function listInstruments(tx: Tx, includeInactive: boolean): Promise<Instrument[]> {
  const query = tx.select().from(instruments);
  const rank = (i: Instrument) => INSTRUMENT_GROUPS.indexOf(i.group);
  // The domain's order of groups (social, educational, health, vocational), then as entered.
  const rows = await (includeInactive ? query : query.where(eq(instruments.active, true))).orderBy(
    asc(instruments.id),
  );
  return rows.map(toInstrument).sort((a, b) => rank(a) - rank(b));
}

export async function findInstruments(tx: Tx, ids: number[]): Promise<Instrument[]> {
  if (!ids.length) return [];
  const rows = await tx.select().from(instruments).where(inArray(instruments.id, ids));
  return rows.map(toInstrument);
}

export async function findInstrument(tx: Tx, id: number): Promise<Instrument | undefined> {
  const row = await first(tx.select().from(instruments).where(eq(instruments.id, id)));
  return row && toInstrument(row);
}

export async function insertInstrument(
  tx: Tx,
  values: Omit<Instrument, 'id'>,
): Promise<Instrument> {
  const [row] = await tx.insert(instruments).values(values).returning();
  return toInstrument(row!);
}

export async function updateInstrumentRow(
  tx: Tx,
  id: number,
  values: Omit<Instrument, 'id'>,
  updatedAt: string,
): Promise<Instrument> {
  const [row] = await tx
    .update(instruments)
    .set({ ...values, updatedAt })
    .where(eq(instruments.id, id))
    .returning();
  return toInstrument(row!);
}

/** Fills an empty catalogue with the usual instruments (a new database, or one from before it). */
export async function seedInstrumentCatalogue(
  tx: Tx,
  catalogue: InstrumentDefinition[],
): Promise<void> {
  const row = await first(tx.select({ n: sql<number>`count(*)` }).from(instruments));
  if ((row?.n ?? 0) === 0) await tx.insert(instruments).values(catalogue);
}
