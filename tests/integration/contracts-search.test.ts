import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-main/contract';
import { generatePesel } from '../../src-main/domain/pesel';
import { contractWorld, createDraft, createSigned, type ContractWorld } from '../support/contracts';
import { useTestApp, validParticipant } from '../support/test-app';

const app = useTestApp();

const EWA_PESEL = generatePesel('1985-06-20', 'K', 401);

let w: ContractWorld;
let ids: Record<'C1' | 'C2' | 'C3' | 'C4', number>;

/**
 * Four contracts:
 *   C1 draft         Jan Kowalski
 *   C2 KS/2026/0001  Jan Kowalski
 *   C3 KS/2026/0002  Ewa Zięba
 *   C4 KS/2026/0003  Łucja Łapińska-Żak
 */
beforeEach(async () => {
  w = await contractWorld(app());
  const person = async (firstName: string, lastName: string, pesel?: string) =>
    (
      await app().call(
        'participants.create',
        validParticipant({
          firstName,
          lastName,
          sex: 'K',
          birthDate: '1985-06-20',
          ...(pesel ? { pesel } : {}),
        }),
      )
    ).id;
  const ewa = await person('Ewa', 'Zięba', EWA_PESEL);
  const lucja = await person('Łucja', 'Łapińska-Żak');
  ids = {
    C1: (await createDraft(app(), w)).id,
    C2: (await createSigned(app(), w)).id,
    C3: (await createSigned(app(), w, {}, { participantId: ewa })).id,
    C4: (await createSigned(app(), w, {}, { participantId: lucja })).id,
  };
});

/** Names (C1…C4) of the contracts listed, sorted; checks `total` agrees. */
async function listed(filter: ChannelInput<'contracts.list'>): Promise<string[]> {
  const { rows, total } = await app().call('contracts.list', filter);
  expect(total).toBe(rows.length);
  const name = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows.map((r) => name.get(r.id)!).sort();
}

describe('contracts.list query — by the person', () => {
  it.each([
    ['kowalski', ['C1', 'C2']],
    ['KOWAL', ['C1', 'C2']],
    ['jan kow', ['C1', 'C2']],
    ['Kowalski Jan', ['C1', 'C2']],
    ['zieba', ['C3']],
    ['Zięba', ['C3']],
    ['lapinska', ['C4']], // ł and ń without diacritics
    ['zak', ['C4']], // the second part of a double surname
    ['lucja lapinska-zak', ['C4']],
    ['ewa kowalski', []], // every word must fit the same person
    ['nowakowska', []],
  ])('%j → %j', async (query, expected) => {
    expect(await listed({ query })).toEqual(expected);
  });

  it('by the beginning of the PESEL', async () => {
    expect(await listed({ query: EWA_PESEL })).toEqual(['C3']);
    expect(await listed({ query: EWA_PESEL.slice(0, 6) })).toEqual(['C3', 'C4']); // same birth date
  });
});

describe('contracts.list query — by the number', () => {
  it.each([
    ['0002', ['C3']],
    ['KS/2026/0003', ['C4']],
    ['ks/2026/0003', ['C4']],
    [' KS/2026/0001 ', ['C2']],
    ['2026/000', ['C2', 'C3', 'C4']], // a draft has no number yet
    ['KS/2025', []],
    ['%', []],
    ['_', []],
  ])('%j → %j', async (query, expected) => {
    expect(await listed({ query })).toEqual(expected);
  });
});

describe('contracts.list query — with the other criteria', () => {
  it('combines with the filters and pages with the total of all matches', async () => {
    expect(await listed({ query: 'kowalski', status: 'draft' })).toEqual(['C1']);
    expect(await listed({ query: 'kowalski', status: 'signed' })).toEqual(['C2']);
    expect(await listed({ query: 'zieba', participantId: w.participantId })).toEqual([]);
    const page = await app().call('contracts.list', { query: 'kowalski', pageSize: 1, page: 2 });
    expect([page.rows.length, page.total]).toEqual([1, 2]);
  });

  it('lists everything for an empty or blank query', async () => {
    expect(await listed({ query: '' })).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(await listed({ query: '   ' })).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('refuses a query too long or not text, writing nothing', async () => {
    const before = app().counts();
    const long = await app().fail('contracts.list', { query: 'a'.repeat(101) }, 'invalid_input');
    expect(long.issues!.map((i) => i.path)).toEqual([['query']]);
    const number = await app().fail('contracts.list', { query: 7 }, 'invalid_input');
    expect(number.issues!.map((i) => i.path)).toEqual([['query']]);
    expect(app().counts()).toEqual(before);
  });
});
