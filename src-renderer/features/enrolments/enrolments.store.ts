import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type {
  EligibilityResult,
  Enrolment,
  EnrolmentCreateInput,
  MonitoringData,
} from '../../../src-main/contract/enrolments';
import type { ApiClient } from '../../api/client';

export type StatusChangeInput = ChannelInput<'enrolments.changeStatus'>;

/** One participant's enrolments (udział w projektach); a panel makes its own store. */
export interface EnrolmentsState {
  enrolments: Enrolment[];
  loading: boolean;
  error: string | null;
  load(participantId: number): Promise<void>;

  /** The live eligibility check of the enrolment dialog. */
  eligibility: EligibilityResult | null;
  eligibilityLoading: boolean;
  eligibilityError: string | null;
  checkEligibility(
    participantId: number,
    projectId: number | null,
    onDate: string | null,
  ): Promise<void>;

  saving: boolean;
  /** Rethrow ApiError, so a dialog can show the core's Polish message and field issues. */
  create(input: EnrolmentCreateInput): Promise<Enrolment>;
  changeStatus(input: StatusChangeInput): Promise<Enrolment>;
  /** Completes or corrects the EFS monitoring data of an enrolment. */
  updateMonitoring(id: number, monitoring: MonitoringData): Promise<Enrolment>;
  /** The situation on leaving the project (EFS+ results). */
  recordExit(input: ChannelInput<'enrolments.recordExit'>): Promise<Enrolment>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createEnrolmentsStore(api: ApiClient) {
  let latestCheck = 0;
  let latestLoad = 0;

  return createStore<EnrolmentsState>((set, get) => {
    /** Runs a write, then puts the returned enrolment in place of (or next to) the old one. */
    async function write(run: () => Promise<Enrolment>): Promise<Enrolment> {
      set({ saving: true });
      try {
        const saved = await run();
        const list = get().enrolments;
        const enrolments = list.some((e) => e.id === saved.id)
          ? list.map((e) => (e.id === saved.id ? saved : e))
          : [...list, saved];
        set({ enrolments, saving: false });
        return saved;
      } catch (e) {
        set({ saving: false });
        throw e;
      }
    }

    return {
      enrolments: [],
      loading: false,
      error: null,
      async load(participantId) {
        const request = ++latestLoad; // the card may switch to another person meanwhile
        set({ loading: true, error: null });
        try {
          const enrolments = await api.call('enrolments.forParticipant', { participantId });
          if (request === latestLoad) set({ enrolments, loading: false });
        } catch (e) {
          if (request === latestLoad) set({ loading: false, error: messageOf(e) });
        }
      },

      eligibility: null,
      eligibilityLoading: false,
      eligibilityError: null,
      async checkEligibility(participantId, projectId, onDate) {
        const request = ++latestCheck;
        if (projectId === null || onDate === null) {
          set({ eligibility: null, eligibilityLoading: false, eligibilityError: null });
          return;
        }
        set({ eligibilityLoading: true, eligibilityError: null });
        try {
          const eligibility = await api.call('enrolments.checkEligibility', {
            participantId,
            projectId,
            onDate,
          });
          if (request === latestCheck) set({ eligibility, eligibilityLoading: false });
        } catch (e) {
          if (request === latestCheck)
            set({ eligibility: null, eligibilityLoading: false, eligibilityError: messageOf(e) });
        }
      },

      saving: false,
      create: (input) => write(() => api.call('enrolments.create', input)),
      changeStatus: (input) => write(() => api.call('enrolments.changeStatus', input)),
      updateMonitoring: (id, monitoring) =>
        write(() => api.call('enrolments.updateMonitoring', { id, monitoring })),
      recordExit: (input) => write(() => api.call('enrolments.recordExit', input)),
    };
  });
}
