import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { createApp, type AppOptions } from '../../src-main/app';
import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ErrorBody,
  type ErrorCode,
} from '../../src-main/contract';
import type { EnrolmentCreateInput, MonitoringData } from '../../src-main/contract/enrolments';
import type { ParticipantInput } from '../../src-main/contract/participants';
import type { ProjectInput } from '../../src-main/contract/projects';
import type { StaffInput } from '../../src-main/contract/staff';
import { openDatabase, type DatabaseHandle } from '../../src-main/db/open';
import type { UnitOfWork } from '../../src-main/db/unit-of-work';
import type { Dispatch } from '../../src-main/dispatcher';
import { generatePesel, type Sex } from '../../src-main/domain/pesel';
import { testClock, type TestClock } from './clock';
import { ROLES, type ParticipantScope, type Role } from '../../src-main/contract/permissions';
import type { StaffMember } from '../../src-main/contract/staff';
import { addAccount as addAccountTo, TEST_PASSWORD } from './workstation';

/** The session id of the test's default window. */
export const DEFAULT_CALLER = 'test-main';

/** Thrown by `call` when the core answers with an error envelope; carries the envelope's error. */
export class CallError extends Error {
  constructor(
    readonly channel: string,
    readonly error: ErrorBody,
  ) {
    super(
      `${channel} → ${error.code}: ${error.message} ${JSON.stringify(error.issues ?? error.details ?? '')}`,
    );
    this.name = 'CallError';
  }
}

/**
 * The data of a successful answer, checked against the channel's output schema: an answer
 * that breaks the contract fails the test that got it, and so does one carrying a field the
 * contract does not declare (zod would strip it silently, and a row passed on whole — a hash,
 * an internal column — would reach the renderer unnoticed). The data is returned as the core
 * sent it, not as parsed, so the test sees exactly what a renderer would get.
 */
export function checkedOutput(channel: Channel, data: unknown): unknown {
  const parsed = contract[channel].output.safeParse(data);
  const problems = parsed.success
    ? undeclaredKeys(data, parsed.data).map((path) => `  ${path}: not in the output schema`)
    : parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  if (problems.length)
    throw new Error(`${channel} answered outside its output schema:\n${problems.join('\n')}`);
  return data;
}

/** Paths of keys present in `raw` but dropped by the schema's parse (`parsed`). */
function undeclaredKeys(raw: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return [...new Set(raw.flatMap((item, i) => undeclaredKeys(item, parsed[i], `${at}[]`)))];
  if (raw === null || typeof raw !== 'object' || parsed === null || typeof parsed !== 'object')
    return [];
  const kept = parsed as Record<string, unknown>;
  return Object.entries(raw).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const path = at ? `${at}.${key}` : key;
    return key in kept ? undeclaredKeys(value, kept[key], path) : [path];
  });
}

/** One raw row of `audit_log` as SQLite holds it (changed_fields is JSON text). */
export interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  channel: string;
  entity: string;
  entity_id: number | null;
  action: string;
  changed_fields: string;
  prev_hash: string | null;
  hash: string | null;
}

/** Calls made from one window (one session id) of the core. */
export interface TestClient {
  /** The dispatcher as this window calls it (its session id bound). */
  dispatch: (channel: string, input: unknown) => ReturnType<Dispatch>;
  /** Calls a channel and returns `data`; throws `CallError` with the error envelope otherwise. */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Calls a channel that must fail with `code` and returns the error body. */
  fail(channel: string, input: unknown, code: ErrorCode): Promise<ErrorBody>;
}

export { TEST_PASSWORD };

export interface TestApp extends TestClient {
  handle: DatabaseHandle;
  /** The app's unit of work: what a test uses to call a repository or service directly. */
  uow: UnitOfWork;
  /** Path of the temporary database file. */
  file: string;
  /** Errors the dispatcher logged as internal (kept here instead of cluttering the output). */
  loggedErrors: unknown[];
  /** Raw `count(*)` of a table, for "nothing was written" assertions. */
  count(table: string): number;
  /**
   * Row counts of every table of the schema, keyed by table name — the audit log without its
   * view entries, which reads of special-category data add by design.
   */
  counts(): Record<string, number>;
  /** All audit rows, oldest first. */
  auditRows(): AuditRow[];
  /**
   * Creates a staff member with an account holding every role and signs them in on the
   * default window, making them the audit's actor. Until a test calls it, the default window
   * is signed in as "Tester Testowy" with every role (so most tests need not think of roles).
   */
  actAs(overrides?: Partial<StaffInput>): Promise<ChannelOutput<'staff.create'>>;
  /**
   * Another window, signed in as a new staff member with these roles (or nobody: `null`).
   * Its `member` is the staff record; `login` is the account's login, password TEST_PASSWORD.
   */
  window(
    roles: Role[] | null,
    options?: { participantScope?: ParticipantScope; staff?: Partial<StaffInput> },
  ): Promise<TestClient & { member: StaffMember | null; login: string | null; caller: string }>;
  /** What the Electron host does when Windows locks: every window of the core locks. */
  lockAll(): void;
  /** Signs the default window in again (after a test signed it out or locked it). */
  signInAgain(): void;
  /** Moves the core's millisecond clock (idle lock, login slow-down) forward. */
  advanceMinutes(minutes: number): void;
  /** The core's clock: stopped on TEST_TODAY until a test moves it with `set`. */
  clock: TestClock;
  close(): void;
}

