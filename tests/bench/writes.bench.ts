import { signedInDispatch } from '../support/workstation';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src-main/app';
import { openDatabase } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';
import { TEST_TODAY } from '../support/clock';
import { MIGRATIONS, prepareFile, runTwoWriters, writerPerson } from '../support/writers';
import { ms, quantiles } from './stats';

const RUNS = 300;
const WARM_UP = 20;
const TWO_WRITERS_SECONDS = 15;

/**
 * What a save costs with `synchronous = NORMAL` and with `FULL` (WAL: FULL also syncs the log
 * at every commit, so a printed number survives a power cut), and what two windows writing one
 * file as fast as they can get done — with no call failing.
 */
export async function benchWrites(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-bench-writes-'));
  try {
    // (a) participants.create through the dispatcher, one file per setting. The calls
    // alternate between the two files, so a busy moment of the machine hits both alike.
    const modes = ['NORMAL', 'FULL'] as const;
    const stations = await Promise.all(
      modes.map(async (synchronous, station) => {
        const file = join(dir, `${synchronous}.sqlite`);
        await prepareFile(file, TEST_TODAY);
        const handle = openDatabase(file, MIGRATIONS);
        handle.sqlite.pragma(`synchronous = ${synchronous}`);
        const dispatch = signedInDispatch(createApp(handle, { clock: fixedClock(TEST_TODAY) }));
        return { synchronous, station, handle, dispatch, times: [] as number[], cpu: 0 };
      }),
    );
    for (let n = 0; n < WARM_UP + RUNS; n++)
      for (const s of stations) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        const envelope = await s.dispatch('participants.create', writerPerson(s.station, n));
        const took = performance.now() - start;
        if (!envelope.ok) throw new Error(`participants.create: ${envelope.error.message}`);
        if (n < WARM_UP) continue;
        s.times.push(took);
        const used = process.cpuUsage(cpu);
        s.cpu += (used.user + used.system) / 1000;
      }
    console.log(`participants.create — ${RUNS} calls per setting, WAL, a real file in ${tmpdir()}`);
    for (const s of stations) {
      const { median, p95 } = quantiles(s.times);
      console.log(
        `synchronous = ${s.synchronous.padEnd(6)}  median ${ms(median)}   p95 ${ms(p95)}   CPU ${ms(s.cpu / RUNS)} per call`,
      );
      s.handle.close();
    }
    const [normal, full] = stations.map((s) => quantiles(s.times).median);
    console.log(`FULL costs ${ms(full! - normal!)} more per save (median)`);

    // (b) Two processes, each a mix of saves (participants.create / .update,
    // enrolments.create, projects.update) and card reads, as fast as they can.
    const file = join(dir, 'two-writers.sqlite');
    const { projectId } = await prepareFile(file, TEST_TODAY);
    // This process keeps the file open meanwhile, as a third window would: the figures are
    // about writing, not about two processes opening a file at the same moment (the
    // two-writers test covers that).
    const idle = openDatabase(file, MIGRATIONS);
    const done = await runTwoWriters({
      file,
      today: TEST_TODAY,
      projectId,
      durationMs: TWO_WRITERS_SECONDS * 1000,
    }).finally(() => idle.close());
    const total = (list: Record<string, number>[]) =>
      list.reduce((sum, calls) => sum + Object.values(calls).reduce((a, b) => a + b, 0), 0);
    const saves = (calls: Record<string, number>) =>
      Object.entries(calls)
        .filter(([channel]) => !/\.get$/.test(channel))
        .reduce((sum, [, n]) => sum + n, 0);
    const synchronous = ['OFF', 'NORMAL', 'FULL', 'EXTRA'][done[0]!.synchronous];
    console.log(
      `two processes writing one file for ${TWO_WRITERS_SECONDS} s (synchronous = ${synchronous}, as the program opens it)`,
    );
    done.forEach((d, i) => {
      const calls = total([d.calls]);
      console.log(
        `process ${i + 1}: ${calls} calls (${saves(d.calls)} saves), ${d.failures.length} failed, ` +
          `${(calls / (d.elapsedMs / 1000)).toFixed(0)} calls/s; per call median ${ms(d.latency.median)}, ` +
          `p95 ${ms(d.latency.p95)}, longest ${ms(d.latency.max)}`,
      );
    });
    const calls = total(done.map((d) => d.calls));
    const failed = done.reduce((sum, d) => sum + d.failures.length, 0);
    const seconds = Math.max(...done.map((d) => d.elapsedMs)) / 1000;
    console.log(
      `together: ${calls} calls (${done.reduce((sum, d) => sum + saves(d.calls), 0)} saves), ` +
        `${failed} failed, ${(calls / seconds).toFixed(0)} calls/s`,
    );
    // Not a test, but a figure without it would mislead: are the acknowledged people there?
    const check = openDatabase(file, MIGRATIONS);
    const stored = check.sqlite.prepare('SELECT count(*) FROM participants').pluck().get();
    const integrity = check.sqlite.pragma('integrity_check', { simple: true });
    check.close();
    console.log(
      `participants acknowledged ${done.reduce((sum, d) => sum + d.created.length, 0)}, ` +
        `in the file ${stored}; integrity_check ${integrity}`,
    );
    for (const f of done.flatMap((d) => d.failures).slice(0, 5))
      console.log(`  failed: ${f.channel} → ${f.error.code}: ${f.logged ?? f.error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
