import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, ERROR_CODES, type Channel, type Envelope } from '../../src-main/contract';
import { CLUB_EDITION, COURSE, validChannelInputs, type InputIds } from '../support/channel-inputs';
import { validProvider } from '../support/courses';
import { storeSessions, validGroup, validModule, validRoom, validTrainer } from '../support/club';
import { contractWorld, createDraft, createSigned, evaluation } from '../support/contracts';
import { createTestApp, validEnrolment, validParticipant, type TestApp } from '../support/test-app';

/**
 * Hostile input against every channel of the contract, on one app over a real database file
 * with data in it. Whatever comes in, the answer is an envelope, never `internal`, its words
 * are Polish, and a refused call leaves every table as it was.
 *
 * The seed is fixed, so a run is repeatable; a failure prints the channel and the input.
 */
const SEED = 20_261_123;
/** Calls in all, spread evenly over the channels. */
const TOTAL_CALLS = 3_000;

type Path = (string | number)[];

// ---------------------------------------------------------------------------------------------
// What the database holds, so a refused call can be shown to have changed nothing.

/** Channels that check a password: a wrong one is counted and logged even though refused. */
const PASSWORD_CHANNELS: string[] = ['session.login', 'session.unlock', 'session.changePassword'];

/** Audit actions that record a write or a view; a refused call may add neither. */
const RECORDING_ACTIONS = ['create', 'update', 'status', 'issue', 'view'];

interface DbState {
  tables: Map<string, string>;
  /** The audit log's rows so far, and the last id (later rows are judged by their action). */
  audit: string;
  auditMaxId: number;
}

