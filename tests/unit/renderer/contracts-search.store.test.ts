import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src-renderer/api/client';
import {
  createContractsStore,
  INITIAL_CONTRACT_CRITERIA,
  listInput,
} from '../../../src-renderer/features/contracts/contracts.store';
import { createFakeTransport, type FakeHandlers } from '../../support/fake-transport';

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  return { transport, store: createContractsStore(createApiClient(transport)) };
}

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
