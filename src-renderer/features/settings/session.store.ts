import { createStore } from 'zustand/vanilla';
import type {
  OfficeSettings,
  SessionState as CoreSession,
} from '../../../src-main/contract/settings';
import type { StaffMember } from '../../../src-main/contract/staff';
import type { ApiClient } from '../../api/client';

/** The office, its staff and who is acting: what the header and many forms need. */
export interface SessionState {
  office: OfficeSettings | null;
  staff: StaffMember[];
  session: CoreSession | null;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  reloadStaff(): Promise<void>;
  setActingStaff(staffId: number | null): Promise<void>;
  setOffice(office: OfficeSettings): void;
}

export function createSessionStore(api: ApiClient) {
  return createStore<SessionState>((set) => ({
    office: null,
    staff: [],
    session: null,
    loading: false,
    error: null,
    async load() {
      set({ loading: true, error: null });
      try {
        const [office, staff, session] = await Promise.all([
          api.call('settings.get', {}),
          api.call('staff.list', { includeInactive: true }),
          api.call('session.get', {}),
        ]);
        set({ office, staff, session, loading: false });
      } catch (e) {
        set({ loading: false, error: (e as Error).message });
      }
    },
    async reloadStaff() {
      set({ staff: await api.call('staff.list', { includeInactive: true }) });
    },
    async setActingStaff(staffId) {
      set({ session: await api.call('session.setActingStaff', { staffId }) });
    },
    setOffice(office) {
      set({ office });
    },
  }));
}
