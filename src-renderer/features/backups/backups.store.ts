import { createStore } from 'zustand/vanilla';
import { watchChanges } from '../../api/changes';
import { errorMessage, type ApiClient } from '../../api/client';
import type { BackupCopyInfo, BackupStatus } from '../../../src-main/contract/backups';

/** The office's backup copies: their settings, the header's warning and the list of copies. */
export interface BackupsState {
  status: BackupStatus | null;
  copies: BackupCopyInfo[];
  /** Why the list could not be read (e.g. the folder is unreachable). */
  listError: string | null;
  creating: boolean;
  loadStatus(): Promise<void>;
  /** While the header shows the warning: reads it again when another window made a copy. */
  watchStatus(): () => void;
  loadCopies(): Promise<void>;
  /** Rethrows the core's error (an ApiError with per-field issues) for the form. */
  configure(values: { folder: string; password: string }): Promise<void>;
  /** Rethrows the core's Polish message. */
  createNow(): Promise<BackupCopyInfo>;
  restore(file: string, password: string): Promise<{ setAside: string }>;
}

export function createBackupsStore(api: ApiClient) {
  return createStore<BackupsState>((set, get) => ({
    status: null,
    copies: [],
    listError: null,
    creating: false,
    async loadStatus() {
      try {
        set({ status: await api.call('backups.status', {}) });
      } catch {
        // The header's warning is advice: a failed read leaves the last one shown.
      }
    },
    watchStatus: () =>
      watchChanges(api, ['backups'], () => {
        void get().loadStatus();
      }),
    async loadCopies() {
      if (!get().status?.folder) return set({ copies: [], listError: null });
      try {
        set({ copies: await api.call('backups.list', {}), listError: null });
      } catch (e) {
        set({ copies: [], listError: errorMessage(e) });
      }
    },
    async configure(values) {
      set({ status: await api.call('backups.configure', values) });
      await get().loadCopies();
    },
    async createNow() {
      set({ creating: true });
      try {
        const copy = await api.call('backups.create', {});
        await Promise.all([get().loadStatus(), get().loadCopies()]);
        return copy;
      } catch (e) {
        await get().loadStatus();
        throw e;
      } finally {
        set({ creating: false });
      }
    },
    async restore(file, password) {
      return api.call('backups.restore', { file, password });
    },
  }));
}
