import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueCourseCertificates } from './course-certificates.issue';

/**
 * "Issue the certificates" of a course of 200: the numbers, data and register entries written
 * in one write through the dispatcher (course-certificates.issue.ts), their stored data read
 * back, and all 200 (front and back, 12 topics each) rendered into one PDF — the issue's
 * targets are under 10 s in all and under 400 MB for the rendering. The rendering runs in a
 * process of its own (course-certificates.render.ts), so its peak resident memory
 * (`process.resourceUsage().maxRSS`) is the rendering's, not this runner's; it also gives the
 * median time of one certificate rendered alone (20 runs).
 */
const COUNT = 200;
const TARGET_MS = 10_000;
const TARGET_MB = 400;

type Figures = {
  count: number;
  pages: number;
  bytes: number;
  totalMs: number;
  cpuMs: number;
  singleMedianMs: number;
  singleP95Ms: number;
  rssBeforeMb: number;
  peakRssMb: number;
};

export async function benchCourseCertificates(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-course-certificates-'));
  let issue: Awaited<ReturnType<typeof issueCourseCertificates>>;
  let run: ReturnType<typeof spawnSync>;
  try {
    issue = await issueCourseCertificates(dir, COUNT);
    run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'course-certificates.render.ts'),
        String(COUNT),
        issue.dataFile,
      ],
      { cwd: join(here, '../..'), encoding: 'utf8', maxBuffer: 1 << 20 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (run.status !== 0) throw new Error(`the rendering process failed:\n${String(run.stderr)}`);
  const line = String(run.stdout).trim().split('\n').at(-1) ?? '';
  const f = JSON.parse(line) as Figures;
  const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER');
  const allMs = issue.issueMs + issue.printMs + f.totalMs;
  console.log(
    `course-certificates — ${f.count} certificates issued (dispatcher, file database) and rendered to one PDF (pdfmake, own process)`,
  );
  console.log(
    `issue (numbers, data, register, audit, one write)   ${(issue.issueMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `their stored data read for printing               ${(issue.printMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `render         ${(f.totalMs / 1000).toFixed(2).padStart(7)} s   (CPU ${(f.cpuMs / 1000).toFixed(2)} s)`,
  );
  console.log(
    `total          ${(allMs / 1000).toFixed(2).padStart(7)} s   target < ${TARGET_MS / 1000} s   ${verdict(allMs < TARGET_MS)}`,
  );
  console.log(
    `per certificate alone  median ${f.singleMedianMs.toFixed(1)} ms   p95 ${f.singleP95Ms.toFixed(1)} ms   (in the batch ${(f.totalMs / f.count).toFixed(1)} ms each)`,
  );
  console.log(
    `peak RSS       ${f.peakRssMb.toFixed(0).padStart(7)} MB  (${f.rssBeforeMb.toFixed(0)} MB before rendering)   target < ${TARGET_MB} MB   ${verdict(f.peakRssMb < TARGET_MB)}`,
  );
  console.log(`file           ${f.pages} pages, ${(f.bytes / 1024 / 1024).toFixed(1)} MiB`);
}
