import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type { Course, CourseProvider, CourseSummary } from '../../../src-main/contract/courses';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';
import { projectList, type ProjectListFields } from '../../api/project-list';
import { currentRecord, type CurrentRecord } from '../../api/record';

/**
 * Kursy zawodowe: the training providers, the list of courses (by project) and the course open
 * in its screen (`current`: the course with its programme, participants, classes and exam).
 * What a tab reads only for itself — the attendance grid, the completion, the certificates —
 * is that tab's own read store (attendance/read-store.ts).
 */
export interface CoursesState extends CurrentRecord<Course>, ProjectListFields {
  providers: CourseProvider[];
  providersLoading: boolean;
  providersError: string | null;
  loadProviders(): Promise<void>;
  /** Adds (no `id`) or changes a provider; the ApiError is rethrown for the dialog's fields. */
  saveProvider(input: ChannelInput<'courses.saveProvider'>): Promise<CourseProvider>;

  courses: CourseSummary[];
  /** Lists the courses, of one project when `projectId` is given (null: every project). */
  loadCourses(projectId?: number | null): Promise<void>;
  /** While a list is on screen: reads it (and the providers) again after another window's write. */
  watchList(): () => void;
  /** While the course's tabs show `current`: reads it again after another window's write. */
  watchCourse(): () => void;

  saving: boolean;
  /** Each write shows its answer (the whole course) at once; errors are rethrown untouched. */
  saveCourse(input: ChannelInput<'courses.save'>): Promise<Course>;
  setParticipants(input: ChannelInput<'courses.setParticipants'>): Promise<Course>;
  saveClasses(input: ChannelInput<'courses.saveClasses'>): Promise<Course>;
  saveExam(input: ChannelInput<'courses.saveExam'>): Promise<Course>;
}

export function createCoursesStore(api: ApiClient) {
  const providerReads = latest();

  return createStore<CoursesState>((set, get) => {
    const record = currentRecord<Course>({
      api,
      set,
      get,
      read: (id) => api.call('courses.get', { id }),
      idOf: (c) => c.id,
    });
    const list = projectList<CoursesState, CourseSummary[]>({
      set,
      get,
      read: (input) => api.call('courses.list', input),
      show: (courses) => ({ courses }),
    });
    const readProviders = () =>
      providerReads.run(
        () => api.call('courses.listProviders', {}),
        (providers) => set({ providers, providersLoading: false }),
        (providersError) => set({ providersLoading: false, providersError }),
      );
    /** A write answering with the whole course: shown at once, and the list follows. */
    const write = (run: () => Promise<Course>) =>
      whileSaving(set, async () => {
        const course = await run();
        record.put(course);
        void list.reread();
        return course;
      });

    return {
      providers: [],
      providersLoading: false,
      providersError: null,
      async loadProviders() {
        set({ providersLoading: true, providersError: null });
        await readProviders();
      },
      saveProvider: (input) =>
        whileSaving(set, async () => {
          const saved = await api.call('courses.saveProvider', input);
          providerReads.supersede();
          set((s) => ({
            providers: s.providers.some((p) => p.id === saved.id)
              ? s.providers.map((p) => (p.id === saved.id ? saved : p))
              : [...s.providers, saved],
          }));
          void readProviders();
          return saved;
        }),

      projectId: undefined,
      courses: [],
      loading: false,
      error: null,
      loadCourses: list.load,
      watchList: () =>
        watchChanges(api, ['courses', 'projects'], () => {
          void list.reread();
          void readProviders();
        }),

      ...record.slice,
      watchCourse: () => record.watch(['courses', 'projects', 'participants', 'enrolments']),

      saving: false,
      saveCourse: (input) => write(() => api.call('courses.save', input)),
      setParticipants: (input) => write(() => api.call('courses.setParticipants', input)),
      saveClasses: (input) => write(() => api.call('courses.saveClasses', input)),
      saveExam: (input) => write(() => api.call('courses.saveExam', input)),
    };
  });
}
