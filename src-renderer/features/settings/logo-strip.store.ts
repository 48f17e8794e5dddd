import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';

/** The EU logo strip the office supplies once (a PNG or JPEG data URL), printed on EFS documents. */
export interface LogoStripState {
  dataUrl: string | null;
  loaded: boolean;
  saving: boolean;
  error: string | null;
  load(): Promise<void>;
  /** Stores a new strip, or removes it with null; rethrows the core's message. */
  save(dataUrl: string | null): Promise<void>;
}

export function createLogoStripStore(api: ApiClient) {
  return createStore<LogoStripState>((set) => ({
    dataUrl: null,
    loaded: false,
    saving: false,
    error: null,
    async load() {
      set({ error: null });
      try {
        const { dataUrl } = await api.call('settings.getLogoStrip', {});
        set({ dataUrl, loaded: true });
      } catch (e) {
        set({ error: (e as Error).message, loaded: true });
      }
    },
    async save(dataUrl) {
      set({ saving: true, error: null });
      try {
        const saved = await api.call('settings.setLogoStrip', { dataUrl });
        set({ dataUrl: saved.dataUrl, saving: false });
      } catch (e) {
        set({ saving: false });
        throw e;
      }
    },
  }));
}
