import { createStore } from 'zustand/vanilla';
import type { Instrument } from '../../../src-main/contract/social-contracts';
import type { InstrumentGroup } from '../../../src-main/domain/integration-instruments';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';

/**
 * The catalogue of integration instruments (inactive ones included): edited in Settings,
 * offered in the contract editor.
 */
export interface InstrumentsState {
  instruments: Instrument[];
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  /** While the catalogue is on screen: reads it again when another window changes it. */
  watch(): () => void;
  saving: boolean;
  /** Adds (no id) or changes an instrument; rethrows the core's ApiError for the dialog. */
  save(
    fields: { group: InstrumentGroup; name: string; active: boolean },
    id?: number,
  ): Promise<Instrument>;
}

export function createInstrumentsStore(api: ApiClient) {
  const loads = latest();

  return createStore<InstrumentsState>((set) => {
    /** The catalogue itself, without a spinner (a refresh after another window's write). */
    const read = () =>
      loads.run(
        () => api.call('instruments.list', { includeInactive: true }),
        (instruments) => set({ instruments, loading: false }),
        (error) => set({ loading: false, error }),
      );

    return {
      instruments: [],
      loading: false,
      error: null,
      async load() {
        set({ loading: true, error: null });
        await read();
      },
      watch: () =>
        watchChanges(api, ['instruments'], () => {
          void read();
        }),

      saving: false,
      save: (fields, id) =>
        whileSaving(set, async () => {
          const saved =
            id === undefined
              ? await api.call('instruments.create', fields)
              : await api.call('instruments.update', { ...fields, id });
          set((s) => ({
            instruments: s.instruments.some((i) => i.id === saved.id)
              ? s.instruments.map((i) => (i.id === saved.id ? saved : i))
              : [...s.instruments, saved],
          }));
          return saved;
        }),
    };
  });
}