/**
 * A fresh, migrated database in a real temporary file, with the real handlers over it (the
 * club's planner may be replaced, to test what the core does around it).
 */
export async function createTestApp(options: Pick<AppOptions, 'planner'> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-it-'));
  const file = join(dir, 'aktywator.sqlite');
  const handle = openDatabase(file, resolve('drizzle'));
  const loggedErrors: unknown[] = [];
  const clock = testClock();
  let nowMs = Date.parse(`${clock.today()}T08:00:00Z`);
  const { dispatch, sessions, uow } = createApp(handle, {
    ...options,
    clock,
    logError: (_channel, error) => loggedErrors.push(error),
    now: () => nowMs,
  });
  let closed = false;
  let windows = 0;

  const tableNames = (): string[] =>
    (
      handle.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);

  const count = (table: string): number => {
    if (!tableNames().includes(table)) throw new Error(`No such table: ${table}`);
    return (handle.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  };

  const client = (caller: string): TestClient => ({
    dispatch: (channel, input) => dispatch(channel, input, caller),
    async call(channel, input) {
      const envelope = await dispatch(channel, input, caller);
      if (!envelope.ok) throw new CallError(channel, envelope.error);
      return checkedOutput(channel, envelope.data) as never;
    },
    async fail(channel, input, code) {
      const envelope = await dispatch(channel, input, caller);
      if (envelope.ok)
        expect.fail(
          `${channel} should fail with ${code}, but answered ${JSON.stringify(envelope)}`,
        );
      expect(envelope.error.code, envelope.error.message).toBe(code);
      return envelope.error;
    },
  });
  const main = client(DEFAULT_CALLER);

  const addAccount = (fields: StaffInput, roles: Role[], participantScope?: ParticipantScope) =>
    addAccountTo(uow, fields, roles, { participantScope });
  let defaultStaffId = (
    await addAccount(
      validStaff({ firstName: 'Tester', lastName: 'Testowy', role: 'administrator' }),
      [...ROLES],
    )
  ).member.id;
  sessions.start(DEFAULT_CALLER, defaultStaffId);

  return {
    ...main,
    handle,
    uow,
    file,
    loggedErrors,
    count,
    counts: () =>
      Object.fromEntries(
        tableNames().map((t) => [
          t,
          // Reading special-category data adds a view entry by design; only writes count here.
          t === 'audit_log'
            ? (handle.sqlite
                .prepare("SELECT count(*) FROM audit_log WHERE action <> 'view'")
                .pluck()
                .get() as number)
            : count(t),
        ]),
      ),
    auditRows: () =>
      handle.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[],
    async actAs(overrides = {}) {
      const { member } = await addAccount(validStaff(overrides), [...ROLES]);
      defaultStaffId = member.id;
      sessions.start(DEFAULT_CALLER, member.id);
      return member;
    },
    lockAll: () => sessions.lockAll(),
    signInAgain() {
      sessions.start(DEFAULT_CALLER, defaultStaffId);
    },
    async window(roles, options = {}) {
      const caller = `test-window-${++windows}`;
      if (!roles) return { ...client(caller), member: null, login: null, caller };
      const { member, login } = await addAccount(
        validStaff({ role: roles[0], ...options.staff }),
        roles,
        options.participantScope,
      );
      sessions.start(caller, member.id);
      return { ...client(caller), member, login, caller };
    },
    advanceMinutes(minutes) {
      nowMs += minutes * 60_000;
    },
    clock,
    close() {
      if (closed) return;
      closed = true;
      if (handle.sqlite.open) handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a fresh app before and its removal after every test of the file. */
export function useTestApp(options: Pick<AppOptions, 'planner'> = {}): () => TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await createTestApp(options);
  });
  afterEach(() => {
    app?.close();
    app = undefined;
  });
  return () => {
    if (!app) throw new Error('useTestApp(): no app outside a test');
    return app;
  };
}

// ---------------------------------------------------------------------------------------------
// Builders of valid input. Amounts are in grosze.

let peselSerial = 0;

type Address = ParticipantInput['address'];
export type ParticipantOverrides = Partial<Omit<ParticipantInput, 'address'>> & {
  address?: Partial<Address>;
};

/**
 * A valid participant. Unless `pesel` is given (also as null), a PESEL matching the final
 * birth date and sex is generated, with a new serial on every call so people never collide.
 */
export function validParticipant(overrides: ParticipantOverrides = {}): ParticipantInput {
  const { address, ...rest } = overrides;
  const birthDate = rest.birthDate ?? '1980-04-15';
  const sex: Sex = rest.sex ?? 'M';
  peselSerial = (peselSerial + 1) % 1000;
  return {
    firstName: 'Jan',
    lastName: 'Kowalski',
    pesel: generatePesel(birthDate, sex, peselSerial),
    sex,
    birthDate,
    birthPlace: 'Bartoszyce',
    phone: '89 762 00 00',
    email: null,
    educationLevel: 'isced2',
    exclusionReasons: ['unemployment'],
    unemployedSince: null,
    officeClientSince: null,
    socialWorkerId: null,
    familyMembers: [],
    notes: null,
    ...rest,
    address: {
      voivodeship: 'warmińsko-mazurskie',
      county: 'bartoszycki',
      commune: 'Bartoszyce',
      locality: 'Bartoszyce',
      street: 'Kajki',
      houseNumber: '7',
      flatNumber: '3',
      postalCode: '11-200',
      areaType: 'urban',
      ...address,
    },
  };
}

/**
 * Jan Kowalski, PESEL 44051401359 (born 1944-05-14, a man); the check digit worked out by
 * hand: 4+12+0+45+1+12+0+9+3+15 = 101 → (10 − 1) mod 10 = 9.
 */
export function janKowalski(): ParticipantInput {
  return validParticipant({
    firstName: 'Jan',
    lastName: 'Kowalski',
    pesel: '44051401359',
    birthDate: '1944-05-14',
    sex: 'M',
  });
}

/** Olena Kovalenko, a foreigner without PESEL, identified by `documentNumber`. */
export function foreigner(documentNumber: string): ParticipantInput {
  return validParticipant({
    firstName: 'Olena',
    lastName: 'Kovalenko',
    pesel: null,
    documentNumber,
    sex: 'K',
    birthDate: '1990-06-01',
  });
}

/** A project like Bartoszyce's: 349 773,80 zł = 310 503,80 zł EFS + 39 270,00 zł own. */
export function validProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    title: 'Aktywna integracja w Bartoszycach',
    programme: 'PO KL 2007–2013',
    measure: 'Działanie 7.1 Poddziałanie 7.1.1',
    edition: '2013',
    beneficiary: 'Miejski Ośrodek Pomocy Społecznej w Bartoszycach',
    isEfs: true,
    startDate: '2013-01-01',
    endDate: '2013-12-31',
    totalValue: 34977380,
    euFunding: 31050380,
    ownContribution: 3927000,
    partners: [
      { name: 'Powiatowy Urząd Pracy w Bartoszycach', nip: '1234563218', role: 'Partner' },
    ],
    plannedWomen: 8,
    plannedMen: 6,
    indicators: [
      { name: 'Liczba osób objętych kontraktem socjalnym', targetWomen: 8, targetMen: 6 },
    ],
    criteria: [],
    ...overrides,
  };
}

