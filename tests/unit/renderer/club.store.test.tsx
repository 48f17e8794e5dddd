import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type { ClubModule, ClubProgramme, EditionSummary } from '../../../src-main/contract/club';
import { CHANGE_DELAY_MS } from '../../../src-renderer/api/changes';
import { createApiClient } from '../../../src-renderer/api/client';
import { createStores, StoresProvider } from '../../../src-renderer/app/stores';
import { ClubEditionScreen } from '../../../src-renderer/features/club/ClubEditionScreen';
import { createClubStore } from '../../../src-renderer/features/club/club.store';
import { LeaveGuardProvider } from '../../../src-renderer/ui/leave-guard';
import { createFakeTransport, type FakeHandlers } from '../../support/fake-transport';

const MON_WED = [
  { weekday: 1, from: 540, to: 780 },
  { weekday: 3, from: 540, to: 780 },
];

function programme(patch: Partial<ClubProgramme> = {}): ClubProgramme {
  return {
    edition: {
      id: 7,
      projectId: 3,
      projectTitle: 'KIS w Radomiu',
      name: 'KIS 2026',
      startDate: '2026-03-02',
      endDate: '2026-05-24',
      weeks: 12,
      meetings: MON_WED,
      daysOff: [],
      minAttendancePercent: 80,
      revision: 1,
      sessions: 0,
      lastPlan: null,
    },
    groups: [],
    modules: [],
    trainers: [],
    rooms: [],
    ...patch,
  };
}

const psychoeducation: ClubModule = {
  id: 11,
  editionId: 7,
  name: 'Psychoedukacja',
  hours: 48,
  specialists: ['psychologist'],
  minSession: 2,
  maxSession: 4,
  pattern: 'weekly',
  weekFrom: null,
  weekTo: null,
  roomFeatures: [],
  duty: false,
  minAttendancePercent: null,
  position: 0,
};

const summary: EditionSummary = {
  id: 7,
  projectId: 3,
  projectTitle: 'KIS w Radomiu',
  name: 'KIS 2026',
  startDate: '2026-03-02',
  endDate: '2026-05-24',
  weeks: 12,
  revision: 1,
  sessions: 0,
  groups: 0,
  plannedAt: null,
};

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  const store = createClubStore(createApiClient(transport));
  return { transport, store };
}

describe('club store', () => {
  afterEach(() => vi.useRealTimers());

  it('lists the editions of the chosen project, and every project again when cleared', async () => {
    const { store, transport } = setup({ 'club.listEditions': () => [summary] });
    await store.getState().loadEditions(3);
    expect(store.getState().projectId).toBe(3);
    await store.getState().loadEditions();
    await store.getState().loadEditions(null);
    expect(transport.calls.map((c) => c.input)).toEqual([{ projectId: 3 }, { projectId: 3 }, {}]);
    expect(store.getState().editions).toEqual([summary]);
  });

  it('shows a saved module in the open programme at once, then reads the programme again', async () => {
    let stored = programme();
    const { store, transport } = setup({
      'club.getEdition': () => stored,
      'club.saveModule': (input) => {
        const saved = { ...psychoeducation, ...input, id: 11 } as ClubModule;
        stored = programme({ modules: [saved] });
        return saved;
      },
    });
    await store.getState().loadOne(7);
    const { id: _id, editionId: _e, ...fields } = psychoeducation;
    const saving = store.getState().saveModule({ ...fields, editionId: 7 });
    const saved = await saving;
    expect(saved.name).toBe('Psychoedukacja');
    expect(store.getState().current?.modules.map((m) => m.name)).toEqual(['Psychoedukacja']);
    await vi.waitFor(() =>
      expect(transport.calls.filter((c) => c.channel === 'club.getEdition')).toHaveLength(2),
    );
    expect(store.getState().saving).toBe(false);
  });

  it('rethrows a refused write, so the form can put it on its fields', async () => {
    const { store } = setup({
      'club.getEdition': () => programme(),
      'club.deleteModule': () => {
        throw new AppError('conflict', 'Modułu z zaplanowanymi zajęciami nie można usunąć');
      },
    });
    await store.getState().loadOne(7);
    await expect(store.getState().deleteModule(11)).rejects.toThrow('nie można usunąć');
  });

  it("reads the open edition again after another window's change to the club", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, transport } = setup({ 'club.getEdition': () => programme() });
    await store.getState().loadOne(7);
    const stop = store.getState().watchEdition();
    transport.emit('db.changed', { entity: 'contracts' });
    transport.emit('db.changed', { entity: 'club' });
    transport.emit('db.changed', { entity: 'club' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    stop();
    expect(transport.calls.filter((c) => c.channel === 'club.getEdition')).toHaveLength(2);
  });
});

