import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../src-main/contract';
import { writerPerson } from '../support/writers';
import { signedInDispatch } from '../support/workstation';
import { demoBenchApp } from './bench-app';

const SINGLE = 300;
const IN_ONE_UNIT = 3000;
/** `BULK_PEOPLE=5000 npm run bench -- bulk` for a quicker look. */
const LARGE = Number(process.env.BULK_PEOPLE ?? 50_000);
/** The PESEL serials of the people this bench registers (the writer tests use 0–4, dispatch 9). */
const SINGLE_STATION = 7;
/**
 * One request per row as it was before the writes were prepared once (issue 13, item 6), on
 * the loaded 2-core machine the work was done on: the figure the ≥ 5× is counted from (the
 * issue measured 2.65 ms/row on an idle machine). The same run today is printed beside it.
 */
const BEFORE = { wall: 9.97, cpu: 3.82 };
const BULK_STATION = 8;

/** Wall-clock and CPU milliseconds of `work` (CPU stays honest on a busy machine). */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const perRow = (ms: number, rows: number) => `${(ms / rows).toFixed(3).padStart(7)} ms/row`;

/**
 * Issue 13, item 6: what a row costs when each is its own request (one transaction and one
 * fsync each, `synchronous = FULL`) and when many go through the same dispatcher inside one
 * unit of work (an import, the seed); and the peak memory of a process seeding a 50 000-person
 * register (large-register.ts, in a child so its peak is its own).
 */
export async function benchBulk(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-bulk-'));
  const app = await demoBenchApp(dir);
  try {
    const dispatch = signedInDispatch(app);
    const create = async (station: number, n: number) => {
      const answer = (await dispatch('participants.create', writerPerson(station, n))) as Envelope<{
        id: number;
      }>;
      if (!answer.ok) throw new Error(`participants.create: ${answer.error.message}`);
    };
    for (let n = 0; n < 20; n++) await create(SINGLE_STATION, n); // warm-up
    const single = await timed(async () => {
      for (let n = 20; n < 20 + SINGLE; n++) await create(SINGLE_STATION, n);
    });
    const rssBefore = process.memoryUsage().rss;
    const bulk = await timed(() =>
      app.uow.write(async () => {
        for (let n = 0; n < IN_ONE_UNIT; n++) await create(BULK_STATION, n);
      }),
    );
    const grew = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    const ratio = (a: number, b: number) => `${(a / SINGLE / (b / IN_ONE_UNIT)).toFixed(1)}×`;
    console.log('participants.create through the dispatcher (WAL, synchronous = FULL)');
    console.log(
      `  one request per row        ${perRow(single.wall, SINGLE)}, CPU ${perRow(single.cpu, SINGLE)}  (${SINGLE} rows: the baseline)`,
    );
    console.log(
      `  ${IN_ONE_UNIT} in one unit of work   ${perRow(bulk.wall, IN_ONE_UNIT)}, CPU ${perRow(bulk.cpu, IN_ONE_UNIT)}  ` +
        `(RSS grew ${grew.toFixed(0)} MB)`,
    );
    console.log(
      `  per row, bulk vs one request per row: ${ratio(single.wall, bulk.wall)} faster (wall), ` +
        `${ratio(single.cpu, bulk.cpu)} less CPU`,
    );
    const vsBefore = (before: number, ms: number) => `${(before / (ms / IN_ONE_UNIT)).toFixed(1)}×`;
    console.log(
      `  per row, bulk vs one request per row before (${BEFORE.wall} ms, CPU ${BEFORE.cpu} ms): ` +
        `${vsBefore(BEFORE.wall, bulk.wall)} faster (wall), ${vsBefore(BEFORE.cpu, bulk.cpu)} less CPU ` +
        `(issue 13 asks ≥ 5×)`,
    );
  } finally {
    app.handle.close();
  }
  try {
    const file = join(dir, 'large.sqlite');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join('tests', 'bench', 'large-register.ts'), file, String(LARGE)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const { seconds, peakMb } = JSON.parse(out.trim().split('\n').pop()!) as {
      seconds: number;
      peakMb: number;
    };
    console.log(
      `a ${LARGE.toLocaleString('pl-PL')}-person register (demo office + people, 10% enrolled, ` +
        `4% contracts) seeded in ${seconds.toFixed(1)} s, ${perRow(seconds * 1000, LARGE)}; ` +
        `peak RSS of the process ${peakMb.toFixed(0)} MB (target < 300 MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
