import { createStore } from 'zustand/vanilla';
import type { ChannelInput } from '../../../src-main/contract';
import type { AccountSummary } from '../../../src-main/contract/accounts';
import { watchChanges } from '../../api/changes';
import type { ApiClient } from '../../api/client';
import { latest, whileSaving } from '../../api/latest';

/** Konta i uprawnienia: every staff member with their account (or none). */
export interface AccountsState {
  accounts: AccountSummary[];
  loading: boolean;
  error: string | null;
  saving: boolean;
  load(): Promise<void>;
  /** While the list is on screen: reads it again when another window changes accounts or staff. */
  watch(): () => void;
  /** The writes rethrow the core's ApiError, so a dialog can put its issues on the fields. */
  create(input: ChannelInput<'accounts.create'>): Promise<AccountSummary>;
  update(input: ChannelInput<'accounts.update'>): Promise<AccountSummary>;
  resetPassword(input: ChannelInput<'accounts.resetPassword'>): Promise<AccountSummary>;
  setScope(input: ChannelInput<'accounts.setScope'>): Promise<AccountSummary>;
}

export function createAccountsStore(api: ApiClient) {
  const loads = latest();

  return createStore<AccountsState>((set, get) => {
    /** The list itself, without a spinner (a refresh after another window's write). */
    const read = () =>
      loads.run(
        () => api.call('accounts.list', {}),
        (accounts) => set({ accounts, loading: false }),
        (error) => set({ loading: false, error }),
      );
    const write = (run: () => Promise<AccountSummary>) =>
      whileSaving(set, async () => {
        const saved = await run();
        const rows = get().accounts;
        const known = rows.some((a) => a.staffId === saved.staffId);
        set({
          accounts: known
            ? rows.map((a) => (a.staffId === saved.staffId ? saved : a))
            : [...rows, saved],
        });
        return saved;
      });

    return {
      accounts: [],
      loading: false,
      error: null,
      saving: false,
      async load() {
        set({ loading: true, error: null });
        await read();
      },
      watch: () =>
        watchChanges(api, ['accounts', 'staff'], () => {
          void read();
        }),
      create: (input) => write(() => api.call('accounts.create', input)),
      update: (input) => write(() => api.call('accounts.update', input)),
      resetPassword: (input) => write(() => api.call('accounts.resetPassword', input)),
      setScope: (input) => write(() => api.call('accounts.setScope', input)),
    };
  });
}
