import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { AuditEntry } from '../../../src-main/contract/audit';
import type { Enrolment } from '../../../src-main/contract/enrolments';
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
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';
import { currentRecord, type CurrentRecord } from '../../api/record';

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

/** A person with the projects they take part in: whom a contract (or a group) is made for. */
export interface PersonWithEnrolments {
  participant: Participant;
  enrolments: Enrolment[];
}

export interface ParticipantsState extends CurrentRecord<Participant> {
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
  /**
   * While the list is on screen: reads it again (same criteria, same page) when another
   * window changes people, their enrolments, staff or projects. Returns what stops it.
   */
  watchList(): () => void;

  /** The participant shown on the card or in the form: `current`, `loadOne` (api/record.ts). */
  /**
   * While the card (not the form) shows `current`: reads it and its history again when
   * another window changes people. Returns what stops it.
   */
  watchCard(): () => void;
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

  /**
   * Historia zmian of the current participant: one page, read from the core (which leaves the
   * views out unless `auditQuery.includeViews`), and how many entries there are in all.
   */
  audit: AuditEntry[];
  auditTotal: number;
  auditQuery: AuditQuery;
  /** The participant whose history `audit` is (null: none read yet). */
  auditOf: number | null;
  auditLoading: boolean;
  auditError: string | null;
  /** Opens the history of `id` on its first page of changes (the card's opening). */
  loadAudit(id: number): Promise<void>;
  /**
   * Another page, page size, or views shown or not, of the history on screen. Showing or
   * hiding the views goes back to page 1. When answers arrive out of order, the latest wins.
   */
  pageAudit(patch: Partial<AuditQuery>): Promise<void>;

  /** People found by name or PESEL for a picker (a new contract's person, the log's filter). */
  found: ParticipantRow[];
  findLoading: boolean;
  findError: string | null;
  /** At most 20 people, as the list's search finds them. */
  find(query: string): Promise<void>;

  /** The person a contract is being written for, with their projects (read-only there). */
  party: PersonWithEnrolments | null;
  partyError: string | null;
  loadParty(participantId: number): Promise<void>;
}

/** Which page of a person's history the card shows, and whether with the views. */
export interface AuditQuery {
  page: number;
  pageSize: number;
  includeViews: boolean;
}

export const INITIAL_AUDIT_QUERY: AuditQuery = { page: 1, pageSize: 10, includeViews: false };

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
  const searches = latest();
  const audits = latest();
  const finds = latest();
  const parties = latest();

  return createStore<ParticipantsState>()(
    persist(
      (set, get) => {
        // The reads themselves, without a spinner: a screen's own request shows one first,
        // a refresh after another window's write (watch…) does not.
        const readList = () =>
          searches.run(
            () => api.call('participants.search', get().criteria),
            ({ rows, total }) => set({ rows, total, loading: false }),
            (error) => set({ loading: false, error }),
          );
        const record = currentRecord<Participant>({
          api,
          set,
          get,
          read: (id) => api.call('participants.get', { id }),
          idOf: (p) => p.id,
        });
        const readAudit = (id: number) =>
          audits.run(
            () =>
              api.call('audit.forEntity', {
                entity: 'participant',
                entityId: id,
                ...get().auditQuery,
              }),
            ({ rows, total }) => set({ audit: rows, auditTotal: total, auditLoading: false }),
            (auditError) => set({ auditError, auditLoading: false }),
          );

        return {
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
            set({ criteria, loading: true, error: null });
            await readList();
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
          watchList: () =>
            watchChanges(api, ['participants', 'enrolments', 'staff', 'projects'], () => {
              void readList();
            }),

          ...record.slice,
          watchCard: () => record.watch(['participants'], (id) => void readAudit(id)),

          saving: false,
          save: (fields, id) =>
            whileSaving(set, async () => {
              const saved =
                id === undefined
                  ? await api.call('participants.create', fields)
                  : await api.call('participants.update', { id, participant: fields });
              record.put(saved);
              return saved;
            }),

          findIdentityHolders(identity, exceptId) {
            return api.call('participants.findByIdentity', {
              ...identity,
              ...(exceptId === undefined ? {} : { exceptId }),
            });
          },

          audit: [],
          auditTotal: 0,
          auditQuery: INITIAL_AUDIT_QUERY,
          auditOf: null,
          auditLoading: false,
          auditError: null,
          async loadAudit(id) {
            set({
              audit: [],
              auditTotal: 0,
              auditQuery: INITIAL_AUDIT_QUERY,
              auditOf: id,
              auditLoading: true,
              auditError: null,
            });
            await readAudit(id);
          },
          async pageAudit(patch) {
            const { auditOf, auditQuery } = get();
            if (auditOf === null) return;
            const viewsToggled =
              patch.includeViews !== undefined && patch.includeViews !== auditQuery.includeViews;
            set({
              auditQuery: {
                ...auditQuery,
                ...patch,
                ...(viewsToggled ? { page: patch.page ?? 1 } : {}),
              },
              auditLoading: true,
              auditError: null,
            });
            await readAudit(auditOf);
          },

          found: [],
          findLoading: false,
          findError: null,
          async find(query) {
            set({ findLoading: true, findError: null });
            await finds.run(
              () => api.call('participants.search', { query, pageSize: 20 }),
              ({ rows }) => set({ found: rows, findLoading: false }),
              (findError) => set({ findLoading: false, findError }),
            );
          },

          party: null,
          partyError: null,
          async loadParty(participantId) {
            set((s) => ({
              party: s.party?.participant.id === participantId ? s.party : null,
              partyError: null,
            }));
            await parties.run(
              () =>
                Promise.all([
                  api.call('participants.get', { id: participantId }),
                  api.call('enrolments.forParticipant', { participantId }),
                ]),
              ([participant, enrolments]) => set({ party: { participant, enrolments } }),
              (partyError) => set({ partyError }),
            );
          },
        };
      },
      {
        name: CRITERIA_STORAGE_KEY,
        storage: createJSONStorage(storage),
        partialize: (state) => ({ criteria: state.criteria }),
        merge: (persisted, current) => ({ ...current, criteria: restoredCriteria(persisted) }),
      },
    ),
  );
}
