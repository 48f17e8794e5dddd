import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type {
  EligibilityResult,
  Enrolment,
  EnrolmentCreateInput,
  MonitoringData,
} from '../../../src-main/contract/enrolments';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';

export type StatusChangeInput = ChannelInput<'enrolments.changeStatus'>;

/** One participant's enrolments (udział w projektach); a panel makes its own store. */
export interface EnrolmentsState {
  enrolments: Enrolment[];
  loading: boolean;
  error: string | null;
  load(participantId: number): Promise<void>;
  /**
   * While the panel shows them: reads them again when another window changes enrolments
   * (or ends a contract, which may end one) or projects. Returns what stops it.
   */
  watch(participantId: number): () => void;

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

export function createEnrolmentsStore(api: ApiClient) {
  const checks = latest();
  const loads = latest(); // the card may switch to another person meanwhile

  return createStore<EnrolmentsState>((set, get) => {
    /** The list itself, without a spinner (a refresh after another window's write). */
    const read = (participantId: number) =>
      loads.run(
        () => api.call('enrolments.forParticipant', { participantId }),
        (enrolments) => set({ enrolments, loading: false }),
        (error) => set({ loading: false, error }),
      );
    /** Runs a write, then puts the returned enrolment in place of (or next to) the old one. */
    const write = (run: () => Promise<Enrolment>) =>
      whileSaving(set, async () => {
        const saved = await run();
        const list = get().enrolments;
        set({
          enrolments: list.some((e) => e.id === saved.id)
            ? list.map((e) => (e.id === saved.id ? saved : e))
            : [...list, saved],
        });
        return saved;
      });

    return {
      enrolments: [],
      loading: false,
      error: null,
      async load(participantId) {
        set({ loading: true, error: null });
        await read(participantId);
      },
      watch: (participantId) =>
        watchChanges(api, ['enrolments', 'projects'], () => {
          void read(participantId);
        }),

      eligibility: null,
      eligibilityLoading: false,
      eligibilityError: null,
      async checkEligibility(participantId, projectId, onDate) {
        if (projectId === null || onDate === null) {
          checks.supersede(); // an answer still on its way is for a question no longer asked
          set({ eligibility: null, eligibilityLoading: false, eligibilityError: null });
          return;
        }
        set({ eligibilityLoading: true, eligibilityError: null });
        await checks.run(
          () => api.call('enrolments.checkEligibility', { participantId, projectId, onDate }),
          (eligibility) => set({ eligibility, eligibilityLoading: false }),
          (eligibilityError) =>
            set({ eligibility: null, eligibilityLoading: false, eligibilityError }),
        );
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
