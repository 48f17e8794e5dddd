import { createStore } from 'zustand/vanilla';
import type { Project, ProjectInput, ProjectSummary } from '../../../src-main/contract/projects';
import type { ApiClient } from '../../api/client';

export interface ProjectsState {
  projects: ProjectSummary[];
  /** The project open in the form. */
  current: Project | null;
  loading: boolean;
  saving: boolean;
  error: string | null;
  load(): Promise<void>;
  loadOne(id: number): Promise<void>;
  /**
   * Creates (no id) or updates a project; amounts go as grosze, untouched. Failures set
   * `error` and are rethrown as ApiError so the form can put issues on its fields.
   */
  save(fields: ProjectInput, id?: number): Promise<Project>;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createProjectsStore(api: ApiClient) {
  let latestLoadOne = 0;

  return createStore<ProjectsState>((set) => ({
    projects: [],
    current: null,
    loading: false,
    saving: false,
    error: null,

    async load() {
      set({ loading: true, error: null });
      try {
        set({ projects: await api.call('projects.list', {}), loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },

    async loadOne(id) {
      const request = ++latestLoadOne;
      set((s) => ({
        current: s.current?.id === id ? s.current : null,
        loading: true,
        error: null,
      }));
      try {
        const current = await api.call('projects.get', { id });
        if (request === latestLoadOne) set({ current, loading: false });
      } catch (e) {
        if (request === latestLoadOne) set({ loading: false, error: messageOf(e) });
      }
    },

    async save(fields, id) {
      set({ saving: true, error: null });
      try {
        const saved =
          id === undefined
            ? await api.call('projects.create', fields)
            : await api.call('projects.update', { id, project: fields });
        latestLoadOne++; // an older loadOne must not replace what was just saved
        set((s) => ({
          current: saved,
          saving: false,
          // The list is reloaded when shown; until then the title and period stay right.
          projects: s.projects.map((p) =>
            p.id === saved.id ? { ...p, ...pickSummary(saved) } : p,
          ),
        }));
        return saved;
      } catch (e) {
        set({ saving: false, error: messageOf(e) });
        throw e;
      }
    },
  }));
}

function pickSummary(p: Project) {
  const { title, programme, edition, startDate, endDate, plannedWomen, plannedMen } = p;
  return { title, programme, edition, startDate, endDate, plannedWomen, plannedMen };
}
