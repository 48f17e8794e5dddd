import { eq, or, sql } from 'drizzle-orm';
import type { Participant, ParticipantFields } from '../../contract/participants';
import type { ExclusionReason } from '../../domain/exclusion';
import { prepared, rawRun } from '../../db/query';
import {
  participantExclusionReasons,
  participantSearchSuffixes,
  participantSearchTokens,
  participants,
  staff,
} from '../../db/schema';
import type { Tx } from '../../db/unit-of-work';
import { tokensOf, toColumns, toParticipant } from './participants.mapping';
import { searchSuffixes } from './participants.suffixes';

const workerName = sql<string | null>`${staff.firstName} || ' ' || ${staff.lastName}`;
const p = sql.placeholder;

/*
 * The queries a person's write runs (and bulk work — the seed, an import — runs thousands of
 * times in one unit) are written once per connection (db/query.ts `prepared`); their values
 * are placeholders, one per column or row, so a query's name says how many rows it writes.
 */

/** Placeholders named as the keys of `values` that have a value (undefined: the default). */
function placeholders<T extends object>(values: T): { [K in keyof T]: ReturnType<typeof p> } {
  const named: Record<string, ReturnType<typeof p>> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) named[key] = p(key);
  return named as { [K in keyof T]: ReturnType<typeof p> };
}

/** The keys of `values` that have a value: what a prepared insert's text depends on. */
const definedKeys = (values: object) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .join(',');

export async function findParticipant(tx: Tx, id: number): Promise<Participant | undefined> {
  const [row] = await prepared(tx, 'participants.byId', (q) =>
    q
      .select({ p: participants, workerName })
      .from(participants)
      .leftJoin(staff, eq(staff.id, participants.socialWorkerId))
      .where(eq(participants.id, p('id'))),
  ).execute({ id });
  if (!row) return undefined;
  const reasons = await prepared(tx, 'participants.reasonsOf', (q) =>
    q
      .select({ reason: participantExclusionReasons.reason })
      .from(participantExclusionReasons)
      .where(eq(participantExclusionReasons.participantId, p('id'))),
  ).execute({ id });
  return toParticipant(
    row.p,
    reasons.map((r) => r.reason as ExclusionReason),
    row.workerName,
  );
}

/** The records that already hold this PESEL or this document number (at most one each). */
export async function findByIdentity(
  tx: Tx,
  identity: Pick<ParticipantFields, 'pesel' | 'documentNumber'>,
) {
  const { pesel, documentNumber } = identity;
  if (!pesel && !documentNumber) return [];
  const shape = `${pesel ? 'pesel' : ''}|${documentNumber ? 'document' : ''}`;
  return prepared(tx, `participants.byIdentity:${shape}`, (q) =>
    q
      .select({
        id: participants.id,
        firstName: participants.firstName,
        lastName: participants.lastName,
        pesel: participants.pesel,
      })
      .from(participants)
      .where(
        or(
          pesel ? eq(participants.pesel, p('pesel')) : undefined,
          documentNumber ? eq(participants.documentNumber, p('documentNumber')) : undefined,
        ),
      ),
  ).execute({ pesel, documentNumber });
}

/**
 * Rewrites the rows that hang off a participant: reasons of exclusion, search words and their
 * suffixes (which carry the surname sort key). Callers run it in the write's transaction.
 */
async function replaceDerivedRows(
  tx: Tx,
  participantId: number,
  fields: ParticipantFields,
): Promise<void> {
  const self = { participantId };
  await prepared(tx, 'participants.deleteReasons', (q) =>
    q
      .delete(participantExclusionReasons)
      .where(eq(participantExclusionReasons.participantId, p('participantId'))),
  ).execute(self);
  const reasons = [...new Set(fields.exclusionReasons)];
  if (reasons.length)
    await prepared(tx, `participants.insertReasons:${reasons.length}`, (q) =>
      q
        .insert(participantExclusionReasons)
        .values(reasons.map((_, i) => ({ participantId: p('participantId'), reason: p(`r${i}`) }))),
    ).execute({ participantId, ...Object.fromEntries(reasons.map((r, i) => [`r${i}`, r])) });
  await prepared(tx, 'participants.deleteTokens', (q) =>
    q
      .delete(participantSearchTokens)
      .where(eq(participantSearchTokens.participantId, p('participantId'))),
  ).execute(self);
  const words = tokensOf(fields);
  await prepared(tx, `participants.insertTokens:${words.length}`, (q) =>
    q
      .insert(participantSearchTokens)
      .values(words.map((_, i) => ({ participantId: p('participantId'), token: p(`w${i}`) }))),
  ).execute({ participantId, ...Object.fromEntries(words.map((w, i) => [`w${i}`, w])) });
  await prepared(tx, 'participants.deleteSuffixes', (q) =>
    q
      .delete(participantSearchSuffixes)
      .where(eq(participantSearchSuffixes.participantId, p('participantId'))),
  ).execute(self);
  const { sortKey } = toColumns(fields);
  const rows = searchSuffixes(words).map((r) => [
    wellFormed(r.suffix),
    r.sharedWithPrevious,
    r.sharedWithWord,
  ]);
  // All of a person's rows (≈50) in one statement of one text, whatever their number.
  if (rows.length)
    await rawRun(tx, {
      sql: INSERT_SUFFIXES,
      params: [participantId, sortKey, JSON.stringify(rows)],
    });
}

/**
 * A lone UTF-16 surrogate as U+FFFD, as SQLite stores a bound string: through JSON it would be
 * stored as invalid UTF-8, and the suffix rows would disagree with the tokens bound directly.
 */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

/** A person's suffix rows from one JSON array of [suffix, sharedWithPrevious, sharedWithWord]. */
const INSERT_SUFFIXES =
  'insert into "participant_search_suffixes" ' +
  '("suffix", "participant_id", "sort_key", "shared_with_previous", "shared_with_word") ' +
  'select value ->> 0, ?, ?, value ->> 1, value ->> 2 from json_each(?)';

export async function insertParticipant(tx: Tx, fields: ParticipantFields): Promise<number> {
  const columns = toColumns(fields);
  const [row] = await prepared(tx, `participants.insert:${definedKeys(columns)}`, (q) =>
    q
      .insert(participants)
      .values(placeholders(columns) as unknown as typeof columns)
      .returning({ id: participants.id }),
  ).execute(columns);
  const { id } = row!;
  await replaceDerivedRows(tx, id, fields);
  return id;
}

export async function updateParticipantRow(
  tx: Tx,
  id: number,
  fields: ParticipantFields,
  updatedAt: string,
): Promise<void> {
  await tx
    .update(participants)
    .set({ ...toColumns(fields), updatedAt })
    .where(eq(participants.id, id));
  await replaceDerivedRows(tx, id, fields);
}