export function validStaff(overrides: Partial<StaffInput> = {}): StaffInput {
  return {
    firstName: 'Anna',
    lastName: 'Nowak',
    role: 'socialWorker',
    phone: '89 762 11 11',
    active: true,
    ...overrides,
  };
}

/** EFS monitoring answers for a registered unemployed person who answered everything "no". */
export function validMonitoring(overrides: Partial<MonitoringData> = {}): MonitoringData {
  return {
    labourStatus: 'unemployedRegistered',
    disability: 'no',
    foreignBackground: 'no',
    homelessness: 'no',
    householdJobless: 'no',
    householdWithChildren: 'no',
    singleAdultWithChildren: 'no',
    otherDisadvantage: 'refused',
    ...overrides,
  };
}

/** A valid enrolment form with consent, dated `enrolledOn`. */
export function validEnrolment(
  participantId: number,
  projectId: number,
  overrides: Partial<EnrolmentCreateInput> = {},
): EnrolmentCreateInput {
  return {
    participantId,
    projectId,
    enrolledOn: '2013-02-01',
    monitoring: validMonitoring(),
    consentDataProcessing: true,
    consentDate: '2013-02-01',
    ...overrides,
  };
}

/** A person and a project, created through the channels; returns their ids. */
export async function personAndProject(
  app: TestApp,
  person: ParticipantOverrides = {},
  project: Partial<ProjectInput> = {},
): Promise<{ participantId: number; projectId: number }> {
  const participant = await app.call('participants.create', validParticipant(person));
  const created = await app.call('projects.create', validProject(project));
  return { participantId: participant.id, projectId: created.id };
}

/** A new person enrolled as a candidate into a new project (enrolled on 2013-02-01 unless told). */
export async function enrolCandidate(
  app: TestApp,
  person: ParticipantOverrides = {},
  enrolment: Partial<EnrolmentCreateInput> = {},
): Promise<ChannelOutput<'enrolments.create'>> {
  const { participantId, projectId } = await personAndProject(app, person);
  return app.call('enrolments.create', validEnrolment(participantId, projectId, enrolment));
}
