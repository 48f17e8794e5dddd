import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rendererBuilt, startBrowserApp, type BrowserApp } from './browser-app';
import { buildLargeRegister } from './large-register';
import { ms, quantiles } from './stats';

const PAGE_LOADS = 7;
/** What a clerk types into the participant search: a surname, a space, a first letter. */
const SEARCHES = ['Nowak A', 'Kowalska M', 'Wiśniewski J', 'Lewandowska K', 'Zieliński P'];
const KEY_GAP_MS = 120;
const REQUESTS = 40;
/** The register the issue measured: 50 060 people. */
const LARGE_REGISTER = 50_000;

/**
 * What a person feels in the participant list, in Chromium against the web host (production
 * bundle, 1366×768) on the demo office and on a register of 50 000 people: the first list after navigation, the search's feedback after the last
 * key, and the floor under any click that reloads a list. Times are taken inside the page
 * (performance.now() from the navigation; a MutationObserver on the table), so Playwright's
 * own round trips are not counted. Needs `npm run build:renderer` first.
 */
export async function benchUiTiming(): Promise<void> {
  if (!rendererBuilt()) {
    console.log('ui-timing — skipped: run `npm run build:renderer` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-ui-'));
  try {
    for (const people of [0, LARGE_REGISTER]) {
      const file = join(dir, `register-${people}.sqlite`);
      if (people) await buildLargeRegister(file, people);
      const app = await startBrowserApp(file);
      try {
        console.log(
          `ui-timing — the participant list in Chromium (production bundle, web host), ${people ? `${people} people` : 'demo office'}`,
        );
        await firstList(app);
        await searchFeedback(app);
        await requestFloor(app);
      } finally {
        await app.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ROW = '.participant-results .ant-table-tbody tr.ant-table-row';

/** From navigation to the first row of the list on the screen, and when the first request left. */
async function firstList(app: BrowserApp): Promise<void> {
  const shown: number[] = [];
  const firstRequest: number[] = [];
  const scripts: number[] = [];
  for (let run = 0; run < PAGE_LOADS; run++) {
    const page = await app.open('/participants');
    const at = await page.waitForFunction(
      (row) => (document.querySelector(row) ? performance.now() : null),
      ROW,
      { polling: 'raf', timeout: 30_000 },
    );
    shown.push((await at.jsonValue())!);
    const loaded = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const rpc = entries.find((e) => e.name.endsWith('/rpc'));
      const js = entries
        .filter((e) => e.name.endsWith('.js') && (!rpc || e.startTime < rpc.startTime))
        .reduce((sum, e) => sum + e.decodedBodySize, 0);
      return { rpc: rpc?.startTime ?? NaN, js };
    });
    firstRequest.push(loaded.rpc);
    scripts.push(loaded.js / 1024);
    await page.close();
  }
  const s = quantiles(shown);
  const r = quantiles(firstRequest);
  console.log(`first list from navigation    median ${ms(s.median)}   max ${ms(s.max)}`);
  console.log(`first request leaves at       median ${ms(r.median)}   max ${ms(r.max)}`);
  console.log(`script before the first request: ${quantiles(scripts).median.toFixed(0)} kB`);
}

/**
 * Types each search with a clerk's pace and takes the time from the last key to the last
 * change of the table (the answer to the whole text: latest wins, nothing after it).
 */
async function searchFeedback(app: BrowserApp): Promise<void> {
  const page = await app.open('/participants');
  await page.locator(ROW).first().waitFor();
  await watchTable(page);
  const field = page.getByRole('searchbox', { name: 'Szukaj uczestnika' });
  const feedback: number[] = [];
  for (let round = 0; round < 4; round++)
    for (const text of SEARCHES) {
      await field.fill('');
      await page.waitForTimeout(600);
      await field.pressSequentially(text, { delay: KEY_GAP_MS });
      await page.waitForTimeout(1200);
      const { lastKey, lastChange } = await page.evaluate(() => window.__bench!);
      if (lastChange > lastKey) feedback.push(lastChange - lastKey);
    }
  await page.close();
  const f = quantiles(feedback);
  console.log(
    `search feedback after the last key (${feedback.length} searches)  median ${ms(f.median)}   p95 ${ms(f.p95)}`,
  );
}

/**
 * A click that reloads the list (the next page), from the click to the changed table, beside
 * the request's own time on the wire and a call of the core's cheapest channel from the page.
 */
async function requestFloor(app: BrowserApp): Promise<void> {
  const page = await app.open('/participants');
  await page.locator(ROW).first().waitFor();
  await watchTable(page);
  const clicks: number[] = [];
  const wire: number[] = [];
  for (let n = 0; n < REQUESTS; n++) {
    const button = n % 2 === 0 ? '.ant-pagination-next' : '.ant-pagination-prev';
    const start = await page.evaluate((selector) => {
      performance.clearResourceTimings();
      const at = performance.now();
      document.querySelector<HTMLElement>(`.participant-results ${selector} button`)!.click();
      return at;
    }, button);
    await page.waitForTimeout(400);
    const { lastChange, rpc } = await page.evaluate(() => {
      const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (e) => e.name.endsWith('/rpc'),
      );
      return { lastChange: window.__bench!.lastChange, rpc: entry ? entry.duration : NaN };
    });
    clicks.push(lastChange - start);
    wire.push(rpc);
  }
  const calls = await page.evaluate(async (runs) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await window.__benchCall!('session.get', {});
      times.push(performance.now() - start);
    }
    return times;
  }, REQUESTS);
  await page.close();
  const c = quantiles(clicks);
  const w = quantiles(wire);
  const s = quantiles(calls);
  console.log(`next page: click to new rows   median ${ms(c.median)}   p95 ${ms(c.p95)}`);
  console.log(`  of which the request (wire)  median ${ms(w.median)}   p95 ${ms(w.p95)}`);
  console.log(`session.get from the page      median ${ms(s.median)}   p95 ${ms(s.p95)}`);
}

declare global {
  interface Window {
    __bench?: { lastKey: number; lastChange: number };
    __benchCall?: (channel: string, input: unknown) => Promise<unknown>;
  }
}

/** Records the last key pressed and the last change of the results table, in page time. */
async function watchTable(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = { lastKey: 0, lastChange: 0 };
    window.__bench = bench;
    document.addEventListener('keydown', () => (bench.lastKey = performance.now()), true);
    new MutationObserver(() => (bench.lastChange = performance.now())).observe(
      document.querySelector('.participant-results')!,
      { childList: true, subtree: true, characterData: true },
    );
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const session = sessionStorage.getItem('aktywator.session') ?? '';
    window.__benchCall = (channel, input) =>
      fetch('/rpc', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-aktywator-token': token,
          'x-aktywator-session': session,
        },
        body: JSON.stringify({ channel, input }),
      }).then((r) => r.json());
  });
}
