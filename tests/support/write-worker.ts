/**
 * A second window in a process of its own: opens the database file the way the program does
 * (`openDatabase`, `createApp`) and writes through the dispatcher as fast as it can. Started by
 * tests/support/writers.ts, bundled (`writerScript()`), as `node <bundle> '<json>'`; it runs as
 * well, only slower to start, as `node --import tsx tests/support/write-worker.ts '<json>'`.
 *
 * It speaks one JSON object per line on stdout: `{"type":"ready"}` once loaded; at the line `go`
 * on stdin it opens the file, then
 * - mode `create`: `{"type":"ack","id":…,"pesel":…}` for every participant the core has
 *   committed and answered `ok` for (written before the next call starts), until it is killed
 *   or `durationMs` has passed; or
 * - mode `mix`: a realistic mix of writes (participants.create / .update, enrolments.create,
 *   projects.update, participants.get — a read that writes an audit row) for `durationMs`,
 *   then one `{"type":"done",…}` with what the core acknowledged and every failed envelope.
 */
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createApp } from '../../src-main/app';
import { signedInDispatch } from './workstation';
import type { Envelope } from '../../src-main/contract';
import type { ParticipantInput } from '../../src-main/contract/participants';
import { openDatabase } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';
import {
  seededRandom,
  writerPerson,
  type WriterConfig,
  type WriterDone,
  type WriterFailure,
  type WriterMessage,
} from './writers';

const config = JSON.parse(process.argv[2]!) as WriterConfig;
const say = (message: WriterMessage) => process.stdout.write(`${JSON.stringify(message)}\n`);

const random = seededRandom(config.station + 1);

const failures: WriterFailure[] = [];
const calls: Record<string, number> = {};

const times: number[] = [];

async function call<T>(channel: string, input: unknown): Promise<T | undefined> {
  const start = performance.now();
  const envelope = (await dispatch(channel, input)) as Envelope<T>;
  times.push(performance.now() - start);
  // A turn of the event loop between calls, as between two requests of a real window.
  await nextTurn();
  if (!envelope.ok) {
    const failure: WriterFailure = { channel, error: envelope.error };
    if (envelope.error.code === 'internal') failure.logged = logged;
    failures.push(failure);
    if (config.mode === 'create') say({ type: 'failed', ...failure });
    return undefined;
  }
  calls[channel] = (calls[channel] ?? 0) + 1;
  return envelope.data;
}

async function createMode(deadline: number): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const input = writerPerson(config.station, n);
    const created = await call<{ id: number }>('participants.create', input);
    if (created) say({ type: 'ack', id: created.id, pesel: input.pesel! });
  }
}

/** The milliseconds one call took (waiting for the other window included). */
function latency(): WriterDone['latency'] {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

async function mixMode(deadline: number): Promise<Pick<WriterDone, 'created' | 'enrolled'>> {
  const created: number[] = [];
  const enrolled: number[] = [];
  let nextToEnrol = 0;
  let people = 0;
  for (let step = 0; performance.now() < deadline; step++) {
    const own = created.length ? created[Math.floor(random() * created.length)]! : undefined;
    switch (step % 5) {
      case 0: {
        const done = await call<{ id: number }>(
          'participants.create',
          writerPerson(config.station, people++),
        );
        if (done) created.push(done.id);
        break;
      }
      case 1: {
        // Open the card, change the phone and the notes, save: as the form does.
        if (own === undefined) break;
        const card = await call<ParticipantInput>('participants.get', { id: own });
        if (card)
          await call('participants.update', {
            id: own,
            participant: {
              ...card,
              phone: `89 762 ${String(step % 100).padStart(2, '0')} 00`,
              notes: `Zmiana ${step}`,
            },
          });
        break;
      }
      case 2: {
        if (config.projectId === undefined || nextToEnrol >= created.length) break;
        const participantId = created[nextToEnrol++]!;
        const done = await call<{ id: number }>('enrolments.create', {
          participantId,
          projectId: config.projectId,
          enrolledOn: '2013-02-01',
          monitoring: {
            labourStatus: 'unemployedRegistered',
            disability: 'no',
            foreignBackground: 'no',
            homelessness: 'no',
            householdJobless: 'no',
            householdWithChildren: 'no',
            singleAdultWithChildren: 'no',
            otherDisadvantage: 'refused',
          },
          consentDataProcessing: true,
          consentDate: '2013-02-01',
        });
        if (done) enrolled.push(done.id);
        break;
      }
      case 3: {
        // Both stations edit the same project: the last save wins, neither fails.
        if (config.projectId === undefined) break;
        const project = await call<Record<string, unknown>>('projects.get', {
          id: config.projectId,
        });
        if (project) {
          const { id, ...fields } = project;
          await call('projects.update', {
            id,
            project: { ...fields, edition: `stanowisko ${config.station}, zapis ${step}` },
          });
        }
        break;
      }
      case 4:
        if (own !== undefined) await call('participants.get', { id: own });
        break;
    }
  }
  return { created, enrolled };
}

// Loaded: the file is opened only at `go`, so a test may start the next writer while it still
// checks the file a killed one left. The end of stdin (the test is gone) ends this process,
// so a writer never outlives the test that started it.
say({ type: 'ready' });
const lines = createInterface({ input: process.stdin });
await new Promise<void>((go) => {
  lines.on('line', (line) => line.trim() === 'go' && go());
  lines.on('close', () => process.exit(3));
});

const handle = openDatabase(config.file, config.migrations);
// An `internal` envelope says nothing more; the test shows what the core logged with it.
let logged: string | undefined;
const dispatch = signedInDispatch(
  createApp(handle, {
    clock: fixedClock(config.today),
    logError: (_channel, e) =>
      (logged = `${(e as { code?: string }).code ?? ''} ${e instanceof Error ? e.message : String(e)}`),
  }),
);
const start = performance.now();
const deadline = start + (config.durationMs ?? Infinity);
const written =
  config.mode === 'create'
    ? (await createMode(deadline), { created: [], enrolled: [] })
    : await mixMode(deadline);
say({
  type: 'done',
  ...written,
  calls,
  failures,
  elapsedMs: performance.now() - start,
  latency: latency(),
  synchronous: handle.sqlite.pragma('synchronous', { simple: true }) as number,
});
handle.close();
lines.removeAllListeners('close');
lines.close();
process.stdin.destroy();
