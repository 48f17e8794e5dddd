import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type { AuditSearchResult, AuditSearchRow } from '../../../src-main/contract/audit';
import { createApiClient } from '../../../src-renderer/api/client';
import {
  createAuditLogStore,
  EXPORT_PAGE_SIZE,
  INITIAL_AUDIT_CRITERIA,
  searchInput,
  type ExportProgress,
} from '../../../src-renderer/features/audit/audit-log.store';
import { createFakeTransport, type FakeHandlers } from '../../support/fake-transport';

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  return { transport, store: createAuditLogStore(createApiClient(transport)) };
}

const entry = (id: number): AuditSearchRow => ({
  id,
  at: '2026-11-23T09:00:00.000Z',
  actorId: 1,
  actorName: 'Halina Ćwik',
  channel: 'participants.get',
  entity: 'participant',
  entityId: 3,
  action: 'view',
  changedFields: ['notes'],
  participantId: 3,
  participantName: 'Kowalska Anna',
  subject: null,
});

/** A log of `count` entries, newest (highest id) first, paged as the core pages it. */
function log(count: number) {
  return (
    input: { page?: number; pageSize?: number; untilId?: number } = {},
  ): AuditSearchResult => {
    const newest = input.untilId ?? count;
    const all = Array.from({ length: newest }, (_, i) => entry(newest - i));
    const page = input.page ?? 1;
    const size = input.pageSize ?? 50;
    return { rows: all.slice((page - 1) * size, page * size), total: all.length, asOfId: newest };
  };
}

describe('audit log store: the filters', () => {
  it('sends only the filters that are set', () => {
    expect(searchInput(INITIAL_AUDIT_CRITERIA)).toEqual({ page: 1, pageSize: 50 });
    expect(
      searchInput({
        ...INITIAL_AUDIT_CRITERIA,
        from: '2026-11-01',
        actorId: 4,
        participantId: 9,
        participantName: 'Kowalska Anna',
        page: 3,
      }),
    ).toEqual({ from: '2026-11-01', actorId: 4, participantId: 9, page: 3, pageSize: 50 });
  });

  it('starts again from page 1 when a filter changes, and clears every filter at once', async () => {
    const { store, transport } = setup({ 'audit.search': log(120) });
    await store.getState().search({ page: 3 });
    await store.getState().search({ action: 'view' });
    expect(transport.calls.at(-1)!.input).toEqual({ action: 'view', page: 1, pageSize: 50 });
    await store.getState().search({ pageSize: 100, page: 1 });
    await store.getState().clearFilters();
    expect(transport.calls.at(-1)!.input).toEqual({ page: 1, pageSize: 100 });
    expect(store.getState().rows).toHaveLength(100);
    expect(store.getState().total).toBe(120);
  });

  it('shows the core’s reason for a refused filter, and its message otherwise', async () => {
    // The end before the start: the channel's schema refuses it, as the core does.
    const { store, transport } = setup({ 'audit.search': log(10) });
    await store.getState().search({ from: '2026-11-23', to: '2026-11-01' });
    expect(store.getState().error).toBe('Data końcowa nie może być wcześniejsza niż początkowa');
    transport.handle({
      'audit.search': () => {
        throw new AppError('forbidden', 'Brak uprawnień');
      },
    });
    await store.getState().search({ to: '2026-11-30' });
    expect(store.getState().error).toBe('Brak uprawnień');
    expect(store.getState().loading).toBe(false);
  });
});

describe('audit log store: reading everything for an export', () => {
  it('reads page by page, 500 a call, as of the first page, telling its progress', async () => {
    const { store, transport } = setup({ 'audit.search': log(1234) });
    await store.getState().search({ entity: 'participant' });
    const progress: ExportProgress[] = [];

    const rows = await store.getState().fetchAll((p) => progress.push(p));

    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 1234 }, (_, i) => 1234 - i));
    const exportCalls = transport.calls.slice(1).map((c) => c.input);
    expect(exportCalls).toEqual([
      { entity: 'participant', page: 1, pageSize: EXPORT_PAGE_SIZE },
      { entity: 'participant', page: 2, pageSize: EXPORT_PAGE_SIZE, untilId: 1234 },
      { entity: 'participant', page: 3, pageSize: EXPORT_PAGE_SIZE, untilId: 1234 },
    ]);
    expect(progress).toEqual([
      { done: 500, total: 1234 },
      { done: 1000, total: 1234 },
      { done: 1234, total: 1234 },
    ]);
  });

  it('is not shifted by entries written meanwhile', async () => {
    let written = 700;
    const { store } = setup({
      'audit.search': (input) => {
        const answer = log(written)(input);
        written += 3; // others keep working while the export pages through
        return answer;
      },
    });
    const rows = await store.getState().fetchAll();
    expect(rows).toHaveLength(700);
    expect(new Set(rows.map((r) => r.id)).size).toBe(700);
    expect(rows[0]!.id).toBe(700);
  });

  it('reads one call for an empty log, and stops between pages when told', async () => {
    const { store, transport } = setup({ 'audit.search': log(0) });
    expect(await store.getState().fetchAll()).toEqual([]);
    expect(transport.calls).toHaveLength(1);

    transport.handle({ 'audit.search': log(5000) });
    const controller = new AbortController();
    const reading = store.getState().fetchAll(() => controller.abort(), controller.signal);
    await expect(reading).rejects.toThrow();
    expect(transport.calls).toHaveLength(2);
  });
});

describe('audit log store: verification and views', () => {
  it('keeps the verification’s result, or its error', async () => {
    const { store, transport } = setup({
      'audit.verify': () => ({ ok: false, checked: 12, brokenAtId: 12 }),
    });
    await store.getState().verify();
    expect(store.getState().verification).toEqual({ ok: false, checked: 12, brokenAtId: 12 });
    transport.handle({
      'audit.verify': () => {
        throw new AppError('forbidden', 'Brak uprawnień');
      },
    });
    await store.getState().verify();
    expect(store.getState()).toMatchObject({ verification: null, verifyError: 'Brak uprawnień' });
  });

  it('loads the views of the person asked for last', async () => {
    const { store } = setup({
      'audit.viewsOf': ({ participantId }) => ({
        byActor: [{ actorId: 1, actorName: 'Halina Ćwik', count: participantId, lastAt: 'x' }],
        views: [],
        total: participantId,
      }),
    });
    await Promise.all([store.getState().loadViews(3), store.getState().loadViews(4)]);
    expect(store.getState().viewsFor).toBe(4);
    expect(store.getState().views?.total).toBe(4);
  });
});
