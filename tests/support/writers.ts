/**
 * Writer processes for the two-window and crash tests and the write benchmarks: each one is
 * tests/support/write-worker.ts in a real process of its own (the Node running this file), on
 * the same database file. No vitest here: the benchmarks use it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { addFullAccount, signedInDispatch } from './workstation';
import { createApp } from '../../src-main/app';
import type { ErrorBody } from '../../src-main/contract';
import type { ParticipantInput } from '../../src-main/contract/participants';
import { openDatabase } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';
import { generatePesel, type Sex } from '../../src-main/domain/pesel';

export const MIGRATIONS = resolve('drizzle');
const WORKER = fileURLToPath(new URL('./write-worker.ts', import.meta.url));
const BUNDLES = resolve('node_modules/.cache/aktywator-tests');

let bundled: Promise<string> | undefined;

/**
 * The worker bundled by esbuild into one file, as the program itself is built
 * (scripts/build-main.mjs; better-sqlite3 stays outside). Under `--import tsx` each process
 * spent 1.3–2 s of CPU loading drizzle's and zod's hundreds of modules through the loader
 * hooks (3–6 s on a busy 2-core machine); bundled it starts in about 0.4 s of CPU, so a test
 * can start five of them. The file lives under node_modules (where `better-sqlite3` resolves),
 * named by its content, so test files running at once share it safely.
 */
