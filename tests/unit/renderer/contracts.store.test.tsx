import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/contract';
import {
  contractContent,
  type ContractRow,
  type SocialContract,
} from '../../../src-main/contract/social-contracts';
import { CHANGE_DELAY_MS } from '../../../src-renderer/api/changes';
import { ApiError, createApiClient } from '../../../src-renderer/api/client';
import {
  createContractsStore,
  listInput,
  INITIAL_CONTRACT_CRITERIA,
} from '../../../src-renderer/features/contracts/contracts.store';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

const content = contractContent.parse({
  variant: 'B',
  concludedOn: '2026-11-02',
  concludedPlace: 'Radom',
  socialWorkerId: 3,
  assessment: { causes: 'Bezrobocie', resources: 'Motywacja', limitations: 'Brak kwalifikacji' },
  mainGoal: 'Podjęcie zatrudnienia',
  tasks: [{ description: 'Udział w zajęciach KIS', party: 'person' }],
  instrumentIds: [1, 11, 14],
  periodFrom: '2026-11-02',
  periodTo: '2027-04-30',
  evaluation: { method: 'Rozmowa', firstOn: '2026-11-20', everyWeeks: 4 },
});

const NO_ALERTS = { endingSoon: false, evaluationDue: false, periodEnded: false };

function contract(id: number, patch: Partial<SocialContract> = {}): SocialContract {
  return {
    id,
    status: 'draft',
    number: null,
    signedOn: null,
    participantId: 5,
    participantName: 'Łukasz Wiśniewski',
    projectId: 2,
    projectTitle: 'KIS Radom',
    content,
    instruments: [],
    rule: { applies: true, satisfied: true, problems: [] },
    nextEvaluationOn: null,
    alerts: NO_ALERTS,
    endedOn: null,
    goalsReached: null,
    terminationReason: null,
    endNote: null,
    evaluations: [],
    amendments: [],
    documentId: null,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...patch,
  };
}

function row(id: number, patch: Partial<ContractRow> = {}): ContractRow {
  return {
    id,
    status: 'draft',
    number: null,
    participantId: 5,
    participantName: 'Łukasz Wiśniewski',
    projectTitle: 'KIS Radom',
    nextEvaluationOn: null,
    alerts: NO_ALERTS,
    variant: 'B',
    socialWorkerName: 'Anna Nowak',
    periodFrom: '2026-11-02',
    periodTo: '2027-04-30',
    ...patch,
  };
}

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  const store = createContractsStore(createApiClient(transport));
  return { transport, store };
}

