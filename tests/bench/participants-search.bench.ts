import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../src-main/app';
import { openDatabase } from '../../src-main/db/open';
import { seedDemoData } from '../../src-main/demo/seed';
import { generatePesel } from '../../src-main/domain/pesel';
import { insertParticipant } from '../../src-main/features/participants/participants.repo';
import { participantFields } from '../../src-main/contract/participants';
import { LOCALITIES, MEN_FIRST, SURNAMES, WOMEN_FIRST } from '../../src-main/demo/names';
import { measure, ms } from './stats';

const PEOPLE = 50_000;
const migrations = resolve('drizzle');

/** The same search the repository makes, written by hand against better-sqlite3. */
const RAW_SQL = `
  select p.id, p.first_name, p.last_name, p.pesel, p.document_number, p.sex, p.birth_date, p.locality,
         s.first_name || ' ' || s.last_name as worker
  from participants p left join staff s on s.id = p.social_worker_id
  where %WHERE%
  order by p.sort_key, p.id limit 25 offset 0`;
const RAW_COUNT = `select count(*) from participants p where %WHERE%`;
const TEXT_WHERE = `p.id in (select t.participant_id from participant_search_tokens t
  where t.token >= @q and t.token < @q || char(65535))`;
const PESEL_WHERE = `((p.pesel >= @q and p.pesel < @q || char(65535)) or ${TEXT_WHERE})`;

export async function benchParticipantSearch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-bench-'));
  try {
    const file = join(dir, 'bench.sqlite');
    let start = performance.now();
    const handle = openDatabase(file, migrations);
    const openFresh = performance.now() - start;
    const app = createApp(handle);
    seedDemoData(app, 0);

    start = performance.now();
    handle.db.transaction((tx) => {
      for (let i = 0; i < PEOPLE; i++) {
        const sex = i % 2 ? 'M' : 'K';
        const [male, female] = SURNAMES[i % SURNAMES.length]!;
        const place = LOCALITIES[i % LOCALITIES.length]!;
        // A distinct (birth date, serial) pair per person keeps every PESEL unique.
        const birthDate = new Date(Date.UTC(1950, 0, 1 + (i % 18_000))).toISOString().slice(0, 10);
        const fields = participantFields.parse({
          firstName: (sex === 'K' ? WOMEN_FIRST : MEN_FIRST)[i % 20],
          lastName: `${sex === 'K' ? female : male}${i % 7 ? '' : '-Nowak'}`,
          pesel: generatePesel(birthDate, sex, Math.floor(i / 18_000)),
          sex,
          birthDate,
          address: {
            voivodeship: 'mazowieckie',
            county: 'radomski',
            commune: 'Zielona Dolina',
            locality: place.locality,
            houseNumber: String(1 + (i % 90)),
            postalCode: place.postalCode,
            areaType: place.areaType,
          },
          exclusionReasons: ['unemployment'],
        });
        insertParticipant(tx, fields);
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
    const dispatch = createApp(reopened).dispatch;

    console.log(
      `participants.search — ${PEOPLE.toLocaleString('pl-PL')} participants (inserted in ${(insertTime / 1000).toFixed(1)} s)`,
    );
    console.log(
      `open + migrate: new file ${ms(openFresh)}; existing file: first after the insert ` +
        `${ms(openAfterInsert)}, then median ${ms(openExisting.median)} / p95 ${ms(openExisting.p95)}`,
    );
    console.log(
      'query                      dispatcher median / p95        raw SQL median / p95     ratio (p95)',
    );
    const cases: [string, string, string][] = [
      ['surname prefix "kowal"', 'kowal', TEXT_WHERE],
      ['PESEL prefix "8503"', '8503', PESEL_WHERE],
      ['diacritic-free "zol"', 'zol', TEXT_WHERE],
      ['locality "lego"', 'lego', TEXT_WHERE],
    ];
    for (const [label, query, where] of cases) {
      const raw = reopened.sqlite.prepare(RAW_SQL.replace('%WHERE%', where));
      const rawCount = reopened.sqlite.prepare(RAW_COUNT.replace('%WHERE%', where));
      const viaDispatcher = await measure(async () => {
        const result = await dispatch('participants.search', { query });
        if (!result.ok) throw new Error(result.error.message);
      });
      const viaRaw = await measure(() => {
        raw.all({ q: query });
        rawCount.pluck().get({ q: query });
      });
      console.log(
        `${label.padEnd(26)} ${ms(viaDispatcher.median)} / ${ms(viaDispatcher.p95)}   ${ms(viaRaw.median)} / ${ms(viaRaw.p95)}   ${(viaDispatcher.p95 / viaRaw.p95).toFixed(2)}×`,
      );
    }
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
