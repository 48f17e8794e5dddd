import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Instrument } from '../../contract/social-contracts';
import {
  INSTRUMENT_GROUPS,
  type InstrumentDefinition,
  type InstrumentGroup,
} from '../../domain/integration-instruments';
import type { Db } from '../../db/open';
import { instruments } from '../../db/schema';

type Row = typeof instruments.$inferSelect;
const toInstrument = (r: Row): Instrument => ({
  id: r.id,
  group: r.group as InstrumentGroup,
  name: r.name,
  active: r.active,
});

export function listInstruments(db: Db, includeInactive: boolean): Instrument[] {
  const query = db.select().from(instruments);
  const rank = (i: Instrument) => INSTRUMENT_GROUPS.indexOf(i.group);
  // The domain's order of groups (social, educational, health, vocational), then as entered.
  return (includeInactive ? query : query.where(eq(instruments.active, true)))
    .orderBy(asc(instruments.id))
    .all()
    .map(toInstrument)
    .sort((a, b) => rank(a) - rank(b));
}

export function findInstruments(db: Db, ids: number[]): Instrument[] {
  if (!ids.length) return [];
  return db.select().from(instruments).where(inArray(instruments.id, ids)).all().map(toInstrument);
}

export function findInstrument(db: Db, id: number): Instrument | undefined {
  const row = db.select().from(instruments).where(eq(instruments.id, id)).get();
  return row && toInstrument(row);
}

export function insertInstrument(db: Db, values: Omit<Instrument, 'id'>): Instrument {
  return toInstrument(db.insert(instruments).values(values).returning().get());
}

export function updateInstrumentRow(
  db: Db,
  id: number,
  values: Omit<Instrument, 'id'>,
): Instrument {
  return toInstrument(
    db
      .update(instruments)
      .set({ ...values, updatedAt: new Date().toISOString() })
      .where(eq(instruments.id, id))
      .returning()
      .get(),
  );
}

/** Fills an empty catalogue with the usual instruments (a new database, or one from before it). */
export function seedInstrumentCatalogue(db: Db, catalogue: InstrumentDefinition[]): void {
  const n =
    db
      .select({ n: sql<number>`count(*)` })
      .from(instruments)
      .get()?.n ?? 0;
  if (n === 0) db.insert(instruments).values(catalogue).run();
}
