import type { Locator, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractRow } from '../../src-main/contract/social-contracts';
import { rendererBuilt, startBrowserApp } from './browser-app';
import { ms, quantiles } from './stats';

const RUNS = 5;
/** Previews per page load: the first, then the later ones. */
const PREVIEWS = 3;

/**
 * The time to a PDF preview in the renderer, as a clerk meets it, and how long the window
 * freezes meanwhile: the production bundle in Chromium against the web host on the demo
 * database. Two documents: a course certificate from the register of certificates ("Drukuj
 * ponownie zaświadczenie nr …") and a signed social contract from its screen ("Drukuj
 * oryginał") — each until the PDF is in the preview (its blob in the frame). The first
 * preview of a page — clicked the moment the screen shows, or after two seconds of reading
 * it (the renderer warms up in the idle time) — and the later ones are told apart.
 *
 * The freeze: the page's long tasks (PerformanceObserver 'longtask': main-thread tasks over
 * 50 ms) between the click and the frame; the longest one and their sum per preview. A task
 * under 50 ms is not reported by the browser, so "0" reads "none over 50 ms".
 * Needs `npm run build:renderer` first. Figures to read, never asserted.
 */
export async function benchPreview(): Promise<void> {
  if (!rendererBuilt()) {
    console.log('preview — skipped: run `npm run build:renderer` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-preview-'));
  const app = await startBrowserApp(join(dir, 'demo.sqlite'));
  try {
    const contracts = (await app.call('contracts.list', { page: 1, pageSize: 100 })) as {
      rows: ContractRow[];
    };
    const signed = contracts.rows.filter((row) => row.status !== 'draft');
    // The demo has two: the later previews go from one to the other.
    if (signed.length < 2) throw new Error('The demo has fewer than two signed contracts.');

    const open = async (hash: string) => {
      const page = await app.newTab();
      await page.addInitScript(recordPreviews);
      await page.goto(app.url(hash));
      return page;
    };

    const certificates = await timePreviews(async () => {
      const page = await open('/courses/certificates');
      const buttons = page.getByRole('button', { name: /^Drukuj ponownie zaświadczenie nr/ });
      await buttons.first().waitFor();
      return { page, next: async (n) => buttons.nth(n) };
    });
    const contractPreviews = await timePreviews(async (run) => {
      // Each page load starts from another contract; the later previews go to the next ones.
      const at = (n: number) => signed[(run + n) % signed.length]!;
      const page = await open(`/contracts/${at(0).id}`);
      const button = () => page.getByRole('button', { name: 'Drukuj oryginał' }).first();
      await button().waitFor();
      return {
        page,
        next: async (n) => {
          if (n > 0) {
            const { id, number } = at(n);
            await page.evaluate((to) => (window.location.hash = `#/contracts/${to}`), id);
            await page.getByText(`Kontrakt socjalny nr ${number} —`).first().waitFor();
          }
          await button().waitFor();
          return button();
        },
      };
    });

    console.log(
      `preview — PDF previews in Chromium (production bundle, web host, demo), ${RUNS} page loads per line; ` +
        'the freeze: main-thread long tasks (> 50 ms) between the click and the frame',
    );
    report('course certificate (register of certificates)', certificates);
    report('social contract (the contract’s "Drukuj oryginał")', contractPreviews);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One preview: click to frame, and the page's long tasks meanwhile. */
type Sample = { time: number; longest: number; blocked: number };
type Samples = { first: Sample[]; firstAfterReading: Sample[]; later: Sample[] };

/**
 * Added before any of the page's scripts, so nothing of the first preview is missed: the
 * page's long tasks, from its start, as [start, duration] pairs (`__longTasks`); when the
 * last click came (`__clickAt`) and when a PDF's blob was first set in a frame after it
 * (`__frameAt`) — both on the page's clock, so the timing is not Playwright's polling.
 */
function recordPreviews(): void {
  const page = window as unknown as {
    __longTasks: [number, number][];
    __clickAt: number;
    __frameAt: number | null;
  };
  page.__longTasks = [];
  page.__clickAt = 0;
  page.__frameAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) page.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  window.addEventListener(
    'click',
    (event) => {
      page.__clickAt = event.timeStamp;
      page.__frameAt = null;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (page.__frameAt === null && document.querySelector('iframe[src^="blob:"]')) {
      page.__frameAt = performance.now();
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['src'],
  });
}

/**
 * `RUNS` page loads read at once and `RUNS` read for two seconds first, `PREVIEWS` previews
 * each: `load` opens the page, `next(n)` finds the n-th preview's button.
 */
async function timePreviews(
  load: (run: number) => Promise<{ page: Page; next: (n: number) => Promise<Locator> }>,
): Promise<Samples> {
  const samples: Samples = { first: [], firstAfterReading: [], later: [] };
  for (let run = 0; run < 2 * RUNS; run++) {
    // Every other page is read for two seconds before the first click, as a clerk would.
    const reads = run % 2 === 1;
    const { page, next } = await load(run);
    if (reads) await page.waitForTimeout(2000);
    for (let n = 0; n < PREVIEWS; n++) {
      const button = await next(n);
      await button.click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('iframe[src^="blob:"]').waitFor({ timeout: 30_000 });
      // A long task is reported when it ends: one still running at the frame shows later.
      await page.waitForTimeout(100);
      const { time, durations } = await page.evaluate(() => {
        const at = window as unknown as {
          __longTasks: [number, number][];
          __clickAt: number;
          __frameAt: number;
        };
        return {
          time: at.__frameAt - at.__clickAt,
          durations: at.__longTasks
            .filter(([start, duration]) => start + duration > at.__clickAt && start < at.__frameAt)
            .map(([, duration]) => duration),
        };
      });
      (n > 0 ? samples.later : reads ? samples.firstAfterReading : samples.first).push({
        time,
        longest: Math.max(0, ...durations),
        blocked: durations.reduce((a, b) => a + b, 0),
      });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.close();
  }
  return samples;
}

const median = (xs: number[]) => quantiles(xs).median;

function report(what: string, samples: Samples): void {
  console.log(`  ${what}`);
  const line = (label: string, list: Sample[]) => {
    const times = list.map((s) => s.time);
    const longest = list.map((s) => s.longest);
    const blocked = list.map((s) => s.blocked);
    console.log(
      `    ${label.padEnd(34)} median ${ms(median(times))}   max ${ms(Math.max(...times))}` +
        `   longest task median ${ms(median(longest))} max ${ms(Math.max(...longest))}` +
        `   long tasks' sum median ${ms(median(blocked))}`,
    );
  };
  line('first preview at once', samples.first);
  line('first preview, page open for 2 s', samples.firstAfterReading);
  line('later previews', samples.later);
}
