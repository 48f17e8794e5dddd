import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type {
  AuditAction,
  AuditEntity,
  AuditSearchRow,
  AuditVerification,
  AuditViewsOf,
} from '../../../src-main/contract/audit';
import { errorMessage, type ApiClient } from '../../api/client';
import { latest } from '../../api/latest';

/** "Dziennik zdarzeń": its filters and the page. */
export interface AuditCriteria {
  /** Local days, `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
  actorId?: number;
  entity?: AuditEntity;
  action?: AuditAction;
  participantId?: number;
  /** The chosen person's name, for the picker to show while their id is the filter. */
  participantName?: string;
  page: number;
  pageSize: number;
}

export const INITIAL_AUDIT_CRITERIA: AuditCriteria = { page: 1, pageSize: 50 };

/** The most an export asks for in one call (the core's limit). */
export const EXPORT_PAGE_SIZE = 500;

export interface ExportProgress {
  done: number;
  total: number;
}

export interface AuditLogState {
  criteria: AuditCriteria;
  rows: AuditSearchRow[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Lists with the criteria changed by `patch`; a change of a filter starts at page 1. */
  search(patch?: Partial<AuditCriteria>): Promise<void>;
  clearFilters(): Promise<void>;

  /**
   * Every entry matching the current filters, read page by page (500 a call) as of the first
   * page, so entries written meanwhile neither shift nor repeat; `onProgress` after each page.
   * Rejects with the core's message; `signal` stops it between pages.
   */
  fetchAll(
    onProgress?: (p: ExportProgress) => void,
    signal?: AbortSignal,
  ): Promise<AuditSearchRow[]>;

  /** "Sprawdź spójność dziennika". */
  verification: AuditVerification | null;
  verifying: boolean;
  verifyError: string | null;
  verify(): Promise<void>;

  /** "Kto oglądał dane tej osoby" on a participant's card. */
  views: AuditViewsOf | null;
  viewsFor: number | null;
  viewsLoading: boolean;
  viewsError: string | null;
  loadViews(participantId: number): Promise<void>;
}

const FILTER_KEYS = ['from', 'to', 'actorId', 'entity', 'action', 'participantId'] as const;

/** The call's input: only the filters that are set. */
export function searchInput(c: AuditCriteria): ChannelInput<'audit.search'> & object {
  const input: ChannelInput<'audit.search'> & object = { page: c.page, pageSize: c.pageSize };
  for (const key of FILTER_KEYS) if (c[key] !== undefined) Object.assign(input, { [key]: c[key] });
  return input;
}

export function hasFilters(c: AuditCriteria): boolean {
  return FILTER_KEYS.some((key) => c[key] !== undefined);
}

export function createAuditLogStore(api: ApiClient) {
  const searches = latest();
  const viewLoads = latest();

  return createStore<AuditLogState>((set, get) => ({
    criteria: INITIAL_AUDIT_CRITERIA,
    rows: [],
    total: 0,
    loading: false,
    error: null,
    async search(patch = {}) {
      const filterChanged = FILTER_KEYS.some((k) => k in patch);
      const criteria = {
        ...get().criteria,
        ...patch,
        ...(filterChanged && patch.page === undefined ? { page: 1 } : {}),
      };
      set({ criteria, loading: true, error: null });
      // A refused filter (a range ending before it begins) shows its reason (errorMessage).
      await searches.run(
        () => api.call('audit.search', searchInput(criteria)),
        ({ rows, total }) => set({ rows, total, loading: false }),
        (error) => set({ loading: false, error }),
      );
    },
    clearFilters() {
      const { pageSize } = get().criteria;
      set({ criteria: { ...INITIAL_AUDIT_CRITERIA, pageSize } });
      return get().search();
    },

    async fetchAll(onProgress, signal) {
      const filters = { ...searchInput(get().criteria), pageSize: EXPORT_PAGE_SIZE };
      const rows: AuditSearchRow[] = [];
      let untilId: number | undefined;
      let total = 0;
      for (let page = 1; ; page += 1) {
        signal?.throwIfAborted();
        const answer = await api.call('audit.search', {
          ...filters,
          page,
          ...(untilId ? { untilId } : {}),
        });
        // The first page says how far the log went: later pages are read as of then.
        if (page === 1) {
          untilId = answer.asOfId ?? undefined;
          total = answer.total;
        }
        rows.push(...answer.rows);
        onProgress?.({ done: rows.length, total: Math.max(total, rows.length) });
        if (answer.rows.length < EXPORT_PAGE_SIZE || rows.length >= total) return rows;
      }
    },

    verification: null,
    verifying: false,
    verifyError: null,
    async verify() {
      set({ verifying: true, verifyError: null, verification: null });
      try {
        set({ verification: await api.call('audit.verify', {}), verifying: false });
      } catch (e) {
        set({ verifying: false, verifyError: errorMessage(e) });
      }
    },

    views: null,
    viewsFor: null,
    viewsLoading: false,
    viewsError: null,
    async loadViews(participantId) {
      set((s) => ({
        views: s.viewsFor === participantId ? s.views : null,
        viewsFor: participantId,
        viewsLoading: true,
        viewsError: null,
      }));
      await viewLoads.run(
        () => api.call('audit.viewsOf', { participantId }),
        (views) => set({ views, viewsLoading: false }),
        (viewsError) => set({ viewsLoading: false, viewsError }),
      );
    },
  }));
}
