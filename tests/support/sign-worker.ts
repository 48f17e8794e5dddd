/**
 * A second workstation in a worker thread (run with `--import tsx`): opens the same database
 * file, says it is ready, waits at the gate (a shared Int32Array the test opens for all
 * workers at once), then signs the given drafts one after another as fast as it can and
 * posts back each envelope. Two of these contend for SQLite's write lock for real.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../../src-main/app';
import { signedInDispatch } from './workstation';
import { openDatabase } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';

const { file, migrations, ids, signedOn, today, gate } = workerData as {
  file: string;
  today: string;
  migrations: string;
  ids: number[];
  signedOn: string;
  gate: SharedArrayBuffer;
};
const port = parentPort!;
const handle = openDatabase(file, migrations);
// The same stopped day as the test that started this workstation.
const dispatch = signedInDispatch(
  createApp(handle, { clock: fixedClock(today), logError: () => undefined }),
);
port.postMessage('ready');
Atomics.wait(new Int32Array(gate), 0, 0);
const envelopes = [];
for (const id of ids) {
  envelopes.push(await dispatch('contracts.sign', { id, signedOn }));
  // A breath between signings, so the other station is not always asleep in SQLite's busy
  // handler while this one holds the lock: both then really take turns.
  await sleep(1);
}
handle.close();
port.postMessage(envelopes);
