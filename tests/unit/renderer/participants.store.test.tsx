import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type {
  ParticipantInput,
  ParticipantRow,
  ParticipantSearchResult,
} from '../../../src-main/contract/participants';
import { CHANGE_DELAY_MS } from '../../../src-renderer/api/changes';
import { ApiError, createApiClient } from '../../../src-renderer/api/client';
import { createStores, StoresProvider } from '../../../src-renderer/app/stores';
import { ParticipantListScreen } from '../../../src-renderer/features/participants/ParticipantListScreen';
import { installAccessibilityFixes } from '../../../src-renderer/ui/accessibility';
import { SEARCH_PAUSE_MS } from '../../../src-renderer/ui/typing-pause';
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
/** The least a valid participant needs (PESEL 44051401359 is a man born 1944-05-14). */
const JAN: ParticipantInput = {
  firstName: 'Jan',
  lastName: 'Kowalski',
  pesel: '44051401359',
  sex: 'M',
  birthDate: '1944-05-14',
  address: {
    voivodeship: 'warmińsko-mazurskie',
    county: 'bartoszycki',
    commune: 'Bartoszyce',
    locality: 'Bartoszyce',
    houseNumber: '7',
    postalCode: '11-200',
    areaType: 'urban',
  },
};
const result = (...rows: ParticipantRow[]): ParticipantSearchResult => ({
  rows,
  total: rows.length,
  page: 1,
  pageSize: 25,
});

