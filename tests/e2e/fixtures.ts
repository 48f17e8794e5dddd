import { test as base, expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCore } from '../../src-main/bootstrap';
import { fixedClock } from '../../src-main/domain/clock';
import { createWebServer } from '../../src-main/hosts/web/server';
import { TEST_TODAY } from '../support/clock';
import { expectAccessible } from './axe';

export interface E2eApp {
  /** `http://127.0.0.1:PORT/?token=…` — what a test passes to `page.goto`. */
  url: string;
  /** Origin without the token, for building other addresses. */
  origin: string;
  dbPath: string;
  /** The core's day (its clock is stopped there): build every date a test types from it. */
  today: string;
  /**
   * Calls the core directly (no browser) to arrange data quickly; returns `data` and throws
   * on an error envelope so a broken arrangement fails the test where it happened.
   */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
}

export interface E2eFixtures {
  /** Start on the demo database (`test.use({ demo: true })`); an empty one by default. */
  demo: boolean;
  /** The day the core believes it is (`test.use({ today: … })`); TEST_TODAY by default. */
  today: string;
  app: E2eApp;
}

/**
 * Each test gets its own temporary database, core and web host on a random port; and every
 * test that passes ends with an axe scan of what it left on the screen, so a screen or dialog
 * a test reaches is held to WCAG 2.1 AA even if nobody remembered to scan it there.
 */
export const test = base.extend<E2eFixtures>({
  page: async ({ page }, use, testInfo) => {
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
  app: async ({ demo, today }, use) => {
    const staticDir = resolve('out/renderer');
    if (!existsSync(join(staticDir, 'index.html'))) {
      throw new Error(
        `No renderer build in ${staticDir}: run \`npm run build:renderer\` before the e2e tests.`,
      );
    }
    const dir = mkdtempSync(join(tmpdir(), 'aktywator-e2e-'));
    const dbPath = join(dir, 'aktywator.sqlite');
    const core = startCore({
      dbPath,
      migrationsFolder: resolve('drizzle'),
      demo,
      clock: fixedClock(today),
      logError: (channel, error) => console.error(`[e2e core] ${channel}:`, error),
    });
    const token = randomBytes(24).toString('base64url');
    let server: Awaited<ReturnType<typeof createWebServer>> | undefined;
    try {
      server = await createWebServer({
        dispatch: core.dispatch,
        staticDir,
        token,
        port: 0,
      });
      await use({
        url: `${server.url}/?token=${token}`,
        origin: server.url,
        dbPath,
        today,
        async call<T>(channel: string, input?: unknown): Promise<T> {
          const envelope = await core.dispatch(channel, input);
          if (!envelope.ok) {
            const issues = envelope.error.issues
              ?.map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ');
            throw new Error(
              `app.call('${channel}') → ${envelope.error.code}: ${envelope.error.message}${issues ? ` (${issues})` : ''}`,
            );
          }
          return envelope.data as T;
        },
      });
    } finally {
      await server?.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
