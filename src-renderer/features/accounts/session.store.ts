import { createStore } from 'zustand/vanilla';
import type {
  SessionState as CoreSession,
  SetupInput,
  SignedInUser,
} from '../../../src-main/contract/accounts';
import type { OfficeSettings } from '../../../src-main/contract/settings';
import type { StaffMember } from '../../../src-main/contract/staff';
import { watchChanges } from '../../api/changes';
import { errorMessage, type ApiClient } from '../../api/client';
import { latest } from '../../api/latest';

/**
 * Who is signed in on this window (as the core says), and what the header and many forms
 * need once someone is: the office and its staff.
 */
export interface SessionState {
  /** The core's last word on this window's session; null until it first answered. */
  session: CoreSession | null;
  office: OfficeSettings | null;
  staff: StaffMember[];
  loading: boolean;
  /** Reading the session or the office failed (e.g. the connection): shown with a retry. */
  error: string | null;
  /** Reads the session, and the office and staff once someone is signed in. */
  load(): Promise<void>;
  /** The actions below rethrow the core's ApiError, so a form can show it. */
  setup(input: SetupInput): Promise<void>;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
  lock(): Promise<void>;
  unlock(password: string): Promise<void>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  /** Reports activity (typing counts, not only calls); a lost session is noticed centrally. */
  touch(): Promise<void>;
  reloadStaff(): Promise<void>;
  /**
   * Reads the office and staff again, quietly (another window changed them): a failure keeps
   * what is shown, since the next change or sign-in reads them anyway.
   */
  refreshOffice(): Promise<void>;
  setOffice(office: OfficeSettings): void;
}

/** Signed in and free to work: not locked, and no password change pending. */
export function isWorking(session: CoreSession | null): session is CoreSession & {
  user: SignedInUser;
} {
  return session?.state === 'signedIn' && session.user !== null && !session.user.mustChangePassword;
}

/**
 * Also listens, once for the whole renderer, for any call that finds the window signed out or
 * locked, and for the host's word that the computer was locked: the session is read again, so
 * the login or the lock appears whichever screen made the call.
 */
export function createSessionStore(api: ApiClient) {
  const refreshes = latest();
  const store = createStore<SessionState>((set, get) => {
    /** What the office and staff were loaded for: another person signing in loads them anew. */
    let loadedFor: number | null = null;
    /** Several calls refused at once read the session once. */
    let loading: Promise<void> | null = null;

    async function loadOfficeData(staffId: number) {
      loadedFor = staffId;
      try {
        const [office, staff] = await Promise.all([
          api.call('settings.get', {}),
          api.call('staff.list', { includeInactive: true }),
        ]);
        if (loadedFor === staffId) set({ office, staff, error: null });
      } catch (e) {
        if (loadedFor === staffId) {
          loadedFor = null;
          set({ error: errorMessage(e) });
        }
      }
    }

    /** Takes the core's answer; the office data follow the person, never outlive them. */
    async function apply(session: CoreSession) {
      set({ session });
      const user = session.user;
      if (!user || session.state === 'signedOut' || session.state === 'setupRequired') {
        loadedFor = null;
        set({ office: null, staff: [] });
        return;
      }
      if (loadedFor !== null && loadedFor !== user.staffId) {
        loadedFor = null;
        set({ office: null, staff: [] });
      }
      if (isWorking(session) && loadedFor === null) await loadOfficeData(user.staffId);
    }

    return {
      session: null,
      office: null,
      staff: [],
      loading: false,
      error: null,
      load() {
        loading ??= (async () => {
          set({ loading: true });
          try {
            const session = await api.call('session.get', {});
            set({ error: null });
            await apply(session);
          } catch (e) {
            set({ error: errorMessage(e) });
          } finally {
            loading = null;
            set({ loading: false });
          }
        })();
        return loading;
      },
      async setup(input) {
        await apply(await api.call('session.setup', input));
      },
      async login(login, password) {
        await apply(await api.call('session.login', { login, password }));
      },
      async logout() {
        await apply(await api.call('session.logout', {}));
      },
      async lock() {
        await apply(await api.call('session.lock', {}));
      },
      async unlock(password) {
        await apply(await api.call('session.unlock', { password }));
      },
      async changePassword(currentPassword, newPassword) {
        await apply(await api.call('session.changePassword', { currentPassword, newPassword }));
      },
      async touch() {
        if (!isWorking(get().session)) return;
        try {
          await api.call('session.touch', {});
        } catch {
          // A lost session is handled by the client's onSessionLost; nothing else to say.
        }
      },
      async reloadStaff() {
        set({ staff: await api.call('staff.list', { includeInactive: true }) });
      },
      async refreshOffice() {
        const session = get().session;
        if (!isWorking(session) || loadedFor !== session.user.staffId) return;
        const staffId = loadedFor;
        await refreshes.run(
          () =>
            Promise.all([
              api.call('settings.get', {}),
              api.call('staff.list', { includeInactive: true }),
            ]),
          ([office, staff]) => {
            if (loadedFor === staffId) set({ office, staff });
          },
          () => undefined,
        );
      },
      setOffice(office) {
        const session = get().session;
        // The lock's minutes and the name on the login screen follow the saved office.
        set({
          office,
          session: session && {
            ...session,
            officeName: office.officeName,
            idleLockMinutes: office.idleLockMinutes,
          },
        });
      },
    };
  });
  api.onSessionLost(() => void store.getState().load());
  api.on(SESSION_LOCKED_EVENT, () => void store.getState().load());
  // The office and staff are shown all over (headers, pickers, documents): kept current.
  watchChanges(api, ['settings', 'staff'], () => void store.getState().refreshOffice());
  return store;
}

/** Pushed by the Electron host when Windows locks (the web host pushes nothing). */
export const SESSION_LOCKED_EVENT = 'session.locked';
