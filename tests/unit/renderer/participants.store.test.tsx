import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type {
  ParticipantRow,
  ParticipantSearchResult,
} from '../../../src-main/contract/participants';
import { ApiError, createApiClient } from '../../../src-renderer/api/client';
import { createStores, StoresProvider } from '../../../src-renderer/app/stores';
import { ParticipantListScreen } from '../../../src-renderer/features/participants/ParticipantListScreen';
import {
  createParticipantsStore,
  CRITERIA_STORAGE_KEY,
  INITIAL_CRITERIA,
} from '../../../src-renderer/features/participants/participants.store';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

const row = (id: number, lastName: string): ParticipantRow => ({
  id,
  firstName: 'Anna',
  lastName,
  pesel: null,
  documentNumber: 'AB12345',
  sex: 'K',
  birthDate: '1980-01-01',
  locality: 'Radom',
  socialWorkerName: null,
});
const result = (...rows: ParticipantRow[]): ParticipantSearchResult => ({
  rows,
  total: rows.length,
  page: 1,
  pageSize: 25,
});

async function renderList() {
  const transport = createFakeTransport({
    'participants.search': (input) =>
      input.query === 'luk'
        ? {
            ...result(row(1, 'Żółkiewski')),
            rows: [{ ...row(1, 'Żółkiewski'), birthDate: '1944-05-14' }],
          }
        : result(),
    'projects.list': () => [],
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <StoresProvider value={createStores(createApiClient(transport))}>
        <App>
          <MemoryRouter>
            <ParticipantListScreen />
          </MemoryRouter>
        </App>
      </StoresProvider>,
    ),
  );
  return { transport, container, unmount: () => act(() => root.unmount()) };
}

/** Types as React sees it: the native value setter, then an input event. */
function typeInto(input: HTMLInputElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function waitFor(check: () => void, timeoutMs = 2000) {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
      await act(() => new Promise((r) => setTimeout(r, 25)));
    }
  }
}

// The list's criteria are kept in sessionStorage; every test starts without them.
beforeEach(() => sessionStorage.clear());

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  const store = createParticipantsStore(createApiClient(transport));
  return { transport, store };
}

