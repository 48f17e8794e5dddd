import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src-main/app';
import {
  CHANNELS,
  CHANNEL_PERMISSION,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type Envelope,
} from '../../src-main/contract';
import type { SetupInput } from '../../src-main/contract/accounts';
import { openDatabase } from '../../src-main/db/open';
import { testClock } from '../support/clock';
import { contractWorld, createSigned } from '../support/contracts';
import {
  TEST_PASSWORD,
  useTestApp,
  validEnrolment,
  validParticipant,
  validProject,
  validStaff,
} from '../support/test-app';

const app = useTestApp();
// Every login and password change runs scrypt, slow on purpose (~0.1–0.5 s on a busy machine).
vi.setConfig({ testTimeout: 30_000 });

/** A core on a new file with no account yet: what the office sees at the very first start. */
function firstStart() {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-first-'));
  const handle = openDatabase(join(dir, 'aktywator.sqlite'), resolve('drizzle'));
  let now = Date.parse('2026-11-23T08:00:00Z');
  const core = createApp(handle, { clock: testClock(), now: () => now, logError: () => undefined });
  opened.push(() => {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const as = (caller: string) => ({
    dispatch: (channel: string, input?: unknown) => core.dispatch(channel, input, caller),
    async call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const envelope = await core.dispatch(channel, input, caller);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
      return envelope.data as ChannelOutput<C>;
    },
  });
  const audit = () =>
    handle.sqlite
      .prepare('SELECT actor_name, entity, action, channel FROM audit_log ORDER BY id')
      .all();
  return { core, handle, as, audit, advanceSeconds: (s: number) => (now += s * 1000) };
}
const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((close) => close()));

const SETUP: SetupInput = {
  office: {
    officeName: 'Gminny Ośrodek Pomocy Społecznej w Siewierzu',
    address: null,
    phone: null,
    headOfOffice: 'Halina Zawadzka',
  },
  administrator: {
    firstName: 'Halina',
    lastName: 'Zawadzka',
    login: 'hzawadzka',
    password: 'dlugie-haslo-kierownika',
    roles: ['administrator', 'coordinator'],
  },
};

const refused = (envelope: Envelope<unknown>) => (envelope.ok ? null : envelope.error);