/** Types as React sees it: the native value setter, then an input event. */
function typeInto(input: HTMLInputElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function waitFor(check: () => void, timeoutMs = 3000) {
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

async function renderScreen(path: string, handlers: FakeHandlers) {
  const transport = createFakeTransport({
    'projects.list': () => [],
    'projects.get': () =>
      ({
        id: 3,
        title: 'KIS w Radomiu',
        isEfs: true,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      }) as never,
    ...handlers,
  });
  const stores = createStores(createApiClient(transport));
  stores.session.setState({
    session: {
      state: 'signedIn',
      user: {
        staffId: 1,
        name: 'Koordynator',
        login: 'k',
        roles: ['coordinator'],
        participantScope: 'all',
        mustChangePassword: false,
      },
    } as never,
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <StoresProvider value={stores}>
        <App>
          <MemoryRouter initialEntries={[path]}>
            <LeaveGuardProvider>
              <Routes>
                <Route path="/club/new" element={<ClubEditionScreen />} />
                <Route path="/club/:id" element={<ClubEditionScreen />} />
              </Routes>
            </LeaveGuardProvider>
          </MemoryRouter>
        </App>
      </StoresProvider>,
    ),
  );
  return {
    transport,
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

const input = (container: HTMLElement, label: string) => {
  const byId = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const field = byId && (document.getElementById(byId.htmlFor) as HTMLInputElement | null);
  if (!field) throw new Error(`no field labelled ${label}`);
  return field;
};
const button = (name: string, root: ParentNode = document.body) => {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('club edition screen', () => {
  it('says what is wrong while the clerk types', { timeout: 30_000 }, async () => {
    const { container, unmount } = await renderScreen('/club/new', {});
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    typeInto(input(container, 'Liczba tygodni'), '200');
    await waitFor(() =>
      expect(container.textContent).toContain('Cykl może trwać najwyżej 104 tygodnie'),
    );
    typeInto(input(container, 'Liczba tygodni'), '38');
    await waitFor(() =>
      expect(container.textContent).not.toContain('Cykl może trwać najwyżej 104 tygodnie'),
    );
    typeInto(input(container, 'Nazwa edycji'), 'KIS');
    typeInto(input(container, 'Nazwa edycji'), '');
    const nameItem = input(container, 'Nazwa edycji').closest('.ant-form-item')!;
    await waitFor(() => expect(nameItem.querySelector('.ant-form-item-explain')).not.toBeNull());
    unmount();
  });

  it("puts the core's refusal of a save on the field it names", { timeout: 30_000 }, async () => {
    const { container, transport, unmount } = await renderScreen('/club/7', {
      'club.getEdition': () => programme(),
      'club.updateEdition': () => {
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', {
          issues: [
            { path: ['weeks'], message: 'Cykl kończyłby się 20.12.2027, po końcu projektu' },
          ],
        });
      },
    });
    await waitFor(() => expect(container.textContent).toContain('Edycja klubu: KIS 2026'));
    act(() => button('Zapisz edycję').click());
    await waitFor(() =>
      expect(transport.calls.some((c) => c.channel === 'club.updateEdition')).toBe(true),
    );
    const weeksItem = input(container, 'Liczba tygodni').closest('.ant-form-item')!;
    await waitFor(() => expect(weeksItem.textContent).toContain('po końcu projektu'));
    unmount();
  });

  it(
    'asks before deleting a module, and deletes only when confirmed',
    { timeout: 30_000 },
    async () => {
      const deleted: number[] = [];
      const { container, unmount } = await renderScreen('/club/7?tab=programme', {
        'club.getEdition': () => programme({ modules: deleted.length ? [] : [psychoeducation] }),
        'club.deleteModule': ({ id }) => {
          deleted.push(id);
          return { id };
        },
      });
      await waitFor(() => expect(container.textContent).toContain('Psychoedukacja'));
      expect(container.textContent).toContain('48 h');
      act(() => button('Usuń moduł: Psychoedukacja').click());
      await waitFor(() =>
        expect(document.body.textContent).toContain('Usunąć moduł „Psychoedukacja”?'),
      );
      expect(deleted).toEqual([]);
      const dialog = document.querySelector('.ant-modal-confirm')!;
      act(() => button('Usuń', dialog).click());
      await waitFor(() => expect(deleted).toEqual([11]));
      await waitFor(() =>
        expect(container.textContent).toContain('Program nie ma jeszcze modułów'),
      );
      unmount();
    },
  );
});
