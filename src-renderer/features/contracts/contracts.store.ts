import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type { ContractDocumentData, IssuedDocument } from '../../../src-main/contract/documents';
import type { Enrolment } from '../../../src-main/contract/enrolments';
import type { Participant, ParticipantRow } from '../../../src-main/contract/participants';
import type { Project } from '../../../src-main/contract/projects';
import type {
  ContractContentInput,
  ContractRow,
  Instrument,
  SocialContract,
} from '../../../src-main/contract/social-contracts';
import type { ContractStatus } from '../../../src-main/domain/contract-status';
import type { InstrumentGroup } from '../../../src-main/domain/integration-instruments';
import type { ApiClient } from '../../api/client';

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

/** The person a new contract is made for, with the projects they take part in. */
export interface ContractParty {
  participant: Participant;
  enrolments: Enrolment[];
}

/** What the contract's screens need to know of its project: EFS or not, and its period. */
export type ProjectFacts = Pick<Project, 'id' | 'title' | 'isEfs' | 'startDate' | 'endDate'>;

export type ContractSaveInput = {
  participantId: number;
  projectId: number | null;
  content: ContractContentInput;
};

export interface ContractsState {
  criteria: ContractCriteria;
  rows: ContractRow[];
  total: number;
  loading: boolean;
  error: string | null;
  /** Lists with the criteria changed by `patch`; a change of a filter starts at page 1. */
  search(patch?: Partial<ContractCriteria>): Promise<void>;

  /** People a new contract may be made for, found by name or PESEL ("Nowy kontrakt"). */
  candidates: ParticipantRow[];
  candidatesLoading: boolean;
  candidatesError: string | null;
  findCandidates(query: string): Promise<void>;

  /** The contract open on its screen. */
  current: SocialContract | null;
  currentLoading: boolean;
  currentError: string | null;
  loadOne(id: number): Promise<void>;

  /** The person of the contract in the editor (read-only there). */
  party: ContractParty | null;
  partyError: string | null;
  loadParty(participantId: number): Promise<void>;
  /**
   * The projects of the contracts on screen, by id: whether one is an EFS one (the
   * instrument rule and the logo strip apply) and when it ends. Null: it could not be read.
   */
  projectFacts: Record<number, ProjectFacts | null>;
  /** Asks the core once; `fresh` asks again (before signing, the end date may have moved). */
  loadProject(projectId: number, fresh?: boolean): Promise<void>;
  /** Whether the office has uploaded the EU logo strip: null while asking or when unknown. */
  logoStrip: { checked: boolean; present: boolean | null };
  checkLogoStrip(): Promise<void>;

  /** The catalogue of integration instruments, inactive ones included. */
  instruments: Instrument[];
  instrumentsLoading: boolean;
  instrumentsError: string | null;
  loadInstruments(): Promise<void>;
  saveInstrument(
    fields: { group: InstrumentGroup; name: string; active: boolean },
    id?: number,
  ): Promise<Instrument>;

  /** Kontrakty socjalne of one person, for the participant's card. */
  personRows: ContractRow[];
  personRowsFor: number | null;
  personLoading: boolean;
  personError: string | null;
  loadForParticipant(participantId: number): Promise<void>;

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
  /** An issued document (the signed original, an amendment, an evaluation sheet), frozen. */
  issuedDocument(id: number): Promise<IssuedDocument>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

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
  let latestSearch = 0;
  let latestLoadOne = 0;
  let latestParty = 0;
  let latestPerson = 0;
  let latestCandidates = 0;

