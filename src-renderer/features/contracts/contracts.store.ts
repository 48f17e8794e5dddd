import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type { ContractDocumentData, IssuedDocument } from '../../../src-main/contract/documents';
import type {
  ContractContentInput,
  ContractRow,
  SocialContract,
} from '../../../src-main/contract/social-contracts';
import type { ContractStatus } from '../../../src-main/domain/contract-status';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';
import { currentRecord, type CurrentRecord } from '../../api/record';

/** What the list of contracts shows: its filters and the page. */
export interface ContractCriteria {
  /** The person's name or the contract's number, as typed in the search box. */
  query: string;
  status?: ContractStatus;
  socialWorkerId?: number;
  projectId?: number;
  /** Kończące się w ciągu 14 dni. */
  endingSoon: boolean;
  /** Z zaległą oceną. */
  evaluationDue: boolean;
  page: number;
  pageSize: number;
}

export const INITIAL_CONTRACT_CRITERIA: ContractCriteria = {
  query: '',
  endingSoon: false,
  evaluationDue: false,
  page: 1,
  pageSize: 25,
};

export type ContractSaveInput = {
  participantId: number;
  projectId: number | null;
  content: ContractContentInput;
};

export interface ContractsState extends CurrentRecord<SocialContract> {
  criteria: ContractCriteria;
  rows: ContractRow[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Lists with the criteria changed by `patch`; a change of a filter starts at page 1. */
  search(patch?: Partial<ContractCriteria>): Promise<void>;
  /**
   * While the list is on screen: reads it again (same filters, same page) when another
   * window changes contracts, people, projects or staff. Returns what stops it.
   */
  watchList(): () => void;

  /** The contract open on its screen: `current`, `loadOne` (api/record.ts). */
  /**
   * While `current` is shown read-only (never in the editor): reads it again when another
   * window changes contracts. Returns what stops it.
   */
  watchCurrent(): () => void;

  /** Kontrakty socjalne of one person, for the participant's card. */
  personRows: ContractRow[];
  personRowsFor: number | null;
  personLoading: boolean;
  personError: string | null;
  loadForParticipant(participantId: number): Promise<void>;
  /** While the card shows them: reads them again when contracts change. */
  watchPerson(): () => void;

  saving: boolean;
  /**
   * Writes rethrow ApiError, so a form or dialog can show the core's Polish message and
   * put `invalid_input` issues on its fields; on success `current` is the new state.
   */
  save(input: ContractSaveInput, id?: number): Promise<SocialContract>;
  sign(id: number, signedOn: string): Promise<SocialContract>;
  addEvaluation(input: ChannelInput<'contracts.addEvaluation'>): Promise<SocialContract>;
  amend(input: ChannelInput<'contracts.amend'>): Promise<SocialContract>;
  complete(input: ChannelInput<'contracts.complete'>): Promise<SocialContract>;
  terminate(input: ChannelInput<'contracts.terminate'>): Promise<SocialContract>;

  /** What a draft would print as, from the live data. */
  preview(id: number): Promise<ContractDocumentData>;
  /**
   * An issued document (the signed original, an amendment, an evaluation sheet), frozen. The
   * register is read only by the contract's screens; certificates will bring its own store.
   */
  issuedDocument(id: number): Promise<IssuedDocument>;
}

const FILTER_KEYS = [
  'query',
  'status',
  'socialWorkerId',
  'projectId',
  'endingSoon',
  'evaluationDue',
] as const;

/** The list's input: only the filters that are set, so the core applies no empty ones. */
export function listInput(c: ContractCriteria): ChannelInput<'contracts.list'> {
  const query = c.query.trim();
  return {
    ...(query ? { query } : {}),
    ...(c.status ? { status: c.status } : {}),
    ...(c.socialWorkerId ? { socialWorkerId: c.socialWorkerId } : {}),
    ...(c.projectId ? { projectId: c.projectId } : {}),
    ...(c.endingSoon ? { endingSoon: true } : {}),
    ...(c.evaluationDue ? { evaluationDue: true } : {}),
    page: c.page,
    pageSize: c.pageSize,
  };
}

export function createContractsStore(api: ApiClient) {
  const searches = latest();
  const personLoads = latest();

  return createStore<ContractsState>((set, get) => {
    // The reads themselves, without a spinner: a screen's own request shows one first, a
    // refresh after another window's write (watch…) does not.
    const readList = () =>
      searches.run(
        () => api.call('contracts.list', listInput(get().criteria)),
        ({ rows, total }) => set({ rows, total, loading: false }),
        (error) => set({ loading: false, error }),
      );
    const record = currentRecord<SocialContract>({
      api,
      set,
      get,
      read: (id) => api.call('contracts.get', { id }),
      idOf: (c) => c.id,
    });
    const readPerson = (participantId: number) =>
      personLoads.run(
        () => api.call('contracts.list', { participantId, page: 1, pageSize: 200 }),
        ({ rows }) => set({ personRows: rows, personLoading: false }),
        (personError) => set({ personLoading: false, personError }),
      );

    /** A write that returns the contract: it becomes `current`, and lists show it anew. */
    const write = (run: () => Promise<SocialContract>) =>
      whileSaving(set, async () => {
        const saved = await run();
        record.put(saved);
        set((s) => ({
          rows: s.rows.map((r) => (r.id === saved.id ? { ...r, ...rowPatch(saved) } : r)),
          personRows: s.personRows.map((r) =>
            r.id === saved.id ? { ...r, ...rowPatch(saved) } : r,
          ),
        }));
        return saved;
      });

    return {
      criteria: INITIAL_CONTRACT_CRITERIA,
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
        await readList();
      },
      watchList: () =>
        watchChanges(api, ['contracts', 'participants', 'projects', 'staff'], () => {
          void readList();
        }),

      ...record.slice,
      watchCurrent: () => record.watch(['contracts']),

      personRows: [],
      personRowsFor: null,
      personLoading: false,
      personError: null,
      async loadForParticipant(participantId) {
        set((s) => ({
          personRows: s.personRowsFor === participantId ? s.personRows : [],
          personRowsFor: participantId,
          personLoading: true,
          personError: null,
        }));
        await readPerson(participantId);
      },
      watchPerson: () =>
        watchChanges(api, ['contracts'], () => {
          const participantId = get().personRowsFor;
          if (participantId !== null) void readPerson(participantId);
        }),

      saving: false,
      save: ({ participantId, projectId, content }, id) =>
        write(() =>
          id === undefined
            ? api.call('contracts.create', { participantId, projectId, content })
            : api.call('contracts.update', { id, projectId, content }),
        ),
      sign: (id, signedOn) => write(() => api.call('contracts.sign', { id, signedOn })),
      addEvaluation: (input) => write(() => api.call('contracts.addEvaluation', input)),
      amend: (input) => write(() => api.call('contracts.amend', input)),
      complete: (input) => write(() => api.call('contracts.complete', input)),
      terminate: (input) => write(() => api.call('contracts.terminate', input)),

      preview: (id) => api.call('contracts.preview', { id }),
      issuedDocument: (id) => api.call('documents.get', { id }),
    };
  });
}

/** The list columns that a write may change. */
function rowPatch(c: SocialContract): Partial<ContractRow> {
  return {
    status: c.status,
    number: c.number,
    projectTitle: c.projectTitle,
    nextEvaluationOn: c.nextEvaluationOn,
    alerts: c.alerts,
    variant: c.content.variant,
    periodFrom: c.content.periodFrom,
    periodTo: c.content.periodTo,
  };
}
