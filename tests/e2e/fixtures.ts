import { test as base, expect } from '@playwright/test';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCore } from '../../src-main/bootstrap';
import {
  CHANNEL_PERMISSION,
  hasPermission,
  type Channel,
  type Envelope,
} from '../../src-main/contract';
import type { SessionState } from '../../src-main/contract/accounts';
import { ROLES, type Role } from '../../src-main/contract/permissions';
import { fixedClock } from '../../src-main/domain/clock';
import { createWebServer, webCaller } from '../../src-main/hosts/web/server';
import { TEST_TODAY } from '../support/clock';
import { expectAccessible } from './axe';

/** The administrator made at the first start of every empty test database, with every role. */
export const TESTER = {
  login: 'tester',
  password: 'haslo-testowe-1',
  firstName: 'Tadeusz',
  lastName: 'Tester',
} as const;
/** The password of accounts the tests make (once their temporary one is changed). */
export const TEST_PASSWORD = TESTER.password;
/** The caller id under which `app.call` arranges (the core keeps a session per id). */
export const ARRANGE_CALLER = 'e2e-arrange';
/** Where the renderer keeps its tab's session id (src-renderer/api/transport.ts). */
const SESSION_KEY = 'aktywator.session';
/** The demo database's accounts, in the order `app.call` tries them for a channel. */
const DEMO_ARRANGERS = ['koordynator', 'pracownik', 'admin', 'lider', 'trener'];

export interface E2eApp {
  /** `http://127.0.0.1:PORT/?token=…` — what a test passes to `page.goto`. */
  url: string;
  /** Origin without the token, for building other addresses. */
  origin: string;
  dbPath: string;
  /** The core's day (its clock is stopped there): build every date a test types from it. */
  today: string;
  /** The browser tab's session id, put into its sessionStorage before the app loads. */
  browserSession: string;
  /** The caller the web host makes of that id: `app.dispatch(…, app.browserCaller)`. */
  browserCaller: string;
  /**
   * Calls the core directly (no browser) to arrange data quickly; returns `data` and throws
   * on an error envelope so a broken arrangement fails the test where it happened. On an
   * empty database as the administrator with every role (TESTER); on the demo one as the
   * first demo account whose roles allow the channel (koordynator, then pracownik, …).
   */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** The same as the named account (signed in on a session of its own at the first call). */
  callAs<T = unknown>(login: string, channel: string, input?: unknown): Promise<T>;
  /** The raw envelope, as `caller` (e.g. `app.browserCaller`): for expecting refusals. */
  dispatch(channel: string, input: unknown, caller: string): Promise<Envelope<unknown>>;
  /** Signs the browser tab's session in as the account (reload the page to see it there). */
  signInBrowser(login: string, password?: string): Promise<void>;
  /**
   * Gives a staff member an account (every role, every participant by default) with the test
   * password, already changed from the temporary one — ready to sign in.
   */
  giveAccount(
    staffId: number,
    login: string,
    options?: { roles?: Role[]; participantScope?: 'assigned' | 'all' },
  ): Promise<void>;
  /** The demo database's shared password (null on an empty database). */
  demoPassword: string | null;
}

export interface E2eFixtures {
  /** Start on the demo database (`test.use({ demo: true })`); an empty one by default. */
  demo: boolean;
  /** The day the core believes it is (`test.use({ today: … })`); TEST_TODAY by default. */
  today: string;
  /** The browser starts signed in (`test.use({ signedIn: false })` for the login screen). */
  signedIn: boolean;
  /**
   * An empty database gets its first start before the test (`test.use({ setUp: false })`
   * to meet "Pierwsze uruchomienie" in the browser; nobody is signed in then).
   */
  setUp: boolean;
  /**
   * Whom the browser signs in as: TESTER on an empty database, 'pracownik' on the demo. On the
   * demo, `login: TESTER.login` gives a demo staff member without an account every role first
   * (and `app.call` then arranges as them too) — for tours through every screen.
   */
  login: string | null;
  app: E2eApp;
}

function unwrap<T>(channel: string, envelope: Envelope<unknown>, as: string): T {
  if (!envelope.ok) {
    const issues = envelope.error.issues
      ?.map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(
      `app.call('${channel}') as ${as} → ${envelope.error.code}: ${envelope.error.message}${issues ? ` (${issues})` : ''}`,
    );
  }
  return envelope.data as T;
}

/**
 * Each test gets its own temporary database, core and web host on a random port; and every
 * test that passes ends with an axe scan of what it left on the screen, so a screen or dialog
 * a test reaches is held to WCAG 2.1 AA even if nobody remembered to scan it there.
 *
 * An empty database gets its first start (the office and TESTER) before the test, and the
 * browser tab a session of its own, signed in unless `signedIn: false`.
 */