describe('contracts store: the list', () => {
  it('sends only the filters that are set', () => {
    expect(listInput(INITIAL_CONTRACT_CRITERIA)).toEqual({ page: 1, pageSize: 25 });
    expect(
      listInput({
        ...INITIAL_CONTRACT_CRITERIA,
        status: 'signed',
        socialWorkerId: 3,
        endingSoon: true,
      }),
    ).toEqual({ status: 'signed', socialWorkerId: 3, endingSoon: true, page: 1, pageSize: 25 });
  });

  it('starts again from page 1 when a filter changes, keeps the page when only paging', async () => {
    const { store, transport } = setup({
      'contracts.list': () => ({ rows: [row(1)], total: 60 }),
    });
    await store.getState().search({ page: 3 });
    expect(store.getState().criteria.page).toBe(3);
    await store.getState().search({ evaluationDue: true });
    expect(store.getState().criteria).toMatchObject({ page: 1, evaluationDue: true });
    expect(transport.calls.at(-1)).toEqual({
      channel: 'contracts.list',
      input: { evaluationDue: true, page: 1, pageSize: 25 },
    });
    await store.getState().search({ status: undefined, page: 2 });
    expect(store.getState().criteria.page).toBe(2);
    expect(store.getState()).toMatchObject({ total: 60, loading: false, error: null });
  });

  it('shows the latest answer when answers come out of order', async () => {
    const first = deferred<{ rows: ContractRow[]; total: number }>();
    const second = deferred<{ rows: ContractRow[]; total: number }>();
    const answers = [first, second];
    const { store } = setup({ 'contracts.list': () => answers.shift()!.promise });
    const a = store.getState().search({ status: 'draft' });
    const b = store.getState().search({ status: 'signed' });
    second.resolve({ rows: [row(2, { status: 'signed', number: 'KS/2026/0001' })], total: 1 });
    await b;
    first.resolve({ rows: [row(1)], total: 1 });
    await a;
    expect(store.getState().rows.map((r) => r.id)).toEqual([2]);
    expect(store.getState().loading).toBe(false);
  });

  it('keeps the core message when the list cannot be loaded', async () => {
    const { store } = setup({
      'contracts.list': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().search();
    expect(store.getState()).toMatchObject({ loading: false, error: 'Wystąpił błąd programu' });
  });

  it("lists one person's contracts apart from the office's list", async () => {
    const { store, transport } = setup({
      'contracts.list': (input) => ({
        rows: input?.participantId === 5 ? [row(7)] : [row(1), row(2)],
        total: 1,
      }),
    });
    await store.getState().search();
    await store.getState().loadForParticipant(5);
    expect(store.getState().rows).toHaveLength(2);
    expect(store.getState()).toMatchObject({ personRowsFor: 5, personLoading: false });
    expect(store.getState().personRows.map((r) => r.id)).toEqual([7]);
    expect(transport.calls.at(-1)?.input).toEqual({ participantId: 5, page: 1, pageSize: 200 });
  });
});

describe('contracts store: one contract', () => {
  it('creates a draft, then updates it, sending the content untouched', async () => {
    const { store, transport } = setup({
      'contracts.create': () => contract(9),
      'contracts.update': () => contract(9, { projectId: null, projectTitle: null }),
    });
    const created = await store.getState().save({ participantId: 5, projectId: 2, content });
    expect(created.id).toBe(9);
    expect(store.getState().current?.id).toBe(9);
    await store.getState().save({ participantId: 5, projectId: null, content }, 9);
    expect(transport.calls.map((c) => c.channel)).toEqual(['contracts.create', 'contracts.update']);
    expect(transport.calls[0]!.input).toEqual({ participantId: 5, projectId: 2, content });
    expect(transport.calls[1]!.input).toEqual({ id: 9, projectId: null, content });
    expect(store.getState()).toMatchObject({ saving: false, current: { projectTitle: null } });
  });

  it('signs: the contract in force replaces the draft, in the list too', async () => {
    const signed = contract(9, {
      status: 'signed',
      number: 'KS/2026/0001',
      signedOn: '2026-11-03',
    });
    const { store } = setup({
      'contracts.list': () => ({ rows: [row(9)], total: 1 }),
      'contracts.get': () => contract(9),
      'contracts.sign': () => signed,
    });
    await store.getState().search();
    await store.getState().loadOne(9);
    await store.getState().sign(9, '2026-11-03');
    expect(store.getState().current).toEqual(signed);
    expect(store.getState().rows[0]).toMatchObject({ status: 'signed', number: 'KS/2026/0001' });
  });

  it('a refused signing keeps the draft and rethrows the core reason in Polish', async () => {
    const reason =
      'Ścieżka reintegracji nie spełnia zasad EFS: Wybrano 2 instrumenty — w projekcie EFS ścieżka reintegracji wymaga co najmniej trzech.';
    const { store } = setup({
      'contracts.get': () => contract(9),
      'contracts.sign': () => {
        throw new AppError('invalid_state', reason);
      },
    });
    await store.getState().loadOne(9);
    const error = await store
      .getState()
      .sign(9, '2026-11-03')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(reason);
    expect(store.getState()).toMatchObject({ saving: false, current: { status: 'draft' } });
  });

  it('an older load does not replace what a write just returned', async () => {
    const slow = deferred<SocialContract>();
    const { store } = setup({
      'contracts.get': () => slow.promise,
      'contracts.addEvaluation': () =>
        contract(9, { status: 'signed', nextEvaluationOn: '2026-12-18' }),
    });
    const loading = store.getState().loadOne(9);
    await store.getState().addEvaluation({
      id: 9,
      date: '2026-11-20',
      taskProgress: [{ taskIndex: 0, status: 'done' }],
      assessment: 'Postępy widoczne',
      personAssessment: 'Zajęcia mi pomagają',
      personKeptObligations: 'yes',
      officeKeptObligations: 'partly',
      result: 'partlyAchieved',
      decision: 'continue',
      nextEvaluationOn: '2026-12-18',
    });
    slow.resolve(contract(9));
    await loading;
    expect(store.getState().current?.nextEvaluationOn).toBe('2026-12-18');
  });

  it('reports a contract that cannot be found', async () => {
    const { store } = setup({
      'contracts.get': () => {
        throw new AppError('not_found', 'Nie znaleziono kontraktu');
      },
    });
    await store.getState().loadOne(404);
    expect(store.getState()).toMatchObject({
      current: null,
      currentLoading: false,
      currentError: 'Nie znaleziono kontraktu',
    });
  });
});

describe('contracts store: what another window changed', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the list again with its filters when contracts, people, projects or staff change', async () => {
    vi.useFakeTimers();
    const { store, transport } = setup({ 'contracts.list': () => ({ rows: [row(1)], total: 1 }) });
    await store.getState().search({ status: 'signed', page: 2 });
    const stop = store.getState().watchList();
    transport.emit('db.changed', { entity: 'contracts' });
    transport.emit('db.changed', { entity: 'enrolments' }); // not shown on the list
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    stop();
    expect(transport.calls).toHaveLength(2);
    expect(transport.calls[1]!.input).toEqual({ status: 'signed', page: 2, pageSize: 25 });
  });

  it('reads the contract shown again, and a newer answer is not replaced by the older one', async () => {
    vi.useFakeTimers();
    const answers = [deferred<SocialContract>(), deferred<SocialContract>()];
    let asked = 0;
    const { store, transport } = setup({ 'contracts.get': () => answers[asked++]!.promise });
    answers[0]!.resolve(contract(9));
    await store.getState().loadOne(9);
    const stop = store.getState().watchCurrent();
    transport.emit('db.changed', { entity: 'contracts' });
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS);
    stop();
    expect(transport.calls.map((c) => c.input)).toEqual([{ id: 9 }, { id: 9 }]);
    answers[1]!.resolve(contract(9, { status: 'signed', number: 'KS/2026/0001' }));
    await vi.waitFor(() => expect(store.getState().current?.status).toBe('signed'));
  });
});
