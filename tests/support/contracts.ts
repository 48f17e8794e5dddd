import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ChannelOutput } from '../../src-main/contract';
import type { ContractContentInput } from '../../src-main/contract/social-contracts';
import type { ProjectInput } from '../../src-main/contract/projects';
import { DEFAULT_INSTRUMENTS } from '../../src-main/domain/integration-instruments';
import { seedInstrumentCatalogue } from '../../src-main/features/instruments/instruments.repo';
import {
  validParticipant,
  validProject,
  type ParticipantOverrides,
  type TestApp,
} from './test-app';

/** The instruments as seeded by bootstrap; ids by name. */
export async function seedInstruments(app: TestApp): Promise<(name: string) => number> {
  await app.uow.write((tx) => seedInstrumentCatalogue(tx, DEFAULT_INSTRUMENTS));
  const rows = app.handle.sqlite.prepare('SELECT id, name FROM instruments').all() as {
    id: number;
    name: string;
  }[];
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return (name) => {
    const id = byName.get(name);
    if (!id) throw new Error(`No seeded instrument ${name}`);
    return id;
  };
}

export const KIS = 'Skierowanie do Klubu Integracji Społecznej';
export const TRENING = 'Trening kompetencji i umiejętności społecznych';
export const PSYCHOLOG = 'Poradnictwo specjalistyczne — psychologiczne';
export const KURS_ZAWODOWY = 'Kurs zawodowy';
export const STAZ = 'Staż / praktyka zawodowa';
export const DORADCA = 'Poradnictwo zawodowe (doradca zawodowy)';

type ContentOverrides = Omit<Partial<ContractContentInput>, 'assessment' | 'evaluation'> & {
  socialWorkerId: number;
  assessment?: Partial<ContractContentInput['assessment']>;
  evaluation?: Partial<ContractContentInput['evaluation']>;
};

/**
 * A variant A contract concluded in Bartoszyce on 2026-11-02 for 02.11.2026–31.12.2026,
 * first evaluated on 2026-11-30, with two tasks and one purpose benefit of 350,00 zł.
 * Instruments are none unless given.
 */
export function validContractContent(overrides: ContentOverrides): ContractContentInput {
  const { assessment, evaluation, ...rest } = overrides;
  return {
    variant: 'A',
    concludedOn: '2026-11-02',
    concludedPlace: 'Bartoszyce',
    familyParties: [],
    socialWorkerPhone: '89 762 11 11',
    mainGoal: 'Podjęcie zatrudnienia i uregulowanie zaległości czynszowych',
    specificGoals: ['Ukończenie kursu zawodowego', 'Spłata zaległości czynszowych'],
    tasks: [
      {
        description: 'Udział w zajęciach Klubu Integracji Społecznej',
        party: 'person',
        dueDate: '2026-12-31',
      },
      {
        description: 'Pomoc w rozłożeniu zadłużenia na raty',
        party: 'socialWorker',
        dueDate: '2026-12-15',
      },
    ],
    personObligations: ['Regularne uczestnictwo w zajęciach'],
    officeObligations: ['Przyznanie zasiłku celowego na odzież roboczą'],
    instrumentIds: [],
    benefits: [
      {
        kind: 'Zasiłek celowy',
        purpose: 'Zakup odzieży roboczej',
        amount: 35000,
        when: 'grudzień 2026',
      },
    ],
    periodFrom: '2026-11-02',
    periodTo: '2026-12-31',
    ...rest,
    assessment: {
      causes: 'Długotrwałe bezrobocie i zadłużenie mieszkania',
      resources: 'Doświadczenie w pracy fizycznej, wsparcie siostry',
      limitations: 'Brak prawa jazdy, problemy zdrowotne',
      ...assessment,
    },
    evaluation: {
      method: 'Rozmowa z pracownikiem socjalnym i wizyta w domu',
      firstOn: '2026-11-30',
      everyWeeks: 4,
      ...evaluation,
    },
  };
}

export interface ContractWorld {
  /** The acting staff member (Anna Nowak), who is also the contracts' social worker. */
  workerId: number;
  participantId: number;
  /** An EFS project running 2026–2027. */
  projectId: number;
  instrument: (name: string) => number;
  /** A path that satisfies the EFS rule: two social instruments and a vocational course. */
  path: number[];
}

/** A social worker acting, a person, an EFS project and the seeded instrument catalogue. */
export async function contractWorld(
  app: TestApp,
  options: { person?: ParticipantOverrides; project?: Partial<ProjectInput> } = {},
): Promise<ContractWorld> {
  const worker = await app.actAs();
  const person = await app.call('participants.create', validParticipant(options.person));
  const project = await app.call('projects.create', efsProject(options.project));
  const instrument = await seedInstruments(app);
  return {
    workerId: worker.id,
    participantId: person.id,
    projectId: project.id,
    instrument,
    path: [instrument(KIS), instrument(TRENING), instrument(KURS_ZAWODOWY)],
  };
}