export const test = base.extend<E2eFixtures>({
  page: async ({ page, app }, use, testInfo) => {
    await page.addInitScript(([key, id]) => window.sessionStorage.setItem(key, id), [
      SESSION_KEY,
      app.browserSession,
    ] as const);
    await use(page);
    if (
      testInfo.status === testInfo.expectedStatus &&
      !page.isClosed() &&
      page.url() !== 'about:blank'
    )
      await expectAccessible(page, `the end of “${testInfo.title}”`);
  },
  demo: [false, { option: true }],
  today: [TEST_TODAY, { option: true }],
  signedIn: [true, { option: true }],
  setUp: [true, { option: true }],
  login: [null, { option: true }],
  app: async ({ demo, today, signedIn, setUp, login }, use) => {
    const staticDir = resolve('out/renderer');
    if (!existsSync(join(staticDir, 'index.html'))) {
      throw new Error(
        `No renderer build in ${staticDir}: run \`npm run build:renderer\` before the e2e tests.`,
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'aktywator-e2e-'));
    const dbPath = join(dir, 'aktywator.sqlite');
    const core = await startCore({
      dbPath,
      migrationsFolder: resolve('drizzle'),
      demo,
      clock: fixedClock(today),
      logError: (channel, error) => console.error(`[e2e core] ${channel}:`, error),
    });
    const token = randomBytes(24).toString('base64url');
    const dispatch = (channel: string, input: unknown, caller: string) =>
      core.dispatch(channel, input, caller);
    let server: Awaited<ReturnType<typeof createWebServer>> | undefined;
    try {
      const first = unwrap<SessionState>(
        'session.get',
        await dispatch('session.get', {}, ARRANGE_CALLER),
        ARRANGE_CALLER,
      );
      const demoPassword = first.demo?.password ?? null;
      if (demo && !demoPassword) throw new Error('The demo database offers no demo password');
      /** Accounts made by `giveAccount` have the test password, also on the demo database. */
      const passwords = new Map<string, string>([[TESTER.login, TEST_PASSWORD]]);
      const passwordOf = (who: string) =>
        passwords.get(who) ?? (demo ? demoPassword! : TEST_PASSWORD);

      const signedInCallers = new Set<string>();
      async function signIn(caller: string, who: string, password = passwordOf(who)) {
        await dispatch('session.logout', {}, caller);
        unwrap(
          'session.login',
          await dispatch('session.login', { login: who, password }, caller),
          caller,
        );
        signedInCallers.add(caller);
      }
      async function callAs<T>(who: string, channel: string, input?: unknown): Promise<T> {
        const caller = `e2e-as-${who}`;
        if (!signedInCallers.has(caller)) await signIn(caller, who);
        return unwrap<T>(channel, await dispatch(channel, input, caller), who);
      }

      if (first.state === 'setupRequired' && setUp) {
        unwrap(
          'session.setup',
          await dispatch(
            'session.setup',
            {
              office: { officeName: 'Ośrodek Pomocy Społecznej' },
              administrator: {
                firstName: TESTER.firstName,
                lastName: TESTER.lastName,
                login: TESTER.login,
                password: TESTER.password,
                roles: [...ROLES],
              },
            },
            ARRANGE_CALLER,
          ),
          ARRANGE_CALLER,
        );
        signedInCallers.add(ARRANGE_CALLER);
      }

      const giveAccount: E2eApp['giveAccount'] = async (staffId, who, options = {}) => {
        const temporary = 'haslo-tymczasowe-1';
        const account = {
          staffId,
          login: who,
          password: temporary,
          roles: options.roles ?? [...ROLES],
          participantScope: options.participantScope ?? 'all',
        };
        if (demo) await callAs('admin', 'accounts.create', account);
        else
          unwrap(
            'accounts.create',
            await dispatch('accounts.create', account, ARRANGE_CALLER),
            TESTER.login,
          );
        passwords.set(who, TEST_PASSWORD);
        const caller = `e2e-as-${who}`;
        await signIn(caller, who, temporary);
        unwrap(
          'session.changePassword',
          await dispatch(
            'session.changePassword',
            { currentPassword: temporary, newPassword: TEST_PASSWORD },
            caller,
          ),
          who,
        );
      };

      const demoRoles = new Map((first.demo?.accounts ?? []).map((a) => [a.login, a.roles]));
      /** On the demo database: the first demo account whose roles allow the channel. */
      function arrangerFor(channel: string): string {
        const permission = CHANNEL_PERMISSION[channel as Channel];
        const found = DEMO_ARRANGERS.find((who) => {
          const roles = demoRoles.get(who);
          return roles !== undefined && (!permission || hasPermission(roles, permission));
        });
        if (!found) throw new Error(`No demo account may call ${channel}`);
        return found;
      }

      /** On the demo database, TESTER exists when the browser was asked to sign in as them. */
      let demoTester = false;
      if (demo && login === TESTER.login) {
        // Somebody holding every role, as on an empty database: a demo staff member without an
        // account gets one (the demo's own accounts have one role each).
        const accounts = await callAs<{ staffId: number; login: string | null; active: boolean }[]>(
          'admin',
          'accounts.list',
          {},
        );
        const free = accounts.find((a) => a.login === null && a.active);
        if (!free) throw new Error('Every demo staff member has an account already');
        await giveAccount(free.staffId, TESTER.login);
        demoTester = true;
      }

      const browserSession = randomUUID();
      // What the web host makes of the tab's id (src-main/hosts/web/server.ts).
      const browserCaller = webCaller(browserSession);
      if (signedIn && (setUp || demo))
        await signIn(browserCaller, login ?? (demo ? 'pracownik' : TESTER.login));

      server = await createWebServer({
        dispatch: core.dispatch,
        onChanged: core.onChanged,
        staticDir,
        token,
        port: 0,
      });
      await use({
        url: `${server.url}/?token=${token}`,
        origin: server.url,
        dbPath,
        today,
        browserSession,
        browserCaller,
        demoPassword,
        dispatch,
        callAs,
        async call<T>(channel: string, input?: unknown): Promise<T> {
          if (demo && demoTester) return callAs<T>(TESTER.login, channel, input);
          if (demo) return callAs<T>(arrangerFor(channel), channel, input);
          return unwrap<T>(channel, await dispatch(channel, input, ARRANGE_CALLER), TESTER.login);
        },
        signInBrowser: (who, password) => signIn(browserCaller, who, password),
        giveAccount,
      });
    } finally {
      await server?.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