describe('participants store: search', () => {
  it('keeps the answer to the latest request when an older one arrives later', async () => {
    const answers = new Map([
      ['k', deferred<ParticipantSearchResult>()],
      ['kow', deferred<ParticipantSearchResult>()],
    ]);
    const { store } = setup({
      'participants.search': (input) => answers.get(input.query ?? '')!.promise,
    });

    const older = store.getState().search({ query: 'k' });
    const newer = store.getState().search({ query: 'kow' });
    answers.get('kow')!.resolve(result(row(2, 'Kowalska')));
    await newer;
    answers.get('k')!.resolve(result(row(1, 'Kaczmarek'), row(2, 'Kowalska')));
    await older;

    const state = store.getState();
    expect(state.rows.map((r) => r.lastName)).toEqual(['Kowalska']);
    expect(state.total).toBe(1);
    expect(state.criteria.query).toBe('kow');
    expect(state.loading).toBe(false);
  });

  it('ignores a stale failure too', async () => {
    const first = deferred<ParticipantSearchResult>();
    let n = 0;
    const { store } = setup({
      'participants.search': () => (++n === 1 ? first.promise : result(row(1, 'Nowak'))),
    });
    const older = store.getState().search({ query: 'a' });
    await store.getState().search({ query: 'ab' });
    first.reject(new AppError('internal', 'Błąd'));
    await older;
    expect(store.getState().error).toBeNull();
    expect(store.getState().rows).toHaveLength(1);
  });

  it('puts the Polish message of a failure in error and stops loading', async () => {
    const { store } = setup({
      'participants.search': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().search({ query: 'x' });
    expect(store.getState()).toMatchObject({ error: 'Wystąpił błąd programu', loading: false });
  });

  it('starts from page 1 when a filter changes, keeps the filters when paging', async () => {
    const { store, transport } = setup({ 'participants.search': () => result() });
    await store.getState().search({ page: 3 });
    await store.getState().search({ projectId: 7 });
    await store.getState().search({ page: 2 });
    await store.getState().search({ projectId: undefined, sort: 'birthDate', dir: 'desc' });
    expect(transport.calls.map((c) => c.input)).toEqual([
      expect.objectContaining({ page: 3 }),
      expect.objectContaining({ page: 1, projectId: 7 }),
      expect.objectContaining({ page: 2, projectId: 7 }),
      expect.objectContaining({ page: 1, projectId: undefined, sort: 'birthDate', dir: 'desc' }),
    ]);
  });
});

describe('participants store: clearing the filters', () => {
  it('clears the search text and every filter, keeps the sort and page size', async () => {
    const { store, transport } = setup({ 'participants.search': () => result() });
    await store.getState().search({
      query: 'nowak',
      projectId: 3,
      status: 'participant',
      socialWorkerId: 4,
      exclusionReason: 'unemployment',
      sort: 'birthDate',
      dir: 'desc',
      pageSize: 50,
    });
    await store.getState().search({ page: 3 });

    await store.getState().clearFilters();

    expect(store.getState().criteria).toEqual({
      ...INITIAL_CRITERIA,
      sort: 'birthDate',
      dir: 'desc',
      pageSize: 50,
    });
    expect(transport.calls.at(-1)?.input).toEqual({
      query: '',
      sort: 'birthDate',
      dir: 'desc',
      page: 1,
      pageSize: 50,
    });
  });
});

describe('participants store: who holds a number', () => {
  it('asks the core, naming the person being edited only when there is one', async () => {
    const holder = { id: 2, firstName: 'Anna', lastName: 'Kowalska', matchedBy: 'pesel' } as const;
    const { store, transport } = setup({ 'participants.findByIdentity': () => [holder] });
    expect(await store.getState().findIdentityHolders({ pesel: '44051401359' })).toEqual([holder]);
    await store.getState().findIdentityHolders({ documentNumber: 'FA123456' }, 7);
    expect(transport.calls.map((c) => c.input)).toEqual([
      { pesel: '44051401359' },
      { documentNumber: 'FA123456', exceptId: 7 },
    ]);
  });
});

describe('participants store: criteria kept for the session', () => {
  it('keeps the search text, filters, sort and page across a new store (a reload)', async () => {
    const first = setup({ 'participants.search': () => result() }).store;
    await first.getState().search({ query: 'nowak', projectId: 3, sort: 'birthDate', dir: 'desc' });
    await first.getState().search({ page: 2 });
    first.setState({ rows: [row(1, 'Nowak')], total: 30 });

    const stored = JSON.parse(sessionStorage.getItem(CRITERIA_STORAGE_KEY)!) as {
      state: Record<string, unknown>;
    };
    expect(Object.keys(stored.state)).toEqual(['criteria']); // never the rows themselves

    const { store, transport } = setup({ 'participants.search': () => result() });
    expect(store.getState().criteria).toEqual({
      ...INITIAL_CRITERIA,
      query: 'nowak',
      projectId: 3,
      sort: 'birthDate',
      dir: 'desc',
      page: 2,
    });
    expect(store.getState().rows).toEqual([]);
    await store.getState().search();
    expect(transport.calls[0]?.input).toMatchObject({ query: 'nowak', projectId: 3, page: 2 });
  });

  it('starts afresh when what is stored is not valid criteria', () => {
    sessionStorage.setItem(
      CRITERIA_STORAGE_KEY,
      JSON.stringify({ state: { criteria: { query: 'x', sort: 'pesel', page: -1 } }, version: 0 }),
    );
    expect(setup().store.getState().criteria).toEqual(INITIAL_CRITERIA);
  });
});

describe('participants store: one participant', () => {
  it('rethrows invalid_input with its issues so the form can show them', async () => {
    const { store } = setup({
      'participants.create': () => {
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
          issues: [{ path: ['pesel'], message: 'Nieprawidłowa cyfra kontrolna numeru PESEL' }],
        });
      },
    });
    const error = await store
      .getState()
      .save({} as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues[0]?.message).toBe(
      'Nieprawidłowa cyfra kontrolna numeru PESEL',
    );
    expect(store.getState().saving).toBe(false);
  });

  it('updates through participants.update when an id is given', async () => {
    const saved = { id: 5, firstName: 'Jan' } as never;
    const { store, transport } = setup({ 'participants.update': () => saved });
    await store.getState().save({ firstName: 'Jan' } as never, 5);
    expect(transport.calls[0]).toEqual({
      channel: 'participants.update',
      input: { id: 5, participant: { firstName: 'Jan' } },
    });
    expect(store.getState().current).toBe(saved);
  });

  it('reports a missing participant on the card', async () => {
    const { store } = setup({
      'participants.get': () => {
        throw new AppError('not_found', 'Nie znaleziono uczestnika');
      },
    });
    await store.getState().loadOne(9);
    expect(store.getState()).toMatchObject({
      current: null,
      currentError: 'Nie znaleziono uczestnika',
    });
  });

  it('loads the audit trail of the participant', async () => {
    const entry = {
      id: 1,
      at: '2026-03-01T10:00:00Z',
      actorName: 'Ewa Nowak',
      channel: 'participants.update',
      entity: 'participant' as const,
      entityId: 4,
      action: 'update' as const,
      changedFields: ['phone'],
    };
    const { store, transport } = setup({ 'audit.forEntity': () => [entry] });
    await store.getState().loadAudit(4);
    expect(transport.calls[0]?.input).toEqual({ entity: 'participant', entityId: 4 });
    expect(store.getState().audit).toEqual([entry]);
  });
});

