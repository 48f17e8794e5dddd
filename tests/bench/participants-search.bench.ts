import { addFullAccount, signedInDispatch } from '../support/workstation';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackupKeys } from '../../src-main/features/backups/backup-crypto';
import { createBackup, restoreBackupTo } from '../../src-main/features/backups/backups.service';
import { createApp } from '../../src-main/app';
import type { ChannelOutput } from '../../src-main/contract';
import { openDatabase } from '../../src-main/db/open';
import { seedDemoData } from '../../src-main/demo/seed';
import { insertParticipant } from '../../src-main/features/participants/participants.repo';
import { participantFields } from '../../src-main/contract/participants';
import { personNo } from './large-register';
import { measure, ms } from './stats';

const PEOPLE = 50_000;
const migrations = resolve('drizzle');
const SUFFIXES_MIGRATION = '0002_participant_search_suffixes';

/**
 * The same searches the repository makes, written by hand against better-sqlite3: the first
 * row of each person's run of suffixes starting with the query (participants.suffixes.ts),
 * word starts (tier 0) before inside-word matches, the page picked before rows are read.
 */
const PAGE = `
  select p.id, p.first_name, p.last_name, p.pesel, p.document_number, p.sex, p.birth_date, p.locality,
         s.first_name || ' ' || s.last_name as worker, m.total
  from (select id, sort_key, tier, %TOTAL% as total from (%FOUND%)
        order by tier, sort_key, id limit 25 offset 0) m
  join participants p on p.id = m.id left join staff s on s.id = p.social_worker_id
  order by m.tier, m.sort_key, m.id`;
const COUNT = `select count(*) from (%FOUND%)`;
const firstOfRun = (a: string, q: string) =>
  `${a}.suffix >= @${q} and ${a}.suffix < @${q} || char(65535) and ${a}.shared_with_previous < @${q}_n`;
const ANYWHERE = `select a.participant_id as id, a.sort_key, a.shared_with_word < @q_n as tier
  from participant_search_suffixes a where ${firstOfRun('a', 'q')}`;
const DIGITS = `select a.participant_id as id, a.sort_key, 0 as tier
  from participant_search_suffixes a where ${firstOfRun('a', 'q')} and a.shared_with_word >= @q_n
  union select id, sort_key, 0 from participants where pesel >= @q and pesel < @q || char(65535)`;
/** Several words: each word's rows together, a person kept when every word has one. */
const TWO_WORDS = `select id, min(sort_key) as sort_key, max(tier) as tier from (
    select a.participant_id as id, a.sort_key, a.shared_with_word < @q_n as tier
    from participant_search_suffixes a where ${firstOfRun('a', 'q')}
    union all
    select b.participant_id, b.sort_key, b.shared_with_word < @r_n
    from participant_search_suffixes b where ${firstOfRun('b', 'r')})
  group by id having count(*) = 2`;

