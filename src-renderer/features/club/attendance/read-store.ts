import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChangedEntity } from '../../../../src-main/contract/events';
import { watchChanges } from '../../../api/changes';
import type { ApiClient } from '../../../api/client';
import { latest } from '../../../api/latest';

/**
 * One read the attendance screens show (a month's grid, an edition's hours, the register of
 * certificates, a person's club hours): its answer, "latest request wins", and a way to read
 * it again when another window writes. Each screen makes its own (`useState(() => …)`), as
 * dialogs do with the enrolments store, so nothing of it outlives the screen.
 */
export interface ReadState<I, T> {
  input: I | null;
  data: T | null;
  loading: boolean;
  error: string | null;
  /**
   * Reads for `input`. The answer already shown stays while the same input is read again;
   * another input's answer is cleared at once, so a grid never shows the previous month.
   */
  load(input: I): Promise<void>;
  /** Reads the shown input again without clearing it. */
  reread(): Promise<void>;
  /** A write returned the new answer: shown, and reads still on their way are dropped. */
  put(data: T): void;
  /** While on screen: reads again when `db.changed` names one of `kinds`. Returns the stop. */
  watch(kinds: readonly ChangedEntity[]): () => void;
}

export type ReadStore<I, T> = StoreApi<ReadState<I, T>>;

export function createReadStore<I, T>(
  api: ApiClient,
  read: (input: I) => Promise<T>,
): ReadStore<I, T> {
  const reads = latest();
  return createStore<ReadState<I, T>>((set, get) => {
    const run = (input: I) =>
      reads.run(
        () => read(input),
        (data) => set({ data, loading: false, error: null }),
        (error) => set({ loading: false, error }),
      );
    return {
      input: null,
      data: null,
      loading: false,
      error: null,
      async load(input) {
        const same = JSON.stringify(get().input) === JSON.stringify(input);
        set({ input, loading: true, error: null, ...(same ? {} : { data: null }) });
        await run(input);
      },
      async reread() {
        const input = get().input;
        if (input !== null) await run(input);
      },
      put(data) {
        reads.supersede();
        set({ data, error: null, loading: false });
      },
      watch: (kinds) => watchChanges(api, kinds, () => void get().reread()),
    };
  });
}
