import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { AuditEntry } from '../../../src-main/contract/audit';
import {
  participantSearchInput,
  type IdentityHolder,
  type Participant,
  type ParticipantInput,
  type ParticipantRow,
  type PARTICIPANT_SORT_FIELDS,
} from '../../../src-main/contract/participants';
import type { EnrolmentStatus } from '../../../src-main/domain/enrolment-status';
import type { ExclusionReason } from '../../../src-main/domain/exclusion';
import type { ApiClient } from '../../api/client';

export type ParticipantSortField = (typeof PARTICIPANT_SORT_FIELDS)[number];

/** What the list shows: the search box, the filters, the sort order and the page. */
export interface ParticipantCriteria {
  query: string;
  projectId?: number;
  status?: EnrolmentStatus;
  socialWorkerId?: number;
  exclusionReason?: ExclusionReason;
  sort: ParticipantSortField;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface ParticipantsState {
  criteria: ParticipantCriteria;
  rows: ParticipantRow[];
  total: number;
  loading: boolean;
  error: string | null;
  /**
   * Searches with the criteria changed by `patch`. A change of anything but the page
   * starts again from page 1. When answers arrive out of order, the latest request wins.
   */
  search(patch?: Partial<ParticipantCriteria>): Promise<void>;
  /** Clears the search text and every filter (sort order and page size stay). */
  clearFilters(): Promise<void>;

  /** The participant shown on the card or in the form. */
  current: Participant | null;
  currentLoading: boolean;
  currentError: string | null;
  loadOne(id: number): Promise<void>;
  /**
   * Creates (no id) or updates a participant. Failures are rethrown as ApiError so the
   * form can put `invalid_input` issues on its fields and offer a link on `conflict`.
   */
  save(fields: ParticipantInput, id?: number): Promise<Participant>;
  saving: boolean;
  /**
   * Who other than `exceptId` already holds this PESEL (or document number), asked when the
   * field is left. Failures are rethrown: the save still checks, so the form may ignore them.
   */
  findIdentityHolders(
    identity: { pesel?: string; documentNumber?: string },
    exceptId?: number,
  ): Promise<IdentityHolder[]>;

  /** Historia zmian of the current participant. */
  audit: AuditEntry[];
  auditError: string | null;
  loadAudit(id: number): Promise<void>;
}

/** The criteria that narrow the list (the search text and the filters), not sort or paging. */
export const FILTER_KEYS = [
  'query',
  'projectId',
  'status',
  'socialWorkerId',
  'exclusionReason',
] as const satisfies (keyof ParticipantCriteria)[];

export const INITIAL_CRITERIA: ParticipantCriteria = {
  query: '',
  sort: 'lastName',
  dir: 'asc',
  page: 1,
  pageSize: 25,
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Where the list's criteria are kept for the browser session (they survive a reload). */
export const CRITERIA_STORAGE_KEY = 'aktywator.participants.criteria';

/** Criteria read back from storage, or the initial ones when they are not valid any more. */
function restoredCriteria(persisted: unknown): ParticipantCriteria {
  const stored = (persisted as { criteria?: unknown } | null)?.criteria;
  const parsed = participantSearchInput.safeParse(stored);
  return parsed.success ? parsed.data : INITIAL_CRITERIA;
}

/**
 * The list's search text, filters, sort and page are remembered in sessionStorage (by
 * default), so coming back from a card or reloading the window shows the same list.
 */
export function createParticipantsStore(
  api: ApiClient,
  storage: () => StateStorage = () => window.sessionStorage,
) {
  let latestSearch = 0;
  let latestLoad = 0;

  return createStore<ParticipantsState>()(
    persist(
      (set, get) => ({
        criteria: INITIAL_CRITERIA,
        rows: [],
        total: 0,
        loading: false,
        error: null,
        async search(patch = {}) {
          const onlyPaging = Object.keys(patch).every((k) => k === 'page' || k === 'pageSize');
          const criteria = {
            ...get().criteria,
            ...patch,
            ...(onlyPaging ? {} : { page: patch.page ?? 1 }),
          };
          const request = ++latestSearch;
          set({ criteria, loading: true, error: null });
          try {
            const result = await api.call('participants.search', criteria);
            if (request !== latestSearch) return;
            set({ rows: result.rows, total: result.total, loading: false });
          } catch (e) {
            if (request !== latestSearch) return;
            set({ loading: false, error: message(e) });
          }
        },

        clearFilters() {
          return get().search({
            query: '',
            projectId: undefined,
            status: undefined,
            socialWorkerId: undefined,
            exclusionReason: undefined,
          });
        },

        current: null,
        currentLoading: false,
        currentError: null,
        async loadOne(id) {
          const request = ++latestLoad;
          set((s) => ({
            current: s.current?.id === id ? s.current : null,
            currentLoading: true,
            currentError: null,
          }));
          try {
            const current = await api.call('participants.get', { id });
            if (request === latestLoad) set({ current, currentLoading: false });
          } catch (e) {
            if (request === latestLoad) set({ currentLoading: false, currentError: message(e) });
          }
        },

        saving: false,
        async save(fields, id) {
          set({ saving: true });
          try {
            const saved =
              id === undefined
                ? await api.call('participants.create', fields)
                : await api.call('participants.update', { id, participant: fields });
            latestLoad++; // an older loadOne must not replace what was just saved
            set({ current: saved, saving: false });
            return saved;
          } catch (e) {
            set({ saving: false });
            throw e;
          }
        },

        findIdentityHolders(identity, exceptId) {
          return api.call('participants.findByIdentity', {
            ...identity,
            ...(exceptId === undefined ? {} : { exceptId }),
          });
        },

        audit: [],
        auditError: null,
        async loadAudit(id) {
          set({ audit: [], auditError: null });
          try {
            set({
              audit: await api.call('audit.forEntity', { entity: 'participant', entityId: id }),
            });
          } catch (e) {
            set({ auditError: message(e) });
          }
        },
      }),
      {
        name: CRITERIA_STORAGE_KEY,
        storage: createJSONStorage(storage),
        partialize: (state) => ({ criteria: state.criteria }),
        merge: (persisted, current) => ({ ...current, criteria: restoredCriteria(persisted) }),
      },
    ),
  );
}