export function writerScript(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [WORKER],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      external: ['better-sqlite3', 'esbuild'],
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      write: false,
      logLevel: 'warning',
    });
    const code = result.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const file = join(BUNDLES, `write-worker-${hash}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(BUNDLES, { recursive: true });
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, code);
      renameSync(part, file);
      // Bundles of earlier sources, unless a run that started within the hour may still use
      // them — never this one (under a shifted clock, faketime, every file looks old).
      for (const old of readdirSync(BUNDLES))
        if (
          join(BUNDLES, old) !== file &&
          statSync(join(BUNDLES, old)).mtimeMs < Date.now() - 3_600_000
        )
          rmSync(join(BUNDLES, old), { force: true });
    }
    return file;
  })();
  return bundled;
}

export interface WriterConfig {
  file: string;
  migrations: string;
  /** The core's stopped day. */
  today: string;
  /** 0…999, different for every process that writes the file: its people's PESEL serial. */
  station: number;
  /** `create`: participants only, each acknowledged on stdout; `mix`: several channels. */
  mode: 'create' | 'mix';
  /** Writing stops this long after `go`; without it, a `create` writer runs until killed. */
  durationMs?: number;
  /** The project both `mix` writers enrol into and edit (see `prepareFile`). */
  projectId?: number;
}

export interface WriterFailure {
  channel: string;
  error: ErrorBody;
  /** For `internal`: the error the core logged (e.g. "SQLITE_BUSY database is locked"). */
  logged?: string;
}

export interface WriterDone {
  type: 'done';
  /** Calls answered `ok`, by channel. */
  calls: Record<string, number>;
  failures: WriterFailure[];
  /** Ids of the participants and enrolments the core acknowledged (mode `mix`). */
  created: number[];
  enrolled: number[];
  elapsedMs: number;
  /** Milliseconds per call, waiting for the other window included. */
  latency: { median: number; p95: number; max: number };
  /** PRAGMA synchronous of the connection: 1 NORMAL, 2 FULL. */
  synchronous: number;
}

export type WriterMessage =
  | { type: 'ready' }
  | { type: 'ack'; id: number; pesel: string }
  | ({ type: 'failed' } & WriterFailure)
  | WriterDone;

export interface Writer {
  child: ChildProcess;
  /** The worker is loaded and waits for `go` (it opens the file then). */
  ready: Promise<void>;
  go(): void;
  /** Called for every message, in order. */
  onMessage(listener: (message: WriterMessage) => void): void;
  /** The closing summary; rejects if the process ends without one. */
  done: Promise<WriterDone>;
  /** How the process ended (`signal` is 'SIGKILL' after `kill`). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the worker wrote on stderr so far (for failure messages). */
  stderr(): string;
}

/** A fixed-seed generator (mulberry32) of numbers in [0, 1), so a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = Date.UTC(1940, 0, 1);
const DAYS = 18_000; // born 1940–1989: adults on any enrolment date of the test project

/**
 * The n-th person a station registers. The PESEL's serial is the station and its date the n-th
 * day after 1940-01-01, so no two people of any stations collide (up to 18 000 per station).
 */
export function writerPerson(station: number, n: number): ParticipantInput {
  if (n >= DAYS) throw new RangeError(`station ${station}: more than ${DAYS} people`);
  const sex: Sex = n % 2 ? 'M' : 'K';
  const birthDate = new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);
  return {
    firstName: sex === 'K' ? 'Anna' : 'Jan',
    lastName: `Piszący-${station}`,
    pesel: generatePesel(birthDate, sex, station),
    sex,
    birthDate,
    birthPlace: 'Bartoszyce',
    phone: '89 762 00 00',
    email: null,
    educationLevel: 'isced2',
    exclusionReasons: ['unemployment'],
    socialWorkerId: null,
    familyMembers: [],
    notes: null,
    address: {
      voivodeship: 'warmińsko-mazurskie',
      county: 'bartoszycki',
      commune: 'Bartoszyce',
      locality: 'Bartoszyce',
      street: 'Kajki',
      houseNumber: String(1 + (n % 90)),
      flatNumber: null,
      postalCode: '11-200',
      areaType: 'urban',
    },
  };
}

/**
 * Starts one writer process (`script` from `writerScript()`). The Node running the tests is the
 * one better-sqlite3 was built for, so the child runs on the same binary.
 */
export function startWriter(script: string, config: Omit<WriterConfig, 'migrations'>): Writer {
  const child = spawn(
    process.execPath,
    [script, JSON.stringify({ ...config, migrations: MIGRATIONS })],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const listeners: ((message: WriterMessage) => void)[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    // 'close', not 'exit': by then every line it wrote has been read.
    child.once('close', (code, signal) => res({ code, signal })),
  );
  const fail = (what: string) =>
    exited.then(({ code, signal }) => {
      throw new Error(
        `writer ${config.station} ended (${signal ?? `code ${code}`}) ${what}\n${stderr}`,
      );
    });
  let readyNow: () => void = () => {};
  let doneNow: (d: WriterDone) => void = () => {};
  const ready = Promise.race([new Promise<void>((res) => (readyNow = res)), fail('before ready')]);
  const done = Promise.race([new Promise<WriterDone>((res) => (doneNow = res)), fail('early')]);
  // Whoever does not wait for them must not see them as unhandled.
  ready.catch(() => {});
  done.catch(() => {});
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const message = JSON.parse(line) as WriterMessage;
    if (message.type === 'ready') readyNow();
    if (message.type === 'done') doneNow(message);
    for (const listener of listeners) listener(message);
  });
  return {
    child,
    ready,
    go: () => child.stdin!.write('go\n'),
    onMessage: (listener) => listeners.push(listener),
    done,
    exited,
    stderr: () => stderr,
  };
}

/**
 * A migrated file with an account every writer signs in with (writes need one) and the
 * project the writers enrol into. Returns its id.
 */
export async function prepareFile(file: string, today: string): Promise<{ projectId: number }> {
  const handle = openDatabase(file, MIGRATIONS);
  try {
    const app = createApp(handle, { clock: fixedClock(today) });
    await addFullAccount(app, 'Anna', 'Nowak');
    const dispatch = signedInDispatch(app);
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
      return envelope.data as T;
    };
    const project = await call<{ id: number }>('projects.create', {
      title: 'Aktywna integracja w Bartoszycach',
      programme: 'PO KL 2007–2013',
      measure: null,
      edition: null,
      beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
      isEfs: true,
      startDate: '2013-01-01',
      endDate: '2013-12-31',
      totalValue: 34977380,
      euFunding: 31050380,
      ownContribution: 3927000,
      partners: [],
      plannedWomen: 8,
      plannedMen: 6,
      indicators: [],
      criteria: [],
    });
    return { projectId: project.id };
  } finally {
    handle.close();
  }
}

/** Both `mix` writers started, opened at once by `go`, and their summaries. */
export async function runTwoWriters(options: {
  file: string;
  today: string;
  projectId: number;
  durationMs: number;
}): Promise<WriterDone[]> {
  const script = await writerScript();
  const writers = [0, 1].map((station) =>
    startWriter(script, { ...options, station, mode: 'mix' }),
  );
  try {
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.go();
    const done = await Promise.all(writers.map((w) => w.done));
    // Each closes its connection and ends by itself after its summary.
    await Promise.all(writers.map((w) => w.exited));
    return done;
  } catch (error) {
    for (const w of writers) w.child.kill('SIGKILL');
    await Promise.all(writers.map((w) => w.exited));
    throw error;
  }
}
