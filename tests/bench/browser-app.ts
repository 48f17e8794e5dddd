import { chromium, type Browser, type Page } from '@playwright/test';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCore, type Core } from '../../src-main/bootstrap';
import type { Channel, Envelope } from '../../src-main/contract';
import { fixedClock } from '../../src-main/domain/clock';
import { createWebServer, webCaller, type WebServer } from '../../src-main/hosts/web/server';
import { TEST_TODAY } from '../support/clock';

/** Where the renderer keeps its tab's session id (src-renderer/api/transport.ts). */
const SESSION_KEY = 'aktywator.session';
export const RENDERER_DIR = resolve('out/renderer');

/** The production bundle is there (`npm run build:renderer`); a browser bench needs it. */
export const rendererBuilt = () => existsSync(join(RENDERER_DIR, 'index.html'));

export interface BrowserApp {
  core: Core;
  server: WebServer;
  browser: Browser;
  /** A new tab of the signed-in coordinator at 1366×768, not yet navigated. */
  newTab(): Promise<Page>;
  /** The application's address at `hash` (e.g. `/participants`). */
  url(hash: string): string;
  /** A new tab opened on `hash`. */
  open(hash: string): Promise<Page>;
  /** A channel called as the tab's signed-in coordinator; its data, or a throw. */
  call(channel: Channel, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The application as a clerk meets it in the benchmarks: the core on the database file
 * `dbPath` (demo data added when the file is new), the web host serving the production
 * bundle, Debian's Chromium, and the demo coordinator signed in for every tab.
 */
export async function startBrowserApp(dbPath: string): Promise<BrowserApp> {
  const core = await startCore({
    dbPath,
    migrationsFolder: resolve('drizzle'),
    demo: true,
    clock: fixedClock(TEST_TODAY),
    logError: () => undefined,
  });
  const token = randomBytes(24).toString('base64url');
  const server = await createWebServer({
    dispatch: core.dispatch,
    onChanged: core.onChanged,
    staticDir: RENDERER_DIR,
    token,
    port: 0,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const close = async () => {
    await browser.close();
    await server.close();
    core.close();
  };
  try {
    const session = (await core.dispatch('session.get', {}, 'bench')) as Envelope<{
      demo: { password: string } | null;
    }>;
    if (!session.ok || !session.data.demo) throw new Error('session.get: no demo password');
    const tab = randomUUID();
    const login = await core.dispatch(
      'session.login',
      { login: 'koordynator', password: session.data.demo.password },
      webCaller(tab),
    );
    if (!login.ok) throw new Error(`session.login: ${login.error.message}`);
    const app: BrowserApp = {
      core,
      server,
      browser,
      async newTab() {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        await page.addInitScript(
          ([key, id]) => window.sessionStorage.setItem(key!, id!),
          [SESSION_KEY, tab],
        );
        return page;
      },
      url: (hash) => `${server.url}/?token=${token}#${hash}`,
      async open(hash) {
        const page = await app.newTab();
        await page.goto(app.url(hash));
        return page;
      },
      async call(channel, input) {
        const answer = await core.dispatch(channel, input, webCaller(tab));
        if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
        return answer.data;
      },
      close,
    };
    return app;
  } catch (e) {
    await close();
    throw e;
  }
}