async function renderList(searched?: FakeHandlers['participants.search']) {
  const transport = createFakeTransport({
    'participants.search':
      searched ??
      ((input) =>
        input.query === 'luk'
          ? {
              ...result(row(1, 'Żółkiewski')),
              rows: [{ ...row(1, 'Żółkiewski'), birthDate: '1944-05-14' }],
            }
          : result()),
    'projects.list': () => [],
  });
  const container = document.createElement('div');
  document.body.append(container);
  installAccessibilityFixes(container);
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

describe('participants store: finding people for a picker', () => {
  it('finds people through the participant search, at most 20', async () => {
    const { store, transport } = setup({
      'participants.search': () => result(row(1, 'Kowalska')),
    });
    await store.getState().find('kowal');
    expect(transport.calls).toEqual([
      { channel: 'participants.search', input: { query: 'kowal', pageSize: 20 } },
    ]);
    expect(store.getState()).toMatchObject({
      found: [row(1, 'Kowalska')],
      findLoading: false,
      findError: null,
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
    const older = store.getState().find('k');
    const newer = store.getState().find('kow');
    answers.get('kow')!.resolve(result(row(2, 'Kowalska')));
    await newer;
    answers.get('k')!.resolve(result(row(1, 'Kaczmarek'), row(2, 'Kowalska')));
    await older;
    expect(store.getState().found.map((p) => p.lastName)).toEqual(['Kowalska']);
    expect(store.getState().findLoading).toBe(false);
  });

  it('keeps the core message when people cannot be looked up', async () => {
    const { store } = setup({
      'participants.search': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().find('x');
    expect(store.getState()).toMatchObject({
      findLoading: false,
      findError: 'Wystąpił błąd programu',
    });
  });
});

describe('participants store: what another window changed', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the list again once per burst of changes to what it shows, with the same criteria', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({ 'participants.search': () => result(row(1, 'Nowak')) });
    await store.getState().search({ query: 'now', page: 1 });
    const stop = store.getState().watchList();
    transport.emit('db.changed', { entity: 'participants' });
    transport.emit('db.changed', { entity: 'enrolments' });
    transport.emit('db.changed', { entity: 'instruments' }); // not shown on the list
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(transport.calls).toHaveLength(2);
    expect(transport.calls[1]!.input).toMatchObject({ query: 'now', page: 1 });
    transport.emit('db.changed', { entity: 'instruments' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(transport.calls).toHaveLength(2);
    stop();
    transport.emit('db.changed', { entity: 'participants' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(transport.calls).toHaveLength(2);
  });

  it('reads the card again, and its history, for the person shown', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({
      'participants.get': (input) => ({ id: input.id, firstName: 'Jan' }) as never,
      'audit.forEntity': () => ({ rows: [], total: 0 }),
    });
    await store.getState().loadOne(5);
    const stop = store.getState().watchCard();
    transport.emit('db.changed', { entity: 'participants' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    stop();
    expect(transport.calls.map((c) => c.channel)).toEqual([
      'participants.get',
      'participants.get',
      'audit.forEntity',
    ]);
    expect(transport.calls[1]!.input).toEqual({ id: 5 });
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
    // Refused by the channel's schema, as the core refuses it: no handler is reached.
    const { store } = setup();
    const error = await store
      .getState()
      .save({ ...JAN, pesel: '44051401358' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues).toEqual([
      { path: ['pesel'], message: 'Nieprawidłowa cyfra kontrolna numeru PESEL' },
    ]);
    expect(store.getState().saving).toBe(false);
  });

  it('updates through participants.update when an id is given', async () => {
    const saved = { id: 5, firstName: 'Jan' } as never;
    const { store, transport } = setup({ 'participants.update': () => saved });
    await store.getState().save(JAN, 5);
    expect(transport.calls[0]).toEqual({
      channel: 'participants.update',
      input: { id: 5, participant: JAN },
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
    const { store, transport } = setup({ 'audit.forEntity': () => ({ rows: [entry], total: 31 }) });
    await store.getState().loadAudit(4);
    // The first page of changes: the core leaves the views out.
    expect(transport.calls[0]?.input).toEqual({
      entity: 'participant',
      entityId: 4,
      page: 1,
      pageSize: 10,
      includeViews: false,
    });
    expect(store.getState()).toMatchObject({
      audit: [entry],
      auditTotal: 31,
      auditOf: 4,
      auditLoading: false,
    });
  });

  it('asks the core for another page, and for the views from page 1', async () => {
    const { store, transport } = setup({ 'audit.forEntity': () => ({ rows: [], total: 31 }) });
    await store.getState().loadAudit(4);
    await store.getState().pageAudit({ page: 3 });
    await store.getState().pageAudit({ includeViews: true });
    await store.getState().pageAudit({ page: 2, pageSize: 20 });
    // Another person's card starts again: first page, changes only.
    await store.getState().loadAudit(5);
    expect(transport.calls.map((c) => c.input)).toEqual([
      { entity: 'participant', entityId: 4, page: 1, pageSize: 10, includeViews: false },
      { entity: 'participant', entityId: 4, page: 3, pageSize: 10, includeViews: false },
      { entity: 'participant', entityId: 4, page: 1, pageSize: 10, includeViews: true },
      { entity: 'participant', entityId: 4, page: 2, pageSize: 20, includeViews: true },
      { entity: 'participant', entityId: 5, page: 1, pageSize: 10, includeViews: false },
    ]);
  });

  it('shows the page asked for last when an older page arrives later', async () => {
    type Page = { rows: never[]; total: number };
    const answers = [deferred<Page>(), deferred<Page>()];
    let n = 0;
    const { store } = setup({ 'audit.forEntity': () => answers[n++]!.promise as never });
    const older = store.getState().loadAudit(4);
    const newer = store.getState().pageAudit({ includeViews: true });
    answers[1]!.resolve({ rows: [], total: 500 });
    await newer;
    answers[0]!.resolve({ rows: [], total: 3 });
    await older;
    expect(store.getState()).toMatchObject({
      auditTotal: 500,
      auditQuery: { page: 1, pageSize: 10, includeViews: true },
      auditLoading: false,
    });
  });
});

describe('participant list screen', () => {
  // The first render of the screen builds antd's styles: seconds on a busy two-core machine.
  it(
    'searches once the worker stops typing, and shows the count and rows',
    { timeout: 30_000 },
    async () => {
      // The pause is measured on fake timers: no test waits for real ones.
      const { transport, unmount, container } = await renderList();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const searchBox = container.querySelector<HTMLInputElement>(
          'input[aria-label="Szukaj uczestnika"]',
        )!;
        const queries = () =>
          transport.calls
            .filter((c) => c.channel === 'participants.search')
            .map((c) => (c.input as { query: string }).query);
        // Each key comes just within the pause after the one before: nothing is searched yet.
        for (const text of ['l', 'lu', 'luk']) {
          typeInto(searchBox, text);
          await act(() => vi.advanceTimersByTimeAsync(SEARCH_PAUSE_MS - 1));
        }
        expect(queries()).toEqual(['']);
        await act(() => vi.advanceTimersByTimeAsync(1));
        expect(queries()).toEqual(['', 'luk']);
        expect(container.textContent).toContain('Znaleziono: 1');
        expect(container.textContent).toContain('Żółkiewski');
        expect(container.textContent).toContain('14.05.1944');
        unmount();
      } finally {
        vi.useRealTimers();
      }
    },
  );

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
  it(
    'goes to the page whose number is typed in the pager, named in Polish, on a long list',
    { timeout: 30_000 },
    async () => {
      const many = Array.from({ length: 25 }, (_, i) => row(i + 1, `Nowak${i}`));
      const { transport, unmount, container } = await renderList((input) => ({
        rows: many,
        total: 50_000,
        page: input.page ?? 1,
        pageSize: 25,
      }));
      const box = () =>
        container.querySelector<HTMLInputElement>('.ant-pagination-options-quick-jumper input');
      await waitFor(() => expect(box()).not.toBeNull());
      expect(box()!.getAttribute('aria-label')).toBe('Idź do strony');
      typeInto(box()!, '100');
      act(() =>
        box()!.dispatchEvent(
          new KeyboardEvent('keyup', { key: 'Enter', keyCode: 13, bubbles: true }),
        ),
      );
      await waitFor(() =>
        expect(transport.calls.at(-1)).toMatchObject({
          channel: 'participants.search',
          input: { page: 100 },
        }),
      );
      unmount();
    },
  );

  it('has no page-number box while the list has a few pages', { timeout: 30_000 }, async () => {
    const { unmount, container } = await renderList(() => ({
      ...result(row(1, 'Nowak')),
      total: 120,
    }));
    await waitFor(() => expect(container.textContent).toContain('z 120'));
    expect(container.querySelector('.ant-pagination-options-quick-jumper')).toBeNull();
    unmount();
  });
});