describe('participant list screen', () => {
  it('searches once the worker stops typing, and shows the count and rows', async () => {
    const { transport, unmount, container } = await renderList();
    const searchBox = container.querySelector<HTMLInputElement>(
      'input[aria-label="Szukaj uczestnika"]',
    )!;
    for (const text of ['l', 'lu', 'luk']) typeInto(searchBox, text);
    await waitFor(() => expect(container.textContent).toContain('Znaleziono: 1'));

    const queries = transport.calls
      .filter((c) => c.channel === 'participants.search')
      .map((c) => (c.input as { query: string }).query);
    expect(queries).toEqual(['', 'luk']);
    expect(container.textContent).toContain('Żółkiewski');
    expect(container.textContent).toContain('14.05.1944');
    unmount();
  });

  it('shows no summary of filters while none is set', async () => {
    const { unmount, container } = await renderList();
    expect(container.querySelector('[aria-label="Aktywne filtry"]')).toBeNull();
    unmount();
  });

  it('lists the active filters and clears them all with one button', async () => {
    sessionStorage.setItem(
      CRITERIA_STORAGE_KEY,
      JSON.stringify({
        state: {
          criteria: {
            ...INITIAL_CRITERIA,
            query: 'radom',
            status: 'participant',
            exclusionReason: 'unemployment',
          },
        },
        version: 0,
      }),
    );
    const { transport, unmount, container } = await renderList();
    const summary = () => container.querySelector('[aria-label="Aktywne filtry"]');
    await waitFor(() => expect(summary()).not.toBeNull());
    expect(summary()!.textContent).toContain('Szukane: „radom”');
    expect(summary()!.textContent).toContain('Status w projekcie: Uczestnik');
    expect(summary()!.textContent).toContain('Przesłanka wykluczenia: Bezrobocie');
    expect(summary()!.textContent).not.toContain('Projekt:');

    const clear = [...summary()!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Wyczyść filtry',
    )!;
    act(() => clear.click());

    await waitFor(() => expect(summary()).toBeNull());
    const searchBox = container.querySelector<HTMLInputElement>(
      'input[aria-label="Szukaj uczestnika"]',
    )!;
    expect(searchBox.value).toBe('');
    expect(transport.calls.at(-1)).toEqual({
      channel: 'participants.search',
      input: { ...INITIAL_CRITERIA },
    });
    unmount();
  });
});
