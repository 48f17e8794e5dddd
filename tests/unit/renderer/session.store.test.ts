import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type { SessionState, SignedInUser } from '../../../src-main/contract/accounts';
import { officeSettings } from '../../../src-main/contract/settings';
import { ApiError, createApiClient } from '../../../src-renderer/api/client';
import { can } from '../../../src-renderer/features/accounts/can';
import {
  createSessionStore,
  isWorking,
} from '../../../src-renderer/features/accounts/session.store';
import { createFakeTransport, type FakeHandlers } from '../../support/fake-transport';

const office = officeSettings.parse({ officeName: 'MOPS w Radomiu' });

const worker: SignedInUser = {
  staffId: 7,
  name: 'Anna Nowak',
  login: 'a.nowak',
  roles: ['socialWorker'],
  participantScope: 'assigned',
  mustChangePassword: false,
};

const state = (patch: Partial<SessionState>): SessionState => ({
  state: 'signedOut',
  user: null,
  officeName: office.officeName,
  idleLockMinutes: 10,
  today: '2026-03-02',
  demo: null,
  ...patch,
});

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport({
    'settings.get': () => office,
    'staff.list': () => [],
    ...handlers,
  });
  const api = createApiClient(transport);
  const store = createSessionStore(api);
  const count = (channel: string) => transport.calls.filter((c) => c.channel === channel).length;
  return { transport, api, store, count };
}

/** Lets the promises the store started settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('session store', () => {
  it('reads the office and staff only once someone is signed in', async () => {
    let current = state({});
    const { store, count } = setup({
      'session.get': () => current,
      'session.login': () => (current = state({ state: 'signedIn', user: worker })),
    });
    await store.getState().load();
    expect(store.getState().session?.state).toBe('signedOut');
    expect(count('settings.get')).toBe(0);
    await store.getState().login('a.nowak', 'haslo-haslo-1');
    expect(isWorking(store.getState().session)).toBe(true);
    expect(store.getState().office?.officeName).toBe('MOPS w Radomiu');
    expect(count('staff.list')).toBe(1);
  });

  it('keeps the office under the lock, and forgets it at signing out', async () => {
    const { store } = setup({
      'session.get': () => state({ state: 'signedIn', user: worker }),
      'session.lock': () => state({ state: 'locked', user: worker }),
      'session.unlock': () => state({ state: 'signedIn', user: worker }),
      'session.logout': () => state({}),
    });
    await store.getState().load();
    await store.getState().lock();
    expect(store.getState().session?.state).toBe('locked');
    expect(store.getState().office).not.toBeNull();
    await store.getState().unlock('haslo-haslo-1');
    expect(store.getState().session?.state).toBe('signedIn');
    await store.getState().logout();
    expect(store.getState().office).toBeNull();
    expect(store.getState().staff).toEqual([]);
  });

  it('waits with the office until a required password change is made', async () => {
    const { store, count } = setup({
      'session.get': () =>
        state({ state: 'signedIn', user: { ...worker, mustChangePassword: true } }),
      'session.changePassword': () => state({ state: 'signedIn', user: worker }),
    });
    await store.getState().load();
    expect(count('settings.get')).toBe(0);
    expect(can(store.getState().session?.user, 'participants.search')).toBe(false);
    await store.getState().changePassword('tymczasowe-1', 'moje-wlasne-haslo');
    expect(count('settings.get')).toBe(1);
  });

  it('rethrows a refused login with the core’s Polish message, without reading the session', async () => {
    const { store, count } = setup({
      'session.get': () => state({}),
      'session.login': () => {
        throw new AppError('unauthenticated', 'Nieprawidłowy login lub hasło.');
      },
    });
    await store.getState().load();
    const refusal = store.getState().login('a.nowak', 'zle');
    await expect(refusal).rejects.toBeInstanceOf(ApiError);
    await expect(refusal).rejects.toThrow('Nieprawidłowy login lub hasło.');
    await settle();
    expect(count('session.get')).toBe(1);
  });

  it('reads the session again when any call finds the window locked or signed out', async () => {
    let current = state({ state: 'signedIn', user: worker });
    const { api, store, count } = setup({
      'session.get': () => current,
      'participants.search': () => {
        current = state({ state: 'locked', user: worker });
        throw new AppError('locked', 'Program jest zablokowany.');
      },
    });
    await store.getState().load();
    // Two screens' calls refused at once read the session once.
    const calls = [api.call('participants.search', {}), api.call('participants.search', {})];
    await Promise.allSettled(calls);
    await settle();
    expect(store.getState().session?.state).toBe('locked');
    expect(count('session.get')).toBe(2);
  });

  it('does not read the session again for other refusals', async () => {
    const { api, store, count } = setup({
      'session.get': () => state({ state: 'signedIn', user: worker }),
      'projects.get': () => {
        throw new AppError('forbidden', 'Twoje role nie pozwalają na tę czynność.');
      },
    });
    await store.getState().load();
    await expect(api.call('projects.get', { id: 1 })).rejects.toThrow(/role/);
    await settle();
    expect(count('session.get')).toBe(1);
  });

  it('follows the saved office: its name and its idle minutes', async () => {
    const { store } = setup({ 'session.get': () => state({ state: 'signedIn', user: worker }) });
    await store.getState().load();
    store.getState().setOffice({ ...office, officeName: 'GOPS w Jedlińsku', idleLockMinutes: 3 });
    expect(store.getState().session).toMatchObject({
      officeName: 'GOPS w Jedlińsku',
      idleLockMinutes: 3,
    });
  });

  it('tells the core about activity only while someone works', async () => {
    let current = state({ state: 'locked', user: worker });
    const { store, count } = setup({
      'session.get': () => current,
      'session.touch': () => ({ ok: true as const }),
    });
    await store.getState().load();
    await store.getState().touch();
    expect(count('session.touch')).toBe(0);
    current = state({ state: 'signedIn', user: worker });
    await store.getState().load();
    await store.getState().touch();
    expect(count('session.touch')).toBe(1);
  });
});

describe('can', () => {
  const as = (roles: SignedInUser['roles']): SignedInUser => ({ ...worker, roles });

  it('follows the core’s table of permissions', () => {
    expect(can(as(['trainer']), 'participants.search')).toBe(true);
    expect(can(as(['trainer']), 'participants.get')).toBe(false);
    expect(can(as(['trainer']), 'contracts.list')).toBe(false);
    expect(can(as(['socialWorker']), 'contracts.sign')).toBe(true);
    expect(can(as(['coordinator']), 'contracts.get')).toBe(true);
    expect(can(as(['coordinator']), 'contracts.sign')).toBe(false);
    expect(can(as(['coordinator']), 'projects.update')).toBe(true);
    expect(can(as(['coordinator']), 'accounts.setScope')).toBe(true);
    // The coordinator reads the accounts (to see scopes) but makes none.
    expect(can(as(['coordinator']), 'accounts.list')).toBe(true);
    expect(can(as(['coordinator']), 'accounts.create')).toBe(false);
    expect(can(as(['administrator']), 'backups.configure')).toBe(true);
    expect(can(as(['administrator']), 'participants.search')).toBe(false);
  });

  it('allows nothing but the public channels to nobody', () => {
    expect(can(null, 'session.login')).toBe(true);
    expect(can(null, 'projects.list')).toBe(false);
  });
});