export function efsProject(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return validProject({ startDate: '2026-01-01', endDate: '2027-12-31', ...overrides });
}

type Contract = ChannelOutput<'contracts.get'>;

/** A draft in the world's EFS project with the world's valid path, unless told otherwise. */
export function createDraft(
  app: TestApp,
  world: ContractWorld,
  content: Partial<ContentOverrides> = {},
  parties: { participantId?: number; projectId?: number | null } = {},
): Promise<Contract> {
  return app.call('contracts.create', {
    participantId: parties.participantId ?? world.participantId,
    projectId: parties.projectId === undefined ? world.projectId : parties.projectId,
    content: validContractContent({
      socialWorkerId: world.workerId,
      instrumentIds: world.path,
      ...content,
    }),
  });
}

/** A draft as above, signed on `signedOn` (2026-11-02 unless told). */
export async function createSigned(
  app: TestApp,
  world: ContractWorld,
  content: Partial<ContentOverrides> = {},
  parties: { participantId?: number; projectId?: number | null; signedOn?: string } = {},
): Promise<Contract> {
  const draft = await createDraft(app, world, content, parties);
  return app.call('contracts.sign', { id: draft.id, signedOn: parties.signedOn ?? '2026-11-02' });
}

type Issued = ChannelOutput<'documents.get'>;

/** `documents.get` of a document that must be of `kind`, typed as that kind. */
export async function issued<K extends Issued['kind']>(
  app: TestApp,
  id: number | null,
  kind: K,
): Promise<Extract<Issued, { kind: K }>> {
  if (id === null) throw new Error('No document id');
  const document = await app.call('documents.get', { id });
  expect(document.kind).toBe(kind);
  return document as Extract<Issued, { kind: K }>;
}

/** What a refused call must leave untouched: every table's count and the contract itself. */
/**
 * The contract and the row counts, to show a refused step wrote nothing. Reading the
 * contract logs a view, which is not a write: the audit count is of writes only.
 */
export async function snapshot(app: TestApp, contractId: number) {
  const contract = await app.call('contracts.get', { id: contractId });
  const writes = app.handle.sqlite
    .prepare("SELECT count(*) FROM audit_log WHERE action <> 'view'")
    .pluck()
    .get() as number;
  return { counts: { ...app.counts(), audit_log: writes }, contract };
}

// ---------------------------------------------------------------------------------------------
// Inputs of the steps of a contract's life, valid for a contract made by `createDraft`.

export const sign = (id: number, signedOn = '2026-11-02') => ({ id, signedOn });
/** Both parties' part of an evaluation: obligations kept, the contract going on. */
export const PARTIES_AGREE = {
  personKeptObligations: 'yes',
  officeKeptObligations: 'yes',
  result: 'partlyAchieved',
  decision: 'continue',
} as const;
export const evaluation = (id: number, date = '2026-11-16') => ({
  id,
  date,
  taskProgress: [{ taskIndex: 0, status: 'done' as const }],
  assessment: 'Bez uwag',
  ...PARTIES_AGREE,
});
export const amendment = (w: ContractWorld, id: number, date = '2026-11-20') => ({
  id,
  date,
  effectiveFrom: date,
  description: 'Przedłużenie',
  content: validContractContent({
    socialWorkerId: w.workerId,
    instrumentIds: w.path,
    periodTo: '2027-02-28',
  }),
});
export const completion = (id: number, date = '2026-11-23') => ({ id, date, goalsReached: true });
export const termination = (id: number, date = '2026-11-23') => ({
  id,
  date,
  reason: 'resignation',
  note: 'Osoba zrezygnowała',
});

/** Runs a refused call and checks that nothing was written and the contract reads the same. */
export async function refused(
  app: TestApp,
  id: number,
  channel: string,
  input: unknown,
  code: 'invalid_state' | 'invalid_input',
) {
  const before = await snapshot(app, id);
  const error = await app.fail(channel, input, code);
  expect(await snapshot(app, id)).toEqual(before);
  return error;
}

// ---------------------------------------------------------------------------------------------
// An independent check of the register's hashes: JSON with keys sorted, hashed with SHA-256.

/** JSON text with every object's keys in code-unit order; arrays keep their order. */
export function sortedKeysJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedKeysJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedKeysJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A 1×1 transparent PNG, as the office would upload its logo strip. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** A different tiny image (a 1×1 JPEG header is enough for the data URL rule). */
export const JPEG_DATA_URL = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//';

/** The contract's audit entries of changes, oldest first (the core leaves its views out). */
export async function changeTrail(app: TestApp, id: number) {
  const { rows } = await app.call('audit.forEntity', {
    entity: 'contract',
    entityId: id,
    pageSize: 100,
  });
  return rows.reverse();
}

/** The change trail as [channel, action, actor] rows. */
export async function trail(app: TestApp, id: number) {
  return (await changeTrail(app, id)).map((e) => [e.channel, e.action, e.actorName]);
}
