import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../src-main/contract';
import { writerPerson } from '../support/writers';
import { signedInDispatch } from '../support/workstation';
import { ms } from './stats';
import { demoBenchApp } from './bench-app';

const SIGNINGS = 150;
const SEARCHES = 300;
/** The PESEL serial of the people this bench registers (the writer tests use 0–4). */
const BENCH_STATION = 9;

/**
 * Issue 12's yardstick for the async unit of work: a participant search and a contract
 * signing, each timed through the whole dispatcher (gate, validation, handler, audit) on a
 * file database with the demo's data. Only channels are used, so the same file runs against
 * the code before the conversion.
 */
export async function benchDispatch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-dispatch-'));
  const app = await demoBenchApp(dir);
  try {
    const dispatch = await signedInDispatch(app);
    const call = async (channel: string, input: unknown) => {
      const answer = (await dispatch(channel, input)) as Envelope<never>;
      if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
      return answer.data as Record<string, unknown> & { id: number };
    };

    const searchTimes: number[] = [];
    const terms = ['kow', 'nowak', 'an', 'bart', '8', 'wiś'];
    for (let i = 0; i < SEARCHES; i++) {
      const start = performance.now();
      await call('participants.search', { query: terms[i % terms.length] });
      searchTimes.push(performance.now() - start);
    }

    // A signed demo contract lends its content to fresh drafts, one per new person.
    const list = (await call('contracts.list', { status: 'signed' })) as unknown as {
      rows: { id: number }[];
    };
    const model = (await call('contracts.get', { id: list.rows[0]!.id })) as unknown as {
      projectId: number | null;
      content: Record<string, unknown>;
      signedOn: string;
    };
    const signTimes: number[] = [];
    for (let i = 0; i < SIGNINGS; i++) {
      // A writer station's people: unique PESELs, valid for any test day.
      const person = await call('participants.create', writerPerson(BENCH_STATION, i));
      const draft = await call('contracts.create', {
        participantId: person.id,
        projectId: null,
        content: { ...model.content, familyParties: [] },
      });
      const start = performance.now();
      await call('contracts.sign', { id: draft.id, signedOn: model.signedOn });
      signTimes.push(performance.now() - start);
    }
    const line = (name: string, times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      const q = { median: at(0.5), p95: at(0.95) };
      return `${name.padEnd(34)} median ${ms(q.median)}   p95 ${ms(q.p95)}   (${times.length} calls)`;
    };
    console.log('through the dispatcher, demo data on a file (WAL, synchronous = FULL)');
    console.log(line('participants.search', searchTimes));
    console.log(line('contracts.sign', signTimes));
  } finally {
    app.handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