function stateReader(app: TestApp) {
  const sqlite = app.handle.sqlite;
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  // Every column quoted and joined in SQLite, one line per row; hashed here.
  const rowsOf = (table: string, where = '') => {
    const columns = sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    const row = (columns as string[]).map((c) => `quote("${c}")`).join(" || ',' || ");
    return sqlite.prepare(`SELECT group_concat(${row}, char(10)) FROM "${table}" ${where}`).pluck();
  };
  const hash = (text: unknown) =>
    createHash('sha1')
      .update(String(text ?? ''))
      .digest('hex');
  const tables = names.filter((n) => n !== 'audit_log').map((n) => [n, rowsOf(n)] as const);
  const auditUpTo = rowsOf('audit_log', 'WHERE id <= ?');
  const maxId = sqlite.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck();
  const actionsAfter = sqlite.prepare('SELECT action FROM audit_log WHERE id > ?').pluck();
  const changesSoFar = sqlite.prepare('SELECT total_changes()').pluck();

  return {
    /** Rows inserted, updated or deleted through this connection so far (rolled back or not). */
    totalChanges: () => changesSoFar.get() as number,
    read(): DbState {
      const t0 = performance.now();
      const auditMaxId = maxId.get() as number;
      const state = {
        tables: new Map(tables.map(([n, q]) => [n, hash(q.get())])),
        audit: hash(auditUpTo.get(auditMaxId)),
        auditMaxId,
      };
      timing.checksums += performance.now() - t0;
      return state;
    },
    /** What a refused call changed: tables whose rows differ, audit rows it should not add. */
    changes(before: DbState, after: DbState): string[] {
      const changed = [...before.tables].filter(([n, h]) => after.tables.get(n) !== h);
      const problems = changed.map(([n]) => `table ${n} changed`);
      if (hash(auditUpTo.get(before.auditMaxId)) !== before.audit)
        problems.push('audit_log rows changed');
      const added = actionsAfter.all(before.auditMaxId) as string[];
      for (const action of added)
        if (RECORDING_ACTIONS.includes(action)) problems.push(`audit_log: a "${action}" row added`);
      return problems;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What an answer must look like.

/** Quoted parts echo the input (an unknown key, a channel's name) and are not judged. */
const unquoted = (m: string) => m.replace(/"[^"]*"|„[^”]*”|'[^']*'/g, '');
const ENGLISH =
  /\b(the|is|are|was|cannot|can't|must|should|expected|received|invalid|failed|error|unexpected|constraint|database|locked|sqlite\w*|typeerror|rangeerror|no such|not an?)\b/i;
const POLISH =
  /[ąćęłńóśźż]|\b(nie|jest|pole|podaj|wybierz|popraw|oczekiwano|nieznan\w*|nieprawidłow\w*|brak|może|musi|kwota|data|liczba|numer)\b/i;

function polishProblem(message: unknown): string | null {
  if (typeof message !== 'string' || message.trim() === '') return 'no message';
  const text = unquoted(message);
  if (ENGLISH.test(text)) return `English in "${message}"`;
  if (!POLISH.test(text)) return `not Polish: "${message}"`;
  return null;
}

function envelopeProblems(envelope: Envelope<unknown>): string[] {
  if (envelope === null || typeof envelope !== 'object') return ['not an object'];
  if (envelope.ok === true)
    return Object.keys(envelope).sort().join() === 'data,ok' ? [] : ['odd success keys'];
  if (envelope.ok !== false) return ['ok is neither true nor false'];
  const { error } = envelope;
  const problems: string[] = [];
  if (!ERROR_CODES.includes(error?.code)) problems.push(`unknown code ${String(error?.code)}`);
  if (error?.code === 'internal') problems.push('internal');
  const message = polishProblem(error?.message);
  if (message) problems.push(message);
  if (error?.issues !== undefined) {
    if (!Array.isArray(error.issues)) problems.push('issues not a list');
    else
      for (const issue of error.issues) {
        if (
          !Array.isArray(issue.path) ||
          issue.path.some((p) => !['string', 'number'].includes(typeof p))
        )
          problems.push(`odd issue path ${JSON.stringify(issue.path)}`);
        const m = polishProblem(issue.message);
        if (m) problems.push(m);
      }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Hostile values.

const MEGABYTE = 'ą'.repeat(1_000_000);
const LONG = 'a'.repeat(5_000);
const HOSTILE_UNITS = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\uD800',
  '\uDC00',
  '\uFFFF',
  '\n',
  '\r',
  '\t',
  '\u2028',
  'e\u0301',
  'ą',
  'Ł',
  '😀',
  'a',
  ' ',
  '0',
  '-',
  '"',
  '\\',
  '%',
  '_',
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: 24 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      MEGABYTE,
      LONG,
      '',
      '   ',
      '\u200B\u200C\u200D\u2060\uFEFF',
      '\u202EJan',
      '0000-01-01',
      '1800-01-01',
      '9999-12-31',
      '2026-02-30',
      '2026-11-23T00:00:00Z',
      '__proto__',
      'constructor',
      "'; DROP TABLE participants; --",
      '44051401359',
    ),
  },
  { weight: 1, arbitrary: fc.string() },
);

const hostileNumber = fc.constantFrom(
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e9,
  1e10,
  -1,
  0,
  -0,
  0.5,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1,
  2,
  99_999,
  100_000,
);

const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
);

const hostileRoot = fc.oneof(
  hostileValue,
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom('id', 'participantId', 'content', 'query', 'x', '__proto__'),
    hostileValue,
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations of a valid input.

function paths(value: unknown, path: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...path, i]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))
      : [];
  return path.length ? [path, ...inner] : inner;
}

const clone = <T>(v: T): T => structuredClone(v);

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
}

type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'duplicate'; path: Path }
  | { kind: 'extraKey'; path: Path; key: string; value: unknown }
  | { kind: 'insert'; path: Path; at: number; text: string };

function mutate(valid: unknown, mutations: Mutation[]): unknown {
  const root = { v: clone(valid) } as Record<string, unknown>;
  for (const m of mutations) {
    const parentPath = ['v', ...m.path.slice(0, -1)];
    const parent = getAt(root, parentPath) as Record<string | number, unknown> | undefined;
    const last = m.path.at(-1)!;
    const target = getAt(root, ['v', ...m.path]);
    if (!parent || typeof parent !== 'object') continue;
    switch (m.kind) {
      case 'replace':
        parent[last] = m.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 'duplicate':
        if (Array.isArray(target) && target.length) target.push(clone(target[0]));
        else if (Array.isArray(parent)) parent.push(clone(target));
        break;
      case 'extraKey':
        if (target && typeof target === 'object' && !Array.isArray(target))
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            writable: true,
          });
        break;
      case 'insert':
        if (typeof target === 'string') {
          const at = m.at % (target.length + 1);
          parent[last] = target.slice(0, at) + m.text + target.slice(at);
        }
        break;
    }
  }
  return root.v;
}