  return createStore<ContractsState>((set, get) => {
    /** A write that returns the contract: it becomes `current`, and lists show it anew. */
    async function write(run: () => Promise<SocialContract>): Promise<SocialContract> {
      set({ saving: true });
      try {
        const saved = await run();
        latestLoadOne++; // an older loadOne must not replace what was just written
        set((s) => ({
          saving: false,
          current: saved,
          currentError: null,
          rows: s.rows.map((r) => (r.id === saved.id ? { ...r, ...rowPatch(saved) } : r)),
          personRows: s.personRows.map((r) =>
            r.id === saved.id ? { ...r, ...rowPatch(saved) } : r,
          ),
        }));
        return saved;
      } catch (e) {
        set({ saving: false });
        throw e;
      }
    }

    return {
      criteria: INITIAL_CONTRACT_CRITERIA,
      rows: [],
      total: 0,
      loading: false,
      error: null,
      async search(patch = {}) {
        const request = ++latestSearch;
        const filterChanged = FILTER_KEYS.some((k) => k in patch);
        const criteria = {
          ...get().criteria,
          ...patch,
          ...(filterChanged && patch.page === undefined ? { page: 1 } : {}),
        };
        set({ criteria, loading: true, error: null });
        try {
          const { rows, total } = await api.call('contracts.list', listInput(criteria));
          if (request === latestSearch) set({ rows, total, loading: false });
        } catch (e) {
          if (request === latestSearch) set({ loading: false, error: messageOf(e) });
        }
      },

      candidates: [],
      candidatesLoading: false,
      candidatesError: null,
      async findCandidates(query) {
        const request = ++latestCandidates;
        set({ candidatesLoading: true, candidatesError: null });
        try {
          const { rows } = await api.call('participants.search', { query, pageSize: 20 });
          if (request === latestCandidates) set({ candidates: rows, candidatesLoading: false });
        } catch (e) {
          if (request === latestCandidates)
            set({ candidatesLoading: false, candidatesError: messageOf(e) });
        }
      },

      current: null,
      currentLoading: false,
      currentError: null,
      async loadOne(id) {
        const request = ++latestLoadOne;
        set((s) => ({
          current: s.current?.id === id ? s.current : null,
          currentLoading: true,
          currentError: null,
        }));
        try {
          const current = await api.call('contracts.get', { id });
          if (request === latestLoadOne) set({ current, currentLoading: false });
        } catch (e) {
          if (request === latestLoadOne) set({ currentLoading: false, currentError: messageOf(e) });
        }
      },

      party: null,
      partyError: null,
      async loadParty(participantId) {
        const request = ++latestParty;
        set((s) => ({
          party: s.party?.participant.id === participantId ? s.party : null,
          partyError: null,
        }));
        try {
          const [participant, enrolments] = await Promise.all([
            api.call('participants.get', { id: participantId }),
            api.call('enrolments.forParticipant', { participantId }),
          ]);
          if (request === latestParty) set({ party: { participant, enrolments } });
        } catch (e) {
          if (request === latestParty) set({ partyError: messageOf(e) });
        }
      },

      projectFacts: {},
      async loadProject(projectId, fresh = false) {
        if (!fresh && projectId in get().projectFacts) return;
        if (fresh)
          set((s) => {
            const { [projectId]: _stale, ...others } = s.projectFacts;
            return { projectFacts: others };
          });
        let facts: ProjectFacts | null = null;
        try {
          const { id, title, isEfs, startDate, endDate } = await api.call('projects.get', {
            id: projectId,
          });
          facts = { id, title, isEfs, startDate, endDate };
        } catch {
          // Unknown: the editor then shows no rule and no warning; the core still checks the rule.
        }
        set((s) => ({ projectFacts: { ...s.projectFacts, [projectId]: facts } }));
      },

      logoStrip: { checked: false, present: null },
      async checkLogoStrip() {
        set({ logoStrip: { checked: false, present: null } });
        try {
          const { dataUrl } = await api.call('settings.getLogoStrip', {});
          set({ logoStrip: { checked: true, present: dataUrl !== null } });
        } catch {
          set({ logoStrip: { checked: true, present: null } });
        }
      },

      instruments: [],
      instrumentsLoading: false,
      instrumentsError: null,
      async loadInstruments() {
        set({ instrumentsLoading: true, instrumentsError: null });
        try {
          const instruments = await api.call('instruments.list', { includeInactive: true });
          set({ instruments, instrumentsLoading: false });
        } catch (e) {
          set({ instrumentsLoading: false, instrumentsError: messageOf(e) });
        }
      },
      async saveInstrument(fields, id) {
        set({ saving: true });
        try {
          const saved =
            id === undefined
              ? await api.call('instruments.create', fields)
              : await api.call('instruments.update', { ...fields, id });
          set((s) => ({
            saving: false,
            instruments: s.instruments.some((i) => i.id === saved.id)
              ? s.instruments.map((i) => (i.id === saved.id ? saved : i))
              : [...s.instruments, saved],
          }));
          return saved;
        } catch (e) {
          set({ saving: false });
          throw e;
        }
      },

      personRows: [],
      personRowsFor: null,
      personLoading: false,
      personError: null,
      async loadForParticipant(participantId) {
        const request = ++latestPerson;
        set((s) => ({
          personRows: s.personRowsFor === participantId ? s.personRows : [],
          personRowsFor: participantId,
          personLoading: true,
          personError: null,
        }));
        try {
          const { rows } = await api.call('contracts.list', {
            participantId,
            page: 1,
            pageSize: 200,
          });
          if (request === latestPerson) set({ personRows: rows, personLoading: false });
        } catch (e) {
          if (request === latestPerson) set({ personLoading: false, personError: messageOf(e) });
        }
      },

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
