import { addFullAccount, signedInDispatch } from '../support/workstation';
import Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  cpSync,
  readdirSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src-main/app';
import type { ChannelOutput } from '../../src-main/contract';
import { DatabaseTooNewError, openDatabase, upgradeBackupPath } from '../../src-main/db/open';
import { fixedClock } from '../../src-main/domain/clock';
import * as schema from '../../src-main/db/schema';
import { searchSuffixes } from '../../src-main/features/participants/participants.suffixes';
import { foreigner, validParticipant } from '../support/test-app';

const MIGRATIONS = resolve('drizzle');
const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const TABLES = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable =>
  is(v, SQLiteTable),
);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aktywator-migrations-'));
  file = join(dir, 'aktywator.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens, runs `fn` on the raw connection, closes. */
function withOpened<T>(
  path: string,
  fn: (sqlite: Database.Database) => T,
  migrations = MIGRATIONS,
): T {
  const handle = openDatabase(path, migrations);
  try {
    return fn(handle.sqlite);
  } finally {
    handle.close();
  }
}

const userTables = (sqlite: Database.Database) =>
  (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_drizzle%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);

describe('migrations on an empty database file', () => {
  it('create exactly the tables of the schema', () => {
    const tables = withOpened(file, userTables);
    expect(tables).toEqual([
      'accounts',
      'attendance_marks',
      'audit_log',
      'club_completions',
      'club_editions',
      'club_groups',
      'club_members',
      'club_modules',
      'club_plans',
      'club_rooms',
      'club_sessions',
      'club_trainer_absences',
      'club_trainers',
      'contract_amendments',
      'contract_evaluations',
      'counters',
      'course_certificate_duplicates',
      'course_certificates',
      'course_classes',
      'course_participants',
      'course_providers',
      'course_topics',
      'courses',
      'document_assets',
      'enrolment_status_changes',
      'enrolments',
      'instruments',
      'issued_documents',
      'participant_exclusion_reasons',
      'participant_search_suffixes',
      'participant_search_tokens',
      'participants',
      'project_staff',
      'projects',
      'settings',
      'social_contracts',
      'staff',
    ]);
    expect(tables).toEqual(TABLES.map((t) => getTableConfig(t).name).sort());
  });

  it.each(TABLES.map((t) => [getTableConfig(t).name, t] as const))(
    'give table %s the columns and indexes of the schema',
    (name, table) => {
      const config = getTableConfig(table);
      withOpened(file, (sqlite) => {
        const columns = sqlite.pragma(`table_info("${name}")`) as {
          name: string;
          notnull: number;
        }[];
        expect(
          columns
            .map((c) => ({ name: c.name, notNull: c.notnull === 1 }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        ).toEqual(
          config.columns
            .map((c) => ({ name: c.name, notNull: c.notNull }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        );

        const indexes = (
          sqlite.pragma(`index_list("${name}")`) as {
            name: string;
            unique: number;
            origin: string;
          }[]
        )
          .filter((i) => i.origin === 'c') // created by CREATE INDEX, not the implicit primary-key index
          .map((i) => ({ name: i.name, unique: i.unique === 1 }))
          .sort((a, b) => a.name.localeCompare(b.name));
        expect(indexes).toEqual(
          config.indexes
            .map((i) => ({ name: i.config.name, unique: i.config.unique }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        );
      });
    },
  );

  it('stamp user_version with the number of journal entries', () => {
    const handle = openDatabase(file, MIGRATIONS);
    try {
      expect(journal.entries.length).toBeGreaterThan(0);
      expect(handle.schemaVersion).toBe(journal.entries.length);
      expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    } finally {
      handle.close();
    }
  });

  it('turn on foreign keys and write-ahead logging', () => {
    withOpened(file, (sqlite) => {
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    });
  });
});

describe('opening an existing database', () => {
  it('is idempotent and keeps the data', () => {
    withOpened(file, (sqlite) => {
      sqlite
        .prepare(
          "INSERT INTO staff (first_name, last_name, role) VALUES ('Anna', 'Łoś', 'socialWorker')",
        )
        .run();
    });
    const tablesBefore = withOpened(file, userTables);

    withOpened(file, (sqlite) => {
      expect(sqlite.prepare('SELECT first_name, last_name, active FROM staff').all()).toEqual([
        { first_name: 'Anna', last_name: 'Łoś', active: 1 },
      ]);
      expect(userTables(sqlite)).toEqual(tablesBefore);
      expect(
        (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n,
      ).toBe(journal.entries.length);
      expect(sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    });
  });

  it.each(journal.entries.map((e, i) => [e.tag, i + 1] as const))(
    'upgrades a database written by the version ending with migration %s, keeping its data',
    (_tag, applied) => {
      // A migrations folder as that release shipped it: the first `applied` journal entries.
      const released = join(dir, `released-${applied}`);
      cpSync(MIGRATIONS, released, { recursive: true });
      writeFileSync(
        join(released, 'meta', '_journal.json'),
        JSON.stringify({ ...journal, entries: journal.entries.slice(0, applied) }),
      );
      withOpened(
        file,
        (s) =>
          s
            .prepare(
              "INSERT INTO staff (first_name, last_name, role) VALUES ('Jan', 'Lis', 'trainer')",
            )
            .run(),
        released,
      );

      withOpened(file, (sqlite) => {
        expect(sqlite.prepare('SELECT last_name FROM staff').all()).toEqual([{ last_name: 'Lis' }]);
        expect(sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
      });
    },
  );
});

describe('a database from a newer version', () => {
  it('is refused with a Polish message naming both versions, and the file is not modified', () => {
    const newer = journal.entries.length + 1;
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY)');
    raw.pragma(`user_version = ${newer}`);
    raw.close();
    const bytesBefore = readFileSync(file);
    const mtimeBefore = statSync(file).mtimeMs;

    let thrown: unknown;
    try {
      openDatabase(file, MIGRATIONS).close();
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    const message = (thrown as Error).message;
    expect(message).toContain('nowszą wersję programu Aktywator');
    expect(message).toContain(`wersja schematu ${newer}`);
    expect(message).toContain(`zna wersje do ${journal.entries.length}`);
    expect(message).toContain('baza nie została zmieniona');
    expect(readFileSync(file).equals(bytesBefore)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtimeBefore);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(newer);
      expect(userTables(after)).toEqual(['future_things']);
    } finally {
      after.close();
    }
  });
});

describe('an upgrade to a newer schema', () => {
  it('keeps a copy of the database as it was before migrating it', () => {
    // This version's migrations, then a fictional next release that adds a table.
    const older = join(dir, 'older');
    const newer = join(dir, 'newer');
    cpSync(MIGRATIONS, older, { recursive: true });
    cpSync(MIGRATIONS, newer, { recursive: true });
    const next = journal.entries.length;
    const nextJournal = JSON.parse(readFileSync(join(newer, 'meta', '_journal.json'), 'utf8'));
    nextJournal.entries.push({
      idx: next,
      version: '6',
      when: Date.now(),
      tag: '9999_next',
      breakpoints: true,
    });
    writeFileSync(join(newer, 'meta', '_journal.json'), JSON.stringify(nextJournal));
    writeFileSync(
      join(newer, '9999_next.sql'),
      'CREATE TABLE `next_release` (`id` integer PRIMARY KEY);',
    );

    const first = openDatabase(file, older);
    first.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('office', '\"przed\"')").run();
    first.close();
    const upgraded = openDatabase(file, newer);
    expect(upgraded.schemaVersion).toBe(next + 1);
    upgraded.close();

    const backup = upgradeBackupPath(file, next);
    expect(existsSync(backup)).toBe(true);
    const copy = new Database(backup, { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(next);
      expect(copy.prepare("SELECT value FROM settings WHERE key = 'office'").pluck().get()).toBe(
        '"przed"',
      );
      const tables = copy
        .prepare("SELECT name FROM sqlite_master WHERE name = 'next_release'")
        .all();
      expect(tables).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it('makes no copy when nothing is to be migrated', () => {
    openDatabase(file, MIGRATIONS).close();
    openDatabase(file, MIGRATIONS).close();
    expect(existsSync(upgradeBackupPath(file, journal.entries.length))).toBe(false);
  });
});

describe('databases written by every released version', () => {
  const released = join(resolve('tests/fixtures/released'));
  const files = existsSync(released)
    ? readdirSync(released).filter((f) => /^v\d+\.sqlite$/.test(f))
    : [];

  it('there is a snapshot of at least the first release', () => {
    expect(files).toContain('v1.sqlite');
  });

  it.each(files)('%s opens with the current migrations and keeps its people', (name) => {
    const copy = join(dir, name);
    cpSync(join(released, name), copy);
    const before = new Database(copy, { readonly: true });
    const people = before.prepare('SELECT count(*) FROM participants').pluck().get() as number;
    before.close();
    expect(people).toBeGreaterThan(0);

    const handle = openDatabase(copy, MIGRATIONS);
    try {
      expect(handle.schemaVersion).toBe(journal.entries.length);
      expect(handle.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(people);
    } finally {
      handle.close();
    }
  });

  it('v1.sqlite, upgraded, finds people by a part inside a word, word starts first', async () => {
    const copy = join(dir, 'v1.sqlite');
    cpSync(join(released, 'v1.sqlite'), copy);
    const handle = openDatabase(copy, MIGRATIONS);
    try {
      const app = createApp(handle);
      await addFullAccount(app, 'Anna', 'Nowak');
      const dispatch = signedInDispatch(app);
      const surnames = async (query: string) => {
        const result = await dispatch('participants.search', { query });
        if (!result.ok) throw new Error(result.error.message);
        return (result.data as ChannelOutput<'participants.search'>).rows.map(
          (r) => `${r.firstName} ${r.lastName}`,
        );
      };
      expect(await surnames('wiklin')).toEqual([
        'Grażyna Ćwiklińska',
        'Maria Ćwiklińska',
        'Dariusz Ćwikliński',
      ]);
      // Kowalska and Kowalski start with "kow"; the others have it inside the surname.
      expect(await surnames('kow')).toEqual([
        'Małgorzata Kowalska',
        'Tomasz Kowalski',
        'Grażyna Jankowska',
        'Jadwiga Kwiatkowska',
        'Zdzisław Kwiatkowski',
        'Agnieszka Nowakowska',
        'Paweł Nowakowski',
      ]);
    } finally {
      handle.close();
    }
  });
});

/** A migrations folder as a release shipped it: the first `applied` journal entries. */
function releasedMigrations(applied: number): string {
  const released = join(dir, `released-${applied}`);
  cpSync(MIGRATIONS, released, { recursive: true });
  writeFileSync(
    join(released, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, applied) }),
  );
  return released;
}

describe('migration 0008 (one table of counters)', () => {
  const tag = '0008_counters_and_document_issuer';
  const before = () => journal.entries.findIndex((e) => e.tag === tag);

  /**
   * The released v1 snapshot brought to the version before 0008 (KS/2026 at 2, one evaluation of
   * contract 1), with another year's register, a second evaluation and amendments added as
   * that version wrote them.
   */
  function v8Database(): string {
    expect(before()).toBeGreaterThan(0);
    const copy = join(dir, 'v1.sqlite');
    cpSync(join(resolve('tests/fixtures/released'), 'v1.sqlite'), copy);
    withOpened(
      copy,
      (sqlite) => {
        expect(
          sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'counters'").all(),
        ).toEqual([]);
        sqlite
          .prepare("INSERT INTO document_counters (series, year, last) VALUES ('KS', 2025, 17)")
          .run();
        const evaluation = sqlite.prepare(
          `INSERT INTO contract_evaluations (contract_id, date, task_progress, goal_progress, assessment, document_id)
           VALUES (?, ?, '[]', '[]', 'Ocena', ?)`,
        );
        evaluation.run(1, '2026-11-21', 2);
        evaluation.run(2, '2026-11-21', 3);
        const amendment = sqlite.prepare(
          `INSERT INTO contract_amendments (contract_id, seq, number, date, description, content, changes, document_id)
           VALUES (?, ?, ?, '2026-11-22', 'Zmiana terminu', '{}', '[]', ?)`,
        );
        amendment.run(1, 1, 'KS/2026/0001/A/1', 1);
        amendment.run(1, 2, 'KS/2026/0001/A/2', 1);
        amendment.run(2, 1, 'KS/2026/0002/A/1', 3);
      },
      releasedMigrations(before()),
    );
    return copy;
  }

  it('carries the contract numbers, evaluation and amendment counts into `counters`', () => {
    const copy = v8Database();
    withOpened(copy, (sqlite) => {
      expect(
        sqlite.prepare('SELECT series, scope, last FROM counters ORDER BY series, scope').all(),
      ).toEqual([
        { series: 'KS', scope: '2025', last: 17 },
        { series: 'KS', scope: '2026', last: 2 },
        { series: 'contract-amendment', scope: '1', last: 2 },
        { series: 'contract-amendment', scope: '2', last: 1 },
        { series: 'contract-evaluation', scope: '1', last: 2 },
        { series: 'contract-evaluation', scope: '2', last: 1 },
      ]);
      expect(userTables(sqlite)).not.toContain('document_counters');
      // Every document issued before is a contract's, and nobody is named as its issuer.
      expect(
        sqlite
          .prepare(
            'SELECT entity, count(*) AS n, count(issued_by_id) AS byId, count(issued_by_name) AS byName FROM issued_documents GROUP BY entity',
          )
          .all(),
      ).toEqual([{ entity: 'contract', n: 3, byId: 0, byName: 0 }]);
    });
  });

  it('goes on numbering where the old register stopped', async () => {
    const copy = v8Database();
    const handle = openDatabase(copy, MIGRATIONS);
    try {
      const logged: unknown[] = [];
      const app = createApp(handle, {
        clock: fixedClock('2026-11-23'),
        logError: (_channel, error) => logged.push(error),
      });
      await addFullAccount(app, 'Anna', 'Nowak');
      const dispatch = signedInDispatch(app);
      // Contract 3 of the snapshot is a draft: signed now, it takes the year's third number.
      const signed = await dispatch('contracts.sign', { id: 3, signedOn: '2026-11-23' });
      if (!signed.ok) throw new Error(`${signed.error.message} ${String(logged[0] ?? '')}`);
      expect((signed.data as ChannelOutput<'contracts.sign'>).number).toBe('KS/2026/0003');
    } finally {
      handle.close();
    }
  });
});

/** `participant_search_suffixes` as stored, one array per person, in key order. */
function storedSuffixes(sqlite: Database.Database) {
  return sqlite
    .prepare(
      `SELECT participant_id AS participantId, suffix, sort_key AS sortKey,
              shared_with_previous AS sharedWithPrevious, shared_with_word AS sharedWithWord
       FROM participant_search_suffixes ORDER BY participant_id, suffix`,
    )
    .all();
}

/** What the repository writes for each person, from their words and sort key. */
function derivedSuffixes(sqlite: Database.Database) {
  const people = sqlite
    .prepare(
      `SELECT p.id, p.sort_key AS sortKey, json_group_array(t.token) AS words
       FROM participants p JOIN participant_search_tokens t ON t.participant_id = p.id
       GROUP BY p.id ORDER BY p.id`,
    )
    .all() as { id: number; sortKey: string; words: string }[];
  return people.flatMap(({ id, sortKey, words }) =>
    searchSuffixes(JSON.parse(words) as string[]).map((row) => ({
      participantId: id,
      suffix: row.suffix,
      sortKey,
      sharedWithPrevious: row.sharedWithPrevious,
      sharedWithWord: row.sharedWithWord,
    })),
  );
}

describe('migration 0002 (search inside words)', () => {
  it('fills the suffixes of the people already registered as the repository writes them', () => {
    const copy = join(dir, 'v1.sqlite');
    cpSync(join(resolve('tests/fixtures/released'), 'v1.sqlite'), copy);
    withOpened(copy, (sqlite) => {
      const stored = storedSuffixes(sqlite);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored).toEqual(derivedSuffixes(sqlite));
    });
  });

  it('derives in SQL the same rows as in TypeScript for awkward names', async () => {
    const handle = openDatabase(file, MIGRATIONS);
    try {
      const app = createApp(handle);
      await addFullAccount(app, 'Anna', 'Nowak');
      const dispatch = signedInDispatch(app);
      const people = [
        // a word that is an inner part of another one (anna / joanna), repeated starts
        validParticipant({ firstName: 'Joanna Anna', lastName: 'Annowska-Kowalska' }),
        validParticipant({ firstName: 'Li', lastName: 'Oś', address: { locality: 'Ełk' } }),
        validParticipant({ firstName: 'Đorđe', lastName: 'Ćwikliński-Żółć' }),
        validParticipant({
          firstName: 'Zoë',
          lastName: "O'Brien",
          address: { locality: 'Brzozowice-Kamień' },
        }),
        foreigner('FX 123456'),
      ];
      for (const person of people) {
        const result = await dispatch('participants.create', person);
        if (!result.ok) throw new Error(result.error.message);
      }
      const written = storedSuffixes(handle.sqlite);
      expect(written).toEqual(derivedSuffixes(handle.sqlite));

      const tag = journal.entries.find((e) => e.tag.endsWith('_participant_search_suffixes'))!.tag;
      const fill = readFileSync(join(MIGRATIONS, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .find((statement) => statement.includes('INSERT INTO `participant_search_suffixes`'))!;
      handle.sqlite.exec('DELETE FROM participant_search_suffixes');
      handle.sqlite.exec(fill);
      expect(storedSuffixes(handle.sqlite)).toEqual(written);
    } finally {
      handle.close();
    }
  });
});
