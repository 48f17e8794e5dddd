import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import {
  projectFields,
  type Project,
  type ProjectInput,
  type ProjectSummary,
} from '../../../src-main/contract/projects';
import { CHANGE_DELAY_MS } from '../../../src-renderer/api/changes';
import { ApiError, createApiClient } from '../../../src-renderer/api/client';
import { createProjectsStore } from '../../../src-renderer/features/projects/projects.store';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

/** Bartoszyce: 349 773,80 zł = 310 503,80 zł EFS + 39 270,00 zł own contribution. */
const fields: ProjectInput = {
  title: 'Aktywna integracja w Bartoszycach',
  programme: 'PO KL 2007–2013',
  measure: 'Działanie 7.1 Poddziałanie 7.1.1',
  edition: '2013',
  beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
  isEfs: true,
  startDate: '2013-01-01',
  endDate: '2013-12-31',
  totalValue: 34977380,
  euFunding: 31050380,
  ownContribution: 3927000,
  partners: [],
  plannedWomen: 8,
  plannedMen: 6,
  indicators: [],
  criteria: [{ kind: 'minAge', years: 35 }],
};

/** What the core answers: the input as the contract parses it, with an id. */
const asProject = (input: ProjectInput, id: number): Project => ({
  id,
  ...projectFields.parse(input),
});

const summary = (id: number, title: string): ProjectSummary => ({
  id,
  title,
  programme: 'RPO 2014–2020',
  edition: null,
  startDate: '2019-01-01',
  endDate: '2019-12-31',
  plannedWomen: 12,
  plannedMen: 8,
  enrolled: 0,
  participants: 0,
});

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  const store = createProjectsStore(createApiClient(transport));
  return { transport, store };
}

describe('projects store', () => {
  it('loads the list', async () => {
    const { store } = setup({ 'projects.list': () => [summary(1, 'KIS Siewierz')] });
    const pending = store.getState().load();
    expect(store.getState().loading).toBe(true);
    await pending;
    expect(store.getState()).toMatchObject({ loading: false, error: null });
    expect(store.getState().projects.map((p) => p.title)).toEqual(['KIS Siewierz']);
  });

  it('keeps the core message when the list cannot be loaded', async () => {
    const { store } = setup({
      'projects.list': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      loading: false,
      error: 'Wystąpił błąd programu',
      projects: [],
    });
  });

  it('creates a project sending the amounts as grosze, untouched', async () => {
    const { store, transport } = setup({
      'projects.create': (input) => asProject(input as ProjectInput, 7),
    });
    const saved = await store.getState().save(fields);
    expect(transport.calls).toEqual([{ channel: 'projects.create', input: fields }]);
    const sent = transport.calls[0]!.input as ProjectInput;
    expect([sent.totalValue, sent.euFunding, sent.ownContribution]).toEqual([
      34977380, 31050380, 3927000,
    ]);
    expect(saved.id).toBe(7);
    expect(store.getState()).toMatchObject({ current: saved, saving: false, error: null });
  });

  it('updates with the id beside the fields and refreshes the row of the list', async () => {
    const { store, transport } = setup({
      'projects.list': () => [summary(3, 'Stary tytuł')],
      'projects.update': ({ id, project }) => asProject(project as ProjectInput, id),
    });
    await store.getState().load();
    await store.getState().save({ ...fields, title: 'Nowy tytuł' }, 3);
    expect(transport.calls[1]).toMatchObject({ channel: 'projects.update', input: { id: 3 } });
    expect(store.getState().projects[0]).toMatchObject({ id: 3, title: 'Nowy tytuł', enrolled: 0 });
  });

  it('sets the error and rethrows the ApiError with per-field issues when the core refuses', async () => {
    const issues = [
      {
        path: ['totalValue'],
        message: 'Wartość projektu musi być sumą dofinansowania i wkładu własnego',
      },
    ];
    const { store } = setup({
      'projects.create': () => {
        throw new AppError('invalid_input', 'Popraw zaznaczone pola', { issues });
      },
    });
    const failure = await store
      .getState()
      .save({ ...fields, totalValue: 1 })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('invalid_input');
    expect((failure as ApiError).issues).toEqual(issues);
    expect(store.getState()).toMatchObject({
      saving: false,
      error: 'Popraw zaznaczone pola',
      current: null,
    });
  });

  it('does not let an older loadOne replace what was just saved', async () => {
    const late = deferred<Project>();
    const { store } = setup({
      'projects.get': () => late.promise,
      'projects.update': ({ id, project }) => asProject(project as ProjectInput, id),
    });
    const loading = store.getState().loadOne(3);
    await store.getState().save({ ...fields, title: 'Zapisany' }, 3);
    late.resolve(asProject({ ...fields, title: 'Stary' }, 3));
    await loading;
    expect(store.getState().current?.title).toBe('Zapisany');
  });

  it('reports a project that does not exist', async () => {
    const { store } = setup({
      'projects.get': () => {
        throw new AppError('not_found', 'Nie znaleziono projektu');
      },
    });
    await store.getState().loadOne(99);
    expect(store.getState()).toMatchObject({
      current: null,
      loading: false,
      error: 'Nie znaleziono projektu',
    });
  });
});

describe('projects store: what other rooms need to know of a project', () => {
  it("asks the core once for a project's kind and period, afresh when told to", async () => {
    const project = {
      id: 2,
      title: 'KIS Radom',
      isEfs: true,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      criteria: [],
    };
    const { store, transport } = setup({ 'projects.get': () => project as never });
    await store.getState().loadFacts(2);
    await store.getState().loadFacts(2);
    expect(store.getState().facts).toEqual({
      2: { id: 2, title: 'KIS Radom', isEfs: true, startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    expect(transport.calls).toHaveLength(1);
    project.endDate = '2027-06-30';
    const fresh = store.getState().loadFacts(2, true);
    // While asking again, the old end date is not offered as the answer.
    expect(store.getState().facts[2]).toBeUndefined();
    await fresh;
    expect(store.getState().facts[2]?.endDate).toBe('2027-06-30');
    expect(transport.calls).toHaveLength(2);
  });

  it('remembers a project that could not be read as unknown, not as missing', async () => {
    const { store } = setup({
      'projects.get': () => {
        throw new AppError('not_found', 'Nie znaleziono projektu');
      },
    });
    await store.getState().loadFacts(7);
    expect(store.getState().facts).toEqual({ 7: null });
  });
});

describe('projects store: what another window changed', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the list again when projects or enrolments change, not for other kinds', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({ 'projects.list': () => [summary(1, 'KIS Siewierz')] });
    await store.getState().load();
    const stop = store.getState().watchList();
    transport.emit('db.changed', { entity: 'contracts' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(transport.calls).toHaveLength(1);
    transport.emit('db.changed', { entity: 'enrolments' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    expect(transport.calls).toHaveLength(2);
    stop();
  });

  it('keeps the latest list when an older answer comes last', async () => {
    const answers = [deferred<ProjectSummary[]>(), deferred<ProjectSummary[]>()];
    let asked = 0;
    const { store } = setup({ 'projects.list': () => answers[asked++]!.promise });
    const older = store.getState().load();
    const newer = store.getState().load();
    answers[1]!.resolve([summary(2, 'Nowszy')]);
    await newer;
    answers[0]!.resolve([summary(1, 'Starszy')]);
    await older;
    expect(store.getState().projects.map((p) => p.title)).toEqual(['Nowszy']);
  });
});