export async function benchParticipantSearch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-bench-'));
  try {
    const file = join(dir, 'bench.sqlite');
    let start = performance.now();
    const handle = openDatabase(file, migrations);
    const openFresh = performance.now() - start;
    const app = createApp(handle);
    await seedDemoData(app, 0);

    start = performance.now();
    await app.uow.write(async (tx) => {
      for (let i = 0; i < PEOPLE; i++) {
        const fields = participantFields.parse(personNo(i, null));
        await insertParticipant(tx, fields);
      }
    });
    const insertTime = performance.now() - start;
    handle.close();

    // The first open after the bulk insert also folds its write-ahead log into the file;
    // the later ones are what a clerk waits for each morning.
    start = performance.now();
    openDatabase(file, migrations).close();
    const openAfterInsert = performance.now() - start;
    const openExisting = await measure(() => openDatabase(file, migrations).close(), 20);
    const reopened = openDatabase(file, migrations);
    const reopenedApp = createApp(reopened);
    await addFullAccount(reopenedApp, 'Anna', 'Nowak');
    const dispatch = signedInDispatch(reopenedApp);

    console.log(
      `participants.search — ${PEOPLE.toLocaleString('pl-PL')} participants (inserted in ${(insertTime / 1000).toFixed(1)} s)`,
    );
    console.log(
      `open + migrate: new file ${ms(openFresh)}; existing file: first after the insert ` +
        `${ms(openAfterInsert)}, then median ${ms(openExisting.median)} / p95 ${ms(openExisting.p95)}`,
    );
    console.log(
      'query                              found   dispatcher p50 / p95           raw SQL p50 / p95        ratio (p95)',
    );
    const cases: [string, string, string][] = [
      ['surname prefix "kowal"', 'kowal', ANYWHERE],
      ['PESEL prefix "8503"', '8503', DIGITS],
      ['diacritic-free "zol"', 'zol', ANYWHERE],
      ['locality "lego"', 'lego', ANYWHERE],
      ['two letters "ko"', 'ko', `${ANYWHERE} and a.shared_with_word >= @q_n`],
      ['inside a word "wiklin"', 'wiklin', ANYWHERE],
      ['inside a word "egowo"', 'egowo', ANYWHERE],
      ['inside a word "owak"', 'owak', ANYWHERE],
      ['inside, 3 letters "ska"', 'ska', ANYWHERE],
      ['two words "nowak legowo"', 'nowak legowo', TWO_WORDS],
    ];
    for (const [label, query, found] of cases) {
      // One word is counted apart, straight from the index; several are counted with the page.
      const [q, r] = query.split(' ');
      const page = PAGE.replace('%FOUND%', found).replace('%TOTAL%', r ? 'count(*) over ()' : '-1');
      const raw = reopened.sqlite.prepare(page);
      const rawCount = reopened.sqlite.prepare(COUNT.replace('%FOUND%', found)).pluck();
      const values = { q, q_n: q!.length, r: r ?? '', r_n: r?.length ?? 0 };
      const rawTotal = rawCount.get(values) as number;
      let total = 0;
      const viaDispatcher = await measure(async () => {
        const result = await dispatch('participants.search', { query });
        if (!result.ok) throw new Error(result.error.message);
        total = (result.data as ChannelOutput<'participants.search'>).total;
      });
      if (total !== rawTotal) throw new Error(`${label}: ${total} found, raw SQL ${rawTotal}`);
      const viaRaw = await measure(() => {
        raw.all(values);
        if (!r) rawCount.get(values);
      });
      console.log(
        `${label.padEnd(33)} ${String(total).padStart(6)} ${ms(viaDispatcher.median)} / ${ms(viaDispatcher.p95)}   ${ms(viaRaw.median)} / ${ms(viaRaw.p95)}   ${(viaDispatcher.p95 / viaRaw.p95).toFixed(2)}×`,
      );
    }
    reopened.close();

    // Migration 0002 fills the suffixes of people registered before it, in SQL.
    const upgrade = openDatabase(file, migrations);
    const fill = readFileSync(join(migrations, `${SUFFIXES_MIGRATION}.sql`), 'utf8')
      .split('--> statement-breakpoint')
      .find((statement) => statement.includes('INSERT INTO `participant_search_suffixes`'))!;
    upgrade.sqlite.exec('DELETE FROM participant_search_suffixes');
    start = performance.now();
    upgrade.sqlite.transaction(() => upgrade.sqlite.exec(fill))();
    const fillTime = performance.now() - start;
    const suffixRows = upgrade.sqlite
      .prepare('SELECT count(*) FROM participant_search_suffixes')
      .pluck()
      .get() as number;
    upgrade.close();
    console.log(
      `migration 0002 on ${PEOPLE.toLocaleString('pl-PL')} people: ${suffixRows.toLocaleString('pl-PL')} suffix rows in ` +
        `${(fillTime / 1000).toFixed(1)} s; database file ${(statSync(file).size / 1e6).toFixed(1)} MB`,
    );
    await benchBackup(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 7's figures on the same 50 000-person file: `quick_check` as every start runs it, an
 * encrypted backup copy (made, checked and read back) and its restore into a verified file.
 */
async function benchBackup(file: string, dir: string): Promise<void> {
  const handle = openDatabase(file, migrations);
  try {
    let start = performance.now();
    handle.sqlite.pragma('quick_check');
    const quickCheck = performance.now() - start;
    const keys = createBackupKeys('Hasło do kopii w benchmarku');
    const folder = join(dir, 'kopie');
    mkdirSync(folder);
    start = performance.now();
    const copy = await createBackup(handle, {
      folder,
      keys,
      now: new Date(),
      schemaVersion: handle.schemaVersion,
    });
    const backupTime = performance.now() - start;
    start = performance.now();
    restoreBackupTo(join(folder, copy.file), {
      keys,
      password: 'Hasło do kopii w benchmarku',
      into: join(dir, 'przywrocona.sqlite'),
    });
    const restoreTime = performance.now() - start;
    console.log(
      `backup on ${copy.counts.participants.toLocaleString('pl-PL')} people: quick_check ${ms(quickCheck)}; ` +
        `copy (online backup, integrity_check, AES-256-GCM, read back) ${(backupTime / 1000).toFixed(2)} s, ` +
        `${(copy.size / 1e6).toFixed(1)} MB encrypted of ${(statSync(file).size / 1e6).toFixed(1)} MB; ` +
        `restore (decrypt, integrity_check) ${(restoreTime / 1000).toFixed(2)} s`,
    );
  } finally {
    handle.close();
  }
}