describe('the first start', () => {
  it('asks for the office and its administrator; nothing works before', async () => {
    const { as } = firstStart();
    const window = as('window-1');
    expect(await window.call('session.get')).toMatchObject({ state: 'setupRequired', user: null });
    expect(refused(await window.dispatch('participants.search', {}))).toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('creates the administrator with no default password and signs them in', async () => {
    const { as, audit, handle } = firstStart();
    const state = await as('window-1').call('session.setup', SETUP);
    expect(state).toMatchObject({
      state: 'signedIn',
      officeName: 'Gminny Ośrodek Pomocy Społecznej w Siewierzu',
      idleLockMinutes: 10,
      demo: null,
      user: {
        name: 'Halina Zawadzka',
        login: 'hzawadzka',
        roles: ['administrator', 'coordinator'],
        mustChangePassword: false,
      },
    });
    // Only a scrypt hash is stored, salted: never the password.
    const stored = handle.sqlite.prepare('SELECT password_hash FROM accounts').pluck().get();
    expect(stored).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(JSON.stringify(handle.sqlite.prepare('SELECT * FROM accounts').all())).not.toContain(
      SETUP.administrator.password,
    );
    expect(audit()).toEqual([
      {
        actor_name: 'Halina Zawadzka',
        entity: 'settings',
        action: 'create',
        channel: 'session.setup',
      },
      {
        actor_name: 'Halina Zawadzka',
        entity: 'staff',
        action: 'create',
        channel: 'session.setup',
      },
      {
        actor_name: 'Halina Zawadzka',
        entity: 'account',
        action: 'create',
        channel: 'session.setup',
      },
    ]);
    // Another window of the same core is not signed in by this.
    expect(await as('window-2').call('session.get')).toMatchObject({ state: 'signedOut' });
  });

  it('happens once: a second setup is refused and changes nothing', async () => {
    const { as, handle } = firstStart();
    await as('window-1').call('session.setup', SETUP);
    const error = refused(
      await as('window-2').dispatch('session.setup', {
        ...SETUP,
        administrator: { ...SETUP.administrator, login: 'intruz' },
      }),
    );
    expect(error).toMatchObject({
      code: 'invalid_state',
      message: 'Program ma już administratora: zaloguj się.',
    });
    expect(handle.sqlite.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(1);
  });

  it.each([
    [{ password: 'krotkie' }, 'password', 'Hasło musi mieć co najmniej 10 znaków'],
    [{ roles: ['coordinator'] }, 'roles', 'Pierwsze konto musi mieć rolę administratora'],
    [
      { login: 'ha lina' },
      'login',
      'Login może zawierać tylko litery, cyfry, kropkę, myślnik i podkreślenie',
    ],
  ])('refuses %j with a Polish message', async (change, field, message) => {
    const { as, handle } = firstStart();
    const error = refused(
      await as('w').dispatch('session.setup', {
        ...SETUP,
        administrator: { ...SETUP.administrator, ...change },
      }),
    );
    expect(error?.issues).toContainEqual({ path: ['administrator', field], message });
    expect(handle.sqlite.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
  });
});

describe('signing in', () => {
  it('accepts the login in any letter case and refuses a wrong password, logging both', async () => {
    const { as, audit } = firstStart();
    await as('admin').call('session.setup', SETUP);
    const window = as('window-2');
    const wrong = refused(
      await window.dispatch('session.login', { login: 'hzawadzka', password: 'zle-haslo-123' }),
    );
    expect(wrong).toEqual({ code: 'unauthenticated', message: 'Nieprawidłowy login lub hasło.' });
    const unknown = refused(
      await window.dispatch('session.login', { login: 'nikt', password: 'zle-haslo-123' }),
    );
    // An unknown login gets the same answer: the screen does not tell which logins exist.
    expect(unknown).toEqual(wrong);
    const state = await window.call('session.login', {
      login: 'HZawadzka',
      password: SETUP.administrator.password,
    });
    expect(state).toMatchObject({ state: 'signedIn', user: { login: 'hzawadzka' } });
    expect(audit().slice(3)).toEqual([
      { actor_name: null, entity: 'session', action: 'loginFailed', channel: 'session.login' },
      { actor_name: null, entity: 'session', action: 'loginFailed', channel: 'session.login' },
      {
        actor_name: 'Halina Zawadzka',
        entity: 'session',
        action: 'login',
        channel: 'session.login',
      },
    ]);
  });

  it('slows down repeated failures: after three, each try waits longer, even with the right password', async () => {
    const { as, advanceSeconds } = firstStart();
    await as('admin').call('session.setup', SETUP);
    const window = as('w');
    const attempt = (password: string) =>
      window.dispatch('session.login', { login: 'hzawadzka', password });
    for (let i = 0; i < 3; i++) await attempt('zle-haslo-123');
    expect(refused(await attempt(SETUP.administrator.password))).toEqual({
      code: 'unauthenticated',
      message: 'Zbyt wiele nieudanych prób. Spróbuj ponownie za 30 s.',
    });
    advanceSeconds(31);
    // The fourth failure doubles the wait.
    expect(refused(await attempt('zle-haslo-123'))?.message).toBe('Nieprawidłowy login lub hasło.');
    advanceSeconds(31);
    expect(refused(await attempt(SETUP.administrator.password))?.message).toBe(
      'Zbyt wiele nieudanych prób. Spróbuj ponownie za 29 s.',
    );
    advanceSeconds(30);
    expect((await attempt(SETUP.administrator.password)).ok).toBe(true);
    // Success resets the count: the next failure is free again.
    expect(refused(await attempt('zle-haslo-123'))?.message).toBe('Nieprawidłowy login lub hasło.');
    expect(refused(await attempt('zle-haslo-123'))?.message).toBe('Nieprawidłowy login lub hasło.');
  });

  it('refuses every channel but the public ones to a window where nobody signed in', async () => {
    const nobody = await app().window(null);
    const before = app().counts();
    const open = CHANNELS.filter((c) => CHANNEL_PERMISSION[c] === 'public');
    expect(open.sort()).toEqual([
      'session.get',
      'session.lock',
      'session.login',
      'session.logout',
      'session.setup',
      'session.unlock',
    ]);
    for (const channel of CHANNELS.filter((c) => !open.includes(c)))
      expect(refused(await nobody.dispatch(channel, {})), channel).toEqual({
        code: 'unauthenticated',
        message: 'Zaloguj się, aby korzystać z programu.',
      });
    expect(app().counts()).toEqual(before);
  });

  it('does not let a deactivated person sign in, and signs them out at once', async () => {
    const worker = await app().window(['socialWorker']);
    expect((await worker.dispatch('participants.search', {})).ok).toBe(true);
    await app().call('staff.update', {
      ...validStaff({ role: 'socialWorker' }),
      id: worker.member!.id,
      active: false,
    });
    expect(refused(await worker.dispatch('participants.search', {}))?.code).toBe('unauthenticated');
    const again = await app().window(null);
    expect(
      refused(
        await again.dispatch('session.login', { login: worker.login, password: TEST_PASSWORD }),
      ),
    ).toEqual({
      code: 'unauthenticated',
      message: 'Nieprawidłowy login lub hasło.',
    });
  });
});

describe('locking', () => {
  it('locks a window on request; only the password opens it, the data stays hidden meanwhile', async () => {
    const worker = await app().window(['socialWorker'], {
      staff: { firstName: 'Ewa', lastName: 'Lis' },
    });
    expect(await worker.call('session.lock')).toMatchObject({
      state: 'locked',
      user: { name: 'Ewa Lis' },
    });
    expect(refused(await worker.dispatch('participants.search', {}))).toEqual({
      code: 'locked',
      message: 'Program jest zablokowany. Podaj hasło, aby wrócić do pracy.',
    });
    expect(refused(await worker.dispatch('session.unlock', { password: 'nie-to-haslo' }))).toEqual({
      code: 'unauthenticated',
      message: 'Nieprawidłowe hasło.',
    });
    expect(await worker.call('session.unlock', { password: TEST_PASSWORD })).toMatchObject({
      state: 'signedIn',
    });
    expect((await worker.dispatch('participants.search', {})).ok).toBe(true);
    // Other windows were never affected.
    expect((await app().dispatch('participants.search', {})).ok).toBe(true);
  });

  it('locks by itself after the office’s idle time (plus a minute’s grace), not before', async () => {
    await app().call('settings.update', { officeName: 'MOPS', idleLockMinutes: 5 });
    const worker = await app().window(['socialWorker']);
    app().advanceMinutes(5.9);
    expect((await worker.dispatch('session.touch', {})).ok).toBe(true);
    app().advanceMinutes(5.9);
    expect((await worker.dispatch('participants.search', {})).ok).toBe(true);
    app().advanceMinutes(6.1);
    expect(refused(await worker.dispatch('participants.search', {}))?.code).toBe('locked');
    expect(await worker.call('session.get')).toMatchObject({ state: 'locked' });
  });

  it('locks every window when the computer is locked', async () => {
    const worker = await app().window(['socialWorker']);
    app().lockAll();
    expect(refused(await worker.dispatch('participants.search', {}))?.code).toBe('locked');
    expect(refused(await app().dispatch('participants.search', {}))?.code).toBe('locked');
  });
});

describe('accounts', () => {
  it('are created by the administrator with a temporary password the person must change', async () => {
    const member = await app().call(
      'staff.create',
      validStaff({ firstName: 'Tomasz', lastName: 'Bąk' }),
    );
    const account = await app().call('accounts.create', {
      staffId: member.id,
      login: 'tbak',
      password: 'tymczasowe-haslo',
      roles: ['socialWorker'],
      participantScope: 'assigned',
    });
    expect(account).toMatchObject({
      login: 'tbak',
      roles: ['socialWorker'],
      mustChangePassword: true,
    });
    const window = await app().window(null);
    const state = await window.call('session.login', {
      login: 'tbak',
      password: 'tymczasowe-haslo',
    });
    expect(state).toMatchObject({ state: 'signedIn', user: { mustChangePassword: true } });
    expect(refused(await window.dispatch('participants.search', {}))).toEqual({
      code: 'forbidden',
      message: 'Najpierw zmień hasło nadane przez administratora.',
    });
    expect(
      refused(
        await window.dispatch('session.changePassword', {
          currentPassword: 'tymczasowe-haslo',
          newPassword: 'tymczasowe-haslo',
        }),
      )?.issues,
    ).toEqual([{ path: ['newPassword'], message: 'Nowe hasło musi się różnić od obecnego' }]);
    await window.call('session.changePassword', {
      currentPassword: 'tymczasowe-haslo',
      newPassword: 'moje-wlasne-haslo',
    });
    expect((await window.dispatch('participants.search', {})).ok).toBe(true);
  });

  it('refuses a login already taken, in any letter case', async () => {
    const [a, b] = [
      await app().call('staff.create', validStaff()),
      await app().call('staff.create', validStaff()),
    ];
    const input = {
      password: 'tymczasowe-haslo',
      roles: ['trainer' as const],
      participantScope: 'assigned' as const,
    };
    await app().call('accounts.create', { ...input, staffId: a.id, login: 'anowak' });
    const before = app().counts();
    const error = refused(
      await app().dispatch('accounts.create', {
        ...input,
        roles: ['trainer'],
        staffId: b.id,
        login: 'ANowak',
      }),
    );
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['login'], message: 'Ten login jest już zajęty' }],
    });
    expect(app().counts()).toEqual(before);
  });

  it('a password reset signs the person out and makes them choose a new one', async () => {
    const worker = await app().window(['socialWorker']);
    await app().call('accounts.resetPassword', {
      staffId: worker.member!.id,
      password: 'nowe-tymczasowe',
    });
    expect(refused(await worker.dispatch('participants.search', {}))?.code).toBe('unauthenticated');
    const again = await app().window(null);
    expect(
      await again.call('session.login', { login: worker.login!, password: 'nowe-tymczasowe' }),
    ).toMatchObject({
      user: { mustChangePassword: true },
    });
  });

  it('keep one active administrator: the last one can neither lose the role nor be deactivated', async () => {
    const admin = await app().window(['administrator']);
    // The test app's own account holds every role; take it away first.
    const tester = (await app().call('accounts.list')).find((a) => a.lastName === 'Testowy')!;
    await admin.call('accounts.update', {
      staffId: tester.staffId,
      login: tester.login!,
      roles: ['coordinator'],
      participantScope: 'all',
    });
    const before = app().counts();
    expect(
      refused(
        await admin.dispatch('accounts.update', {
          staffId: admin.member!.id,
          login: admin.login,
          roles: ['coordinator'],
          participantScope: 'all',
        }),
      ),
    ).toEqual({
      code: 'invalid_state',
      message: 'To jedyny aktywny administrator: najpierw nadaj tę rolę komuś innemu.',
    });
    expect(
      refused(
        await admin.dispatch('staff.update', {
          ...validStaff({ role: 'administrator' }),
          id: admin.member!.id,
          active: false,
        }),
      ),
    ).toEqual({
      code: 'invalid_state',
      message:
        'Nie można wyłączyć jedynego aktywnego administratora: najpierw nadaj tę rolę komuś innemu.',
    });
    expect(app().counts()).toEqual(before);
  });
});

