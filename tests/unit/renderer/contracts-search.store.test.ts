import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type {
  ParticipantRow,
  ParticipantSearchResult,
} from '../../../src-main/contract/participants';
import { createApiClient } from '../../../src-renderer/api/client';
import {
  createContractsStore,
  INITIAL_CONTRACT_CRITERIA,
  listInput,
} from '../../../src-renderer/features/contracts/contracts.store';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  return { transport, store: createContractsStore(createApiClient(transport)) };
}

const person = (id: number, lastName: string): ParticipantRow => ({
  id,
  firstName: 'Anna',
  lastName,
  pesel: '85110212345',
  documentNumber: null,
  sex: 'K',
  birthDate: '1985-11-02',
  locality: 'Radom',
  socialWorkerName: null,
});
const found = (...rows: ParticipantRow[]): ParticipantSearchResult => ({
  rows,
  total: rows.length,
  page: 1,
  pageSize: 20,
});

describe('contracts store: the search box', () => {
  it('sends the query trimmed, and none while it is blank', () => {
    expect(INITIAL_CONTRACT_CRITERIA.query).toBe('');
    expect(listInput({ ...INITIAL_CONTRACT_CRITERIA, query: '   ' })).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(
      listInput({ ...INITIAL_CONTRACT_CRITERIA, query: ' KS/2026 ', status: 'signed' }),
    ).toEqual({ query: 'KS/2026', status: 'signed', page: 1, pageSize: 25 });
  });

  it('starts again from page 1 when the query changes', async () => {
    const { store, transport } = setup({ 'contracts.list': () => ({ rows: [], total: 60 }) });
    await store.getState().search({ page: 3 });
    await store.getState().search({ query: 'kowal' });
    expect(store.getState().criteria).toMatchObject({ query: 'kowal', page: 1 });
    expect(transport.calls.at(-1)?.input).toEqual({ query: 'kowal', page: 1, pageSize: 25 });
  });
});

describe('contracts store: the person of a new contract', () => {
  it('finds people through the participant search, at most 20', async () => {
    const { store, transport } = setup({
      'participants.search': () => found(person(1, 'Kowalska')),
    });
    await store.getState().findCandidates('kowal');
    expect(transport.calls).toEqual([
      { channel: 'participants.search', input: { query: 'kowal', pageSize: 20 } },
    ]);
    expect(store.getState()).toMatchObject({
      candidates: [person(1, 'Kowalska')],
      candidatesLoading: false,
      candidatesError: null,
    });
  });

  it('keeps the answer to the latest question when answers come out of order', async () => {
    const answers = new Map([
      ['k', deferred<ParticipantSearchResult>()],
      ['kow', deferred<ParticipantSearchResult>()],
    ]);
    const { store } = setup({
      'participants.search': (input) => answers.get(input.query ?? '')!.promise,
    });
    const older = store.getState().findCandidates('k');
    const newer = store.getState().findCandidates('kow');
    answers.get('kow')!.resolve(found(person(2, 'Kowalska')));
    await newer;
    answers.get('k')!.resolve(found(person(1, 'Kaczmarek'), person(2, 'Kowalska')));
    await older;
    expect(store.getState().candidates.map((p) => p.lastName)).toEqual(['Kowalska']);
    expect(store.getState().candidatesLoading).toBe(false);
  });

  it('keeps the core message when people cannot be looked up', async () => {
    const { store } = setup({
      'participants.search': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().findCandidates('x');
    expect(store.getState()).toMatchObject({
      candidatesLoading: false,
      candidatesError: 'Wystąpił błąd programu',
    });
  });
});
