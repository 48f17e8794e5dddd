import { createStore } from 'zustand/vanilla';
import type { Project, ProjectInput, ProjectSummary } from '../../../src-main/contract/projects';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';

/** What another room's screen needs to know of a project: EFS or not, and its period. */
export type ProjectFacts = Pick<Project, 'id' | 'title' | 'isEfs' | 'startDate' | 'endDate'>;

export interface ProjectsState {
  projects: ProjectSummary[];
  /** The project open in the form. */
  current: Project | null;
  loading: boolean;
  saving: boolean;
  error: string | null;
  load(): Promise<void>;
  /**
   * While the list is on screen: reads it again when another window changes projects or
   * enrolments (the numbers enrolled). Returns what stops it.
   */
  watchList(): () => void;
  loadOne(id: number): Promise<void>;
  /**
   * Creates (no id) or updates a project; amounts go as grosze, untouched. Failures set
   * `error` and are rethrown as ApiError so the form can put issues on its fields.
   */
  save(fields: ProjectInput, id?: number): Promise<Project>;

  /**
   * Projects other screens refer to (a contract's), by id: whether one is an EFS one (the
   * instrument rule and the logo strip apply) and when it ends. Null: it could not be read.
   */
  facts: Record<number, ProjectFacts | null>;
  /** Asks the core once; `fresh` asks again (before signing, the end date may have moved). */
  loadFacts(projectId: number, fresh?: boolean): Promise<void>;
}

export function createProjectsStore(api: ApiClient) {
  const lists = latest();
  const loads = latest();

  return createStore<ProjectsState>((set, get) => {
    /** The list itself, without a spinner (a refresh after another window's write shows none). */
    const readList = () =>
      lists.run(
        () => api.call('projects.list', {}),
        (projects) => set({ projects, loading: false }),
        (error) => set({ loading: false, error }),
      );

    return {
      projects: [],
      current: null,
      loading: false,
      saving: false,
      error: null,

      async load() {
        set({ loading: true, error: null });
        await readList();
      },
      watchList: () =>
        watchChanges(api, ['projects', 'enrolments'], () => {
          void readList();
        }),

      async loadOne(id) {
        set((s) => ({
          current: s.current?.id === id ? s.current : null,
          loading: true,
          error: null,
        }));
        await loads.run(
          () => api.call('projects.get', { id }),
          (current) => set({ current, loading: false }),
          (error) => set({ loading: false, error }),
        );
      },

      async save(fields, id) {
        set({ error: null });
        try {
          return await whileSaving(set, async () => {
            const saved =
              id === undefined
                ? await api.call('projects.create', fields)
                : await api.call('projects.update', { id, project: fields });
            loads.supersede(); // an older loadOne must not replace what was just saved
            set((s) => ({
              current: saved,
              // The list is reloaded when shown; until then the title and period stay right.
              projects: s.projects.map((p) =>
                p.id === saved.id ? { ...p, ...pickSummary(saved) } : p,
              ),
            }));
            return saved;
          });
        } catch (e) {
          // The headline only: the form puts the core's issues on its fields.
          set({ error: (e as Error).message });
          throw e;
        }
      },

      facts: {},
      async loadFacts(projectId, fresh = false) {
        if (!fresh && projectId in get().facts) return;
        if (fresh)
          set((s) => {
            const { [projectId]: _stale, ...others } = s.facts;
            return { facts: others };
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
        set((s) => ({ facts: { ...s.facts, [projectId]: facts } }));
      },
    };
  });
}

function pickSummary(p: Project) {
  const { title, programme, edition, startDate, endDate, plannedWomen, plannedMen } = p;
  return { title, programme, edition, startDate, endDate, plannedWomen, plannedMen };
}