describe('roles, enforced by the core', () => {
  const participant = async () => (await app().call('participants.create', validParticipant())).id;

  it.each([
    ['trainer', 'participants.get', 'casework'],
    ['clubLeader', 'contracts.list', 'casework'],
    ['socialWorker', 'projects.create', 'projects'],
    ['socialWorker', 'accounts.list', 'staffScope'],
    ['socialWorker', 'backups.configure', 'office'],
    ['coordinator', 'participants.create', 'caseworkWrite'],
    ['coordinator', 'settings.update', 'office'],
    ['administrator', 'participants.get', 'casework'],
    ['administrator', 'participants.search', 'names'],
  ] as const)(
    'a %s is refused %s with a Polish message and an audit entry',
    async (role, channel, permission) => {
      expect(CHANNEL_PERMISSION[channel]).toBe(permission);
      const id = await participant();
      const person = await app().window([role], { staff: { firstName: 'Ola', lastName: 'Ryś' } });
      const before = app().counts();
      const error = refused(await person.dispatch(channel, { id }));
      expect(error).toEqual({
        code: 'forbidden',
        message: 'Twoja rola nie pozwala na tę czynność.',
      });
      const last = app().auditRows().at(-1)!;
      expect(last).toMatchObject({
        actor_name: 'Ola Ryś',
        entity: 'session',
        action: 'forbidden',
        channel,
      });
      // The refusal's own entry is the only thing written.
      expect(app().counts()).toEqual({ ...before, audit_log: before.audit_log! + 1 });
    },
  );

  it.each([
    ['trainer', 'participants.search'],
    ['clubLeader', 'participants.search'],
    ['socialWorker', 'participants.get'],
    ['coordinator', 'participants.get'],
    ['coordinator', 'projects.list'],
    ['administrator', 'audit.verify'],
    ['administrator', 'accounts.list'],
  ] as const)('a %s may call %s', async (role, channel) => {
    const id = await participant();
    const person = await app().window([role], { participantScope: 'all' });
    const input = channel === 'participants.get' ? { id } : {};
    const envelope = await person.dispatch(channel, input);
    expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
  });
});

