// `npm test`: every check in order — types, lint, format, unit + integration (vitest),
// the production build, end-to-end in Chromium (Playwright) — then one closing line
// "N passed, N failed" counting the tests of both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const VITEST_JSON = 'test-results/vitest.json';
const E2E_JSON = 'test-results/e2e.json';
const failedSteps = [];

function step(name, command) {
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit' });
  if (result.status !== 0) failedSteps.push(name);
}

function count(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0, missing: true };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}

rmSync(VITEST_JSON, { force: true });
rmSync(E2E_JSON, { force: true });
step('typecheck', 'tsc --noEmit -p tsconfig.json');
step('lint', 'eslint .');
step('format', 'prettier --check . --log-level warn');
step(
  'unit + integration',
  `vitest run --reporter=default --reporter=json --outputFile.json=${VITEST_JSON}`,
);
step('build', 'npm run build');
step('end-to-end', 'playwright test');

const vitest = count(VITEST_JSON, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = count(E2E_JSON, (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  flaky: r.stats.flaky,
}));
const passed = vitest.passed + e2e.passed;
// A failed check that is not a test (type-check, lint, format, build) counts as one failure,
// so the closing line never reads "0 failed" when something failed.
const checksFailed = failedSteps.filter(
  (s) => !['unit + integration', 'end-to-end'].includes(s),
).length;
const failed =
  vitest.failed + e2e.failed + (vitest.missing ? 1 : 0) + (e2e.missing ? 1 : 0) + checksFailed;

console.log(
  `\nvitest: ${vitest.passed} passed, ${vitest.failed} failed; ` +
    `playwright: ${e2e.passed} passed, ${e2e.failed} failed` +
    (e2e.flaky ? ` (${e2e.flaky} passed only on retry: flaky)` : ''),
);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
