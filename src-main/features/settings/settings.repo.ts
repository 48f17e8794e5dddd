import { eq, sql } from 'drizzle-orm';
import { first, prepared } from '../../db/query';
import { settings } from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';

export async function readSetting<T>(tx: Tx, key: string): Promise<T | null> {
  // Read by every request (the office's settings): written once per connection.
  const row = await first(
    prepared(tx, 'settings.byKey', (q) =>
      q
        .select()
        .from(settings)
        .where(eq(settings.key, sql.placeholder('key'))),
    ).execute({ key }),
  );
  return row ? (row.value as T) : null;
}

export async function deleteSetting(tx: Tx, key: string): Promise<void> {
  await tx.delete(settings).where(eq(settings.key, key));
}

export async function writeSetting(tx: Tx, key: string, value: unknown): Promise<void> {
  await tx
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } });
}
