import { latest } from './latest';

/** A store's list that can be narrowed to one project (the club's editions, the courses). */
export interface ProjectListFields {
  /** The list's project filter (undefined: every project). */
  projectId: number | undefined;
  loading: boolean;
  error: string | null;
}

/**
 * Reading such a list: `load` sets the filter (a project's id, null for every project, nothing
 * to keep it) and reads; `reread` reads again with the filter kept (another window's write).
 * The latest request wins; a failure is said in `error`.
 */
export function projectList<S extends ProjectListFields, T>(options: {
  set: (patch: Partial<S>) => void;
  get: () => S;
  read: (input: { projectId?: number }) => Promise<T>;
  /** The answer as the store's fields. */
  show: (answer: T) => Partial<S>;
}) {
  const { set, get, read, show } = options;
  const lists = latest();
  const reread = () => {
    const projectId = get().projectId;
    return lists.run(
      () => read(projectId === undefined ? {} : { projectId }),
      (answer) => set({ ...show(answer), loading: false }),
      (error) => set({ loading: false, error } as Partial<S>),
    );
  };
  return {
    reread,
    async load(projectId?: number | null) {
      set({
        ...(projectId === undefined ? {} : { projectId: projectId ?? undefined }),
        loading: true,
        error: null,
      } as Partial<S>);
      await reread();
    },
  };
}
