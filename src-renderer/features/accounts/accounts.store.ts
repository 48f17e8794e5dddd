import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type { AccountSummary } from '../../../src-main/contract/accounts';
import type { ApiClient } from '../../api/client';

/** Konta i uprawnienia: every staff member with their account (or none). */
export interface AccountsState {
  accounts: AccountSummary[];
  loading: boolean;
  error: string | null;
  saving: boolean;
  load(): Promise<void>;
  /** The writes rethrow the core's ApiError, so a dialog can put its issues on the fields. */
  create(input: ChannelInput<'accounts.create'>): Promise<AccountSummary>;
  update(input: ChannelInput<'accounts.update'>): Promise<AccountSummary>;
  resetPassword(input: ChannelInput<'accounts.resetPassword'>): Promise<AccountSummary>;
  setScope(input: ChannelInput<'accounts.setScope'>): Promise<AccountSummary>;
}

export function createAccountsStore(api: ApiClient) {
  return createStore<AccountsState>((set, get) => {
    async function write(run: () => Promise<AccountSummary>): Promise<AccountSummary> {
      set({ saving: true });
      try {
        const saved = await run();
        const rows = get().accounts;
        const known = rows.some((a) => a.staffId === saved.staffId);
        set({
          accounts: known
            ? rows.map((a) => (a.staffId === saved.staffId ? saved : a))
            : [...rows, saved],
        });
        return saved;
      } finally {
        set({ saving: false });
      }
    }

    return {
      accounts: [],
      loading: false,
      error: null,
      saving: false,
      async load() {
        set({ loading: true, error: null });
        try {
          set({ accounts: await api.call('accounts.list', {}), loading: false });
        } catch (e) {
          set({ loading: false, error: (e as Error).message });
        }
      },
      create: (input) => write(() => api.call('accounts.create', input)),
      update: (input) => write(() => api.call('accounts.update', input)),
      resetPassword: (input) => write(() => api.call('accounts.resetPassword', input)),
      setScope: (input) => write(() => api.call('accounts.setScope', input)),
    };
  });
}
