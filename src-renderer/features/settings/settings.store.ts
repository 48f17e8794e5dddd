import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OfficeSettings, OfficeSettingsInput } from '../../../src-main/contract/settings';
import type { StaffInput, StaffMember } from '../../../src-main/contract/staff';
import type { ApiClient } from '../../api/client';
import { whileSaving } from '../../api/latest';
import type { SessionState } from '../accounts/session.store';

/**
 * Writes of the settings screen. What they change is read from the session store (office
 * and staff are needed all over the application), so every write refreshes it there.
 */
export interface SettingsState {
  saving: boolean;
  /** Rethrow ApiError so the form can put the core's issues on its fields. */
  saveOffice(input: OfficeSettingsInput): Promise<OfficeSettings>;
  saveStaff(fields: StaffInput, id?: number): Promise<StaffMember>;
  setStaffActive(member: StaffMember, active: boolean): Promise<StaffMember>;
}

export function createSettingsStore(api: ApiClient, session: StoreApi<SessionState>) {
  return createStore<SettingsState>((set, get) => ({
    saving: false,
    saveOffice: (input) =>
      whileSaving(set, async () => {
        const office = await api.call('settings.update', input);
        session.getState().setOffice(office);
        return office;
      }),
    saveStaff: (fields, id) =>
      whileSaving(set, async () => {
        const member =
          id === undefined
            ? await api.call('staff.create', fields)
            : await api.call('staff.update', { ...fields, id });
        await session.getState().reloadStaff();
        return member;
      }),
    setStaffActive: (member, active) => {
      const { id, ...fields } = member;
      return get().saveStaff({ ...fields, active }, id);
    },
  }));
}
