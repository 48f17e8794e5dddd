import { chromium } from '@playwright/test';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCore } from '../../src-main/bootstrap';
import type { Envelope } from '../../src-main/contract';
import { fixedClock } from '../../src-main/domain/clock';
import { createWebServer, webCaller } from '../../src-main/hosts/web/server';
import { TEST_TODAY } from '../support/clock';
import { ms } from './stats';

/** Where the renderer keeps its tab's session id (src-renderer/api/transport.ts). */
const SESSION_KEY = 'aktywator.session';
const RUNS = 5;

/**
 * The time to a course certificate's preview in the renderer, as a clerk meets it: the
 * production bundle in Chromium against the web host on the demo database, the register of
 * certificates open, "Drukuj" clicked — until the PDF is in the preview (its blob in the
 * frame). The first preview of the page — clicked the moment the list shows, or after two
 * seconds of reading it (the renderer warms up in the idle time) — and the later ones are told
 * apart. Needs `npm run build:renderer` first.
 */
export async function benchCertificatePreview(): Promise<void> {
  const staticDir = resolve('out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.log('certificate-preview — skipped: run `npm run build:renderer` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-preview-'));
  const core = await startCore({
    dbPath: join(dir, 'demo.sqlite'),
    migrationsFolder: resolve('drizzle'),
    demo: true,
    clock: fixedClock(TEST_TODAY),
    logError: () => undefined,
  });
  const token = randomBytes(24).toString('base64url');
  const server = await createWebServer({
    dispatch: core.dispatch,
    onChanged: core.onChanged,
    staticDir,
    token,
    port: 0,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const session = (await core.dispatch('session.get', {}, 'bench')) as Envelope<{
      demo: { password: string };
    }>;
    if (!session.ok) throw new Error('session.get failed');
    const tab = randomUUID();
    const login = await core.dispatch(
      'session.login',
      { login: 'koordynator', password: session.data.demo.password },
      webCaller(tab),
    );
    if (!login.ok) throw new Error(`session.login: ${login.error.message}`);

    const first: number[] = [];
    const firstAfterReading: number[] = [];
    const later: number[] = [];
    for (let run = 0; run < 2 * RUNS; run++) {
      // Every other page is read for two seconds before the first click, as a clerk would.
      const reads = run % 2 === 1;
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript(
        ([key, id]) => window.sessionStorage.setItem(key!, id!),
        [SESSION_KEY, tab],
      );
      await page.goto(`${server.url}/?token=${token}#/courses/certificates`);
      const buttons = page.getByRole('button', { name: /^Drukuj ponownie zaświadczenie nr/ });
      await buttons.first().waitFor();
      if (reads) await page.waitForTimeout(2000);
      for (let n = 0; n < 3; n++) {
        const start = performance.now();
        await buttons.nth(n).click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('iframe[src^="blob:"]').waitFor({ timeout: 30_000 });
        (n > 0 ? later : reads ? firstAfterReading : first).push(performance.now() - start);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `certificate-preview — the register of course certificates in Chromium (production bundle, web host, demo), ${RUNS} page loads`,
    );
    console.log(
      `first preview at once (list just shown) median ${ms(median(first))}   max ${ms(Math.max(...first))}`,
    );
    console.log(
      `first preview, page open for 2 s      median ${ms(median(firstAfterReading))}   max ${ms(Math.max(...firstAfterReading))}`,
    );
    console.log(
      `later previews                        median ${ms(median(later))}   max ${ms(Math.max(...later))}`,
    );
  } finally {
    await browser.close();
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
