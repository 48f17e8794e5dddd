import type { ChangedEntity } from '../../src-main/contract/events';
import { watchChanges } from './changes';
import type { ApiClient } from './client';
import { latest } from './latest';

/**
 * The record a store's card or editor shows (a participant, a contract, a club edition), in
 * the store's state under these names.
 */
export interface CurrentRecord<T> {
  current: T | null;
  currentLoading: boolean;
  currentError: string | null;
  /**
   * Reads the record. The one already shown stays while its new answer comes (no blank
   * flash); another one is cleared at once, so a card never shows the previous person.
   */
  loadOne(id: number): Promise<void>;
}

export interface RecordReads<T> {
  /** The state's initial values and `loadOne`, to spread into the store. */
  slice: CurrentRecord<T>;
  /** Reads the shown record again without a spinner (after another window's write). */
  reread(): void;
  /**
   * While a card shows the record (never a form): reads it again when `db.changed` names one
   * of `kinds`, and calls `also` with its id (the card's history, say). Returns what stops it.
   */
  watch(kinds: readonly ChangedEntity[], also?: (id: number) => void): () => void;
  /** A write returned the record: it is shown, and reads still on their way are dropped. */
  put(record: T): void;
  /** Reads still on their way are dropped (a write changed what they would show). */
  supersede(): void;
}

/**
 * The "list + current record" pattern's second half, once for every store: `current`,
 * `loadOne` through its own `latest()`, `watch…()` over `watchChanges`, and `put` after a
 * write. `idOf` finds the record's id (a club programme's is its edition's).
 */
export function currentRecord<T>(options: {
  api: ApiClient;
  set: (patch: Partial<CurrentRecord<T>>) => void;
  get: () => CurrentRecord<T>;
  read: (id: number) => Promise<T>;
  idOf: (record: T) => number;
}): RecordReads<T> {
  const { api, set, get, read, idOf } = options;
  const loads = latest();
  const readOne = (id: number) =>
    loads.run(
      () => read(id),
      (current) => set({ current, currentLoading: false }),
      (currentError) => set({ currentLoading: false, currentError }),
    );
  const shownId = () => {
    const current = get().current;
    return current === null ? undefined : idOf(current);
  };

  return {
    slice: {
      current: null,
      currentLoading: false,
      currentError: null,
      async loadOne(id) {
        set({
          current: shownId() === id ? get().current : null,
          currentLoading: true,
          currentError: null,
        });
        await readOne(id);
      },
    },
    reread() {
      const id = shownId();
      if (id !== undefined) void readOne(id);
    },
    watch: (kinds, also) =>
      watchChanges(api, kinds, () => {
        const id = shownId();
        if (id === undefined) return;
        void readOne(id);
        also?.(id);
      }),
    put(record) {
      loads.supersede(); // an older loadOne must not replace what was just written
      set({ current: record, currentError: null });
    },
    supersede: () => loads.supersede(),
  };
}