function mutations(valid: unknown): fc.Arbitrary<unknown> {
  const all = paths(valid);
  if (!all.length) return hostileRoot;
  const path = fc.constantFrom(...all);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), path, value: hostileValue }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        path,
        at: fc.nat(),
        text: fc.constantFrom(...HOSTILE_UNITS.slice(0, 22), LONG),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('extraKey' as const),
        path,
        key: fc.constantFrom('x', '__proto__', 'constructor', 'id'),
        value: hostileValue,
      }),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutate(valid, ms));
}

// ---------------------------------------------------------------------------------------------

let app: TestApp;
let ids: InputIds;
const counts = { calls: 0, refused: 0, ok: 0, fullChecks: 0 };
/** Every so many refusals the tables are compared in full even when no row count moved. */
const FULL_CHECK_EVERY = 5;
const timing = { checksums: 0, dispatch: 0 };
const started = Date.now();

beforeAll(async () => {
  app = await createTestApp();
  const w = await contractWorld(app);
  for (const lastName of ['Nowicka', 'Wiśniewski', 'Żak'])
    await app.call('participants.create', validParticipant({ lastName }));
  const enrolment = await app.call(
    'enrolments.create',
    validEnrolment(w.participantId, w.projectId, {
      enrolledOn: '2026-11-01',
      consentDate: '2026-11-01',
    }),
  );
  const other = await app.call('participants.create', validParticipant({ firstName: 'Ola' }));
  const draft = await createDraft(app, w);
  const signed = await createSigned(app, w, {}, { participantId: other.id });
  const evaluated = await app.call('contracts.addEvaluation', evaluation(signed.id));
  const edition = await app.call('club.createEdition', { projectId: w.projectId, ...CLUB_EDITION });
  const group = await app.call('club.saveGroup', validGroup(edition.id));
  const module = await app.call('club.saveModule', validModule(edition.id));
  const trainer = await app.call('club.saveTrainer', validTrainer(edition.id));
  const room = await app.call('club.saveRoom', validRoom(edition.id));
  const absence = await app.call('club.addAbsence', {
    trainerId: trainer.id,
    from: '2026-12-14',
    to: '2026-12-15',
    reason: 'leave',
  });
  const session = {
    groupId: group.id,
    moduleId: module.id,
    trainerId: trainer.id,
    roomId: room.id,
    date: '2026-12-07',
    from: 540,
    to: 660,
    locked: false,
  };
  await storeSessions(app, edition.id, [session]);
  const [stored] = (await app.call('club.sessions', { editionId: edition.id })).sessions;
  const provider = await app.call('courses.saveProvider', validProvider());
  const course = await app.call('courses.save', {
    projectId: w.projectId,
    providerId: provider.id,
    ...COURSE,
  });
  const { classes } = await app.call('courses.saveClasses', {
    courseId: course.id,
    classes: [{ id: null, date: COURSE.startDate, from: 540, to: 780, topic: null }],
  });
  ids = {
    staffId: w.workerId,
    participantId: w.participantId,
    projectId: w.projectId,
    enrolmentId: enrolment.id,
    instrumentIds: w.path,
    draftContractId: draft.id,
    signedContractId: signed.id,
    documentId: evaluated.evaluations[0]!.documentId,
    clubEditionId: edition.id,
    clubGroupId: group.id,
    clubModuleId: module.id,
    clubTrainerId: trainer.id,
    clubRoomId: room.id,
    clubAbsenceId: absence.id,
    clubSessionId: stored!.id,
    courseProviderId: provider.id,
    courseId: course.id,
    courseClassId: classes[0]!.id,
  };
}, 60_000);

