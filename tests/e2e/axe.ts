import { expect, type Page } from '@playwright/test';
import axe, { type AxeResults } from 'axe-core';

/** WCAG 2.1 A and AA: what Polish public bodies must meet (ustawa o dostępności cyfrowej). */
const REQUIRED = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Finding = { id: string; impact?: string | null; help: string; targets: string[] };

function describe(findings: Finding[]): string {
  return findings
    .map((f) => `  ${f.id} [${f.impact ?? '?'}] ${f.help}\n    ${f.targets.join('\n    ')}`)
    .join('\n');
}

/**
 * Scans what the page shows now with axe-core and fails on any WCAG 2.1 A/AA violation,
 * naming the rule and the elements. Best-practice findings are printed, not failed: they are
 * advice (e.g. landmarks), and the issue asks to list them.
 *
 * An open dialog is scanned as the page a person meets: antd marks nothing outside it inert,
 * so the screen behind it is scanned too.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await scan(page);
  const findings = (required: boolean) =>
    results.violations
      .filter((v) => v.tags.some((t) => REQUIRED.includes(t)) === required)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  const advice = findings(false);
  if (advice.length) console.log(`axe best practice — ${where}:\n${describe(advice)}`);
  const violations = findings(true);
  expect(violations, `WCAG 2.1 AA violations — ${where}:\n${describe(violations)}`).toEqual([]);
}

/**
 * axe-core, put into the page once and run there. (AxeBuilder injects its 500 kB again for
 * every scan and finishes each in a new blank page: ten times slower, for the same result.)
 * `page.evaluate` rather than a script tag, which the app's Content-Security-Policy forbids.
 */
async function scan(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe.run(
        // The PDF preview is Chromium's own viewer, not our page.
        { exclude: [['iframe']] },
        {
          runOnly: { type: 'tag', values: tags },
          // Details only for what fails: passes are counted, not described (faster).
          resultTypes: ['violations'],
          iframes: false,
        },
      ),
    [...REQUIRED, 'best-practice'],
  );
}