describe('a social worker’s scope', () => {
  async function office() {
    const narrowed = await app().window(['socialWorker'], {
      staff: { firstName: 'Ewa', lastName: 'Lis' },
    });
    const other = await app().call('staff.create', validStaff({ lastName: 'Inny' }));
    const mine = await app().call(
      'participants.create',
      validParticipant({ lastName: 'Mojakowska', socialWorkerId: narrowed.member!.id }),
    );
    const theirs = await app().call(
      'participants.create',
      validParticipant({ lastName: 'Obcowska', socialWorkerId: other.id }),
    );
    return { narrowed, mine, theirs };
  }

  it('reaches only the people assigned to them, and a refusal is logged', async () => {
    const { narrowed, mine, theirs } = await office();
    const found = await narrowed.call('participants.search', {});
    expect(found.rows.map((r) => r.lastName)).toEqual(['Mojakowska']);
    // Asking for another worker's people by the filter finds none of them.
    const asked = await narrowed.call('participants.search', {
      socialWorkerId: theirs.socialWorkerId!,
    });
    expect(asked.rows).toEqual([]);
    expect((await narrowed.dispatch('participants.get', { id: mine.id })).ok).toBe(true);
    const before = app().counts();
    expect(refused(await narrowed.dispatch('participants.get', { id: theirs.id }))).toEqual({
      code: 'forbidden',
      message:
        'Ta osoba nie jest przypisana do Ciebie. Dostęp do wszystkich uczestników może przyznać koordynator.',
    });
    expect(
      refused(await narrowed.dispatch('enrolments.forParticipant', { participantId: theirs.id }))
        ?.code,
    ).toBe('forbidden');
    expect(app().auditRows().at(-1)).toMatchObject({
      actor_name: 'Ewa Lis',
      entity: 'participant',
      entity_id: theirs.id,
      action: 'forbidden',
    });
    expect(app().counts()).toEqual({ ...before, audit_log: before.audit_log! + 2 });
    // A record that does not exist is not found, as for anyone.
    expect(refused(await narrowed.dispatch('participants.get', { id: 99_999 }))?.code).toBe(
      'not_found',
    );
  });

  it('owns the people they register, unless they name another worker', async () => {
    const { narrowed } = await office();
    const created = await narrowed.call(
      'participants.create',
      validParticipant({ lastName: 'Nowa' }),
    );
    expect(created.socialWorkerId).toBe(narrowed.member!.id);
    expect((await narrowed.dispatch('participants.get', { id: created.id })).ok).toBe(true);
  });

  it('lists and opens only the contracts of their own people, and their documents', async () => {
    const world = await contractWorld(app());
    const signed = await createSigned(app(), world);
    const narrowed = await app().window(['socialWorker']);
    expect((await narrowed.call('contracts.list', {})).total).toBe(0);
    for (const [channel, input] of [
      ['contracts.get', { id: signed.id }],
      ['contracts.preview', { id: signed.id }],
      ['documents.get', { id: signed.documentId! }],
      ['audit.forEntity', { entity: 'contract', entityId: signed.id }],
    ] as const)
      expect(refused(await narrowed.dispatch(channel, input))?.code, channel).toBe('forbidden');
    await app().call('participants.update', {
      id: world.participantId,
      participant: { ...validParticipant(), socialWorkerId: narrowed.member!.id },
    });
    expect((await narrowed.call('contracts.list', {})).rows.map((r) => r.id)).toEqual([signed.id]);
    expect((await narrowed.dispatch('documents.get', { id: signed.documentId! })).ok).toBe(true);
  });

  it('also reaches the people of the projects whose team they are in', async () => {
    const { narrowed, theirs } = await office();
    const project = await app().call('projects.create', validProject());
    await app().call(
      'enrolments.create',
      validEnrolment(theirs.id, project.id, {
        enrolledOn: '2013-02-01',
        consentDate: '2013-02-01',
      }),
    );
    expect(refused(await narrowed.dispatch('participants.get', { id: theirs.id }))?.code).toBe(
      'forbidden',
    );
    const coordinator = await app().window(['coordinator']);
    expect(
      await coordinator.call('projects.setTeam', {
        projectId: project.id,
        staffIds: [narrowed.member!.id],
      }),
    ).toEqual({ projectId: project.id, staffIds: [narrowed.member!.id] });
    expect((await narrowed.dispatch('participants.get', { id: theirs.id })).ok).toBe(true);
    const found = await narrowed.call('participants.search', {});
    expect(found.rows.map((r) => r.lastName).sort()).toEqual(['Mojakowska', 'Obcowska']);
    // Off the team, out of reach again.
    await coordinator.call('projects.setTeam', { projectId: project.id, staffIds: [] });
    expect(refused(await narrowed.dispatch('participants.get', { id: theirs.id }))?.code).toBe(
      'forbidden',
    );
  });

  it('is widened by a coordinator to everyone', async () => {
    const { narrowed, theirs } = await office();
    const coordinator = await app().window(['coordinator']);
    await coordinator.call('accounts.setScope', {
      staffId: narrowed.member!.id,
      participantScope: 'all',
    });
    expect((await narrowed.dispatch('participants.get', { id: theirs.id })).ok).toBe(true);
    expect((await narrowed.call('participants.search', {})).total).toBe(2);
  });
});