afterAll(() => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.info(
    `fuzz-channels: seed ${SEED}, ${counts.calls} calls (${counts.refused} refused, ${counts.ok} accepted, ${counts.fullChecks} refusals compared table by table) in ${seconds} s` +
      ` (dispatch ${(timing.dispatch / 1000).toFixed(1)} s, checksums ${(timing.checksums / 1000).toFixed(1)} s)`,
  );
  app?.close();
});

describe(`every channel answers hostile input safely (seed ${SEED})`, () => {
  const perChannel = Math.ceil(TOTAL_CALLS / CHANNELS.length);

  it.each(CHANNELS.map((c, i) => [c, i] as const))(
    '%s',
    async (channel: Channel, index: number) => {
      const reader = stateReader(app);
      const valid = validChannelInputs(ids)[channel];
      const input =
        valid === undefined
          ? hostileRoot
          : fc.oneof(
              { weight: 4, arbitrary: mutations(valid) },
              { weight: 1, arbitrary: hostileRoot },
            );
      // The full comparison costs a few milliseconds, so it is skipped when SQLite's count of
      // changed rows (total_changes(), this connection's only writer) did not move — except on
      // every FULL_CHECK_EVERY-th refusal, which compares in full anyway to keep the shortcut honest.
      let baseline = reader.read();
      let baselineChanges = reader.totalChanges();
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          if (reader.totalChanges() !== baselineChanges) {
            baseline = reader.read();
            baselineChanges = reader.totalChanges();
          }
          // A valid session.logout or .lock ends or locks the window: each call starts signed in.
          app.signInAgain();
          const t0 = performance.now();
          const envelope = await app.dispatch(channel, value);
          timing.dispatch += performance.now() - t0;
          counts.calls++;
          const problems = envelopeProblems(envelope);
          if (envelope.ok) counts.ok++;
          else {
            counts.refused++;
            const moved = reader.totalChanges() !== baselineChanges;
            if (moved || counts.refused % FULL_CHECK_EVERY === 0) {
              counts.fullChecks++;
              const changes = reader.changes(baseline, reader.read());
              // A wrong password is the one refusal that writes, by design: the account's count
              // of failures (which slows the next tries) and a "loginFailed" audit entry.
              const failedPassword =
                !envelope.ok &&
                envelope.error.code === 'unauthenticated' &&
                PASSWORD_CHANNELS.includes(channel);
              problems.push(
                ...changes.filter((c) => !failedPassword || !/^(table accounts|audit_log)/.test(c)),
              );
            }
          }
          if (problems.length)
            throw new Error(
              `${channel}: ${problems.join('; ')}\nanswer: ${JSON.stringify(envelope).slice(0, 600)}`,
            );
        }),
        { seed: SEED + index, numRuns: perChannel, endOnFailure: true },
      );
      expect(app.loggedErrors).toEqual([]);
    },
    60_000,
  );

  it('would notice a refused call that wrote (the comparison itself works)', async () => {
    const reader = stateReader(app);
    const sqlite = app.handle.sqlite;
    const before = reader.read();
    const changes = reader.totalChanges();
    const phone = sqlite.prepare('SELECT phone FROM staff WHERE id = ?').pluck();
    const setPhone = sqlite.prepare('UPDATE staff SET phone = ? WHERE id = ?');
    const kept = phone.get(ids.staffId);
    setPhone.run('00 000 00 00', ids.staffId);
    expect(reader.totalChanges()).toBe(changes + 1);
    expect(reader.changes(before, reader.read())).toEqual(['table staff changed']);
    setPhone.run(kept, ids.staffId);
    expect(reader.changes(before, reader.read())).toEqual([]);
    // A read of special-category data logs a view: fine when answered, never when refused.
    expect((await app.dispatch('participants.get', { id: ids.participantId })).ok).toBe(true);
    expect(reader.changes(before, reader.read())).toEqual(['audit_log: a "view" row added']);
  });

  it('leaves a sound database', () => {
    expect(app.handle.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.handle.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
