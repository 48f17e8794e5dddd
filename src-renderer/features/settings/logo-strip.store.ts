import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';

/** The EU logo strip the office supplies once (a PNG or JPEG data URL), printed on EFS documents. */
export interface LogoStripState {
  dataUrl: string | null;
  /** False while asking: what is shown (or warned about before printing) waits for the answer. */
  loaded: boolean;
  saving: boolean;
  error: string | null;
  /** Asks the core afresh (before printing: another window may have uploaded it meanwhile). */
  load(): Promise<void>;
  /** Stores a new strip, or removes it with null; rethrows the core's message. */
  save(dataUrl: string | null): Promise<void>;
}

/** Whether the office has uploaded the strip: null while asking or when it could not be read. */
export const logoStripPresent = (s: LogoStripState): boolean | null =>
  !s.loaded || s.error !== null ? null : s.dataUrl !== null;

export function createLogoStripStore(api: ApiClient) {
  const loads = latest();

  return createStore<LogoStripState>((set) => ({
    dataUrl: null,
    loaded: false,
    saving: false,
    error: null,
    async load() {
      set({ loaded: false, error: null });
      await loads.run(
        () => api.call('settings.getLogoStrip', {}),
        ({ dataUrl }) => set({ dataUrl, loaded: true }),
        (error) => set({ error, loaded: true }),
      );
    },
    async save(dataUrl) {
      set({ error: null });
      await whileSaving(set, async () => {
        const saved = await api.call('settings.setLogoStrip', { dataUrl });
        loads.supersede(); // an older answer must not bring back the strip just replaced
        set({ dataUrl: saved.dataUrl, loaded: true });
      });
    },
  }));
}
