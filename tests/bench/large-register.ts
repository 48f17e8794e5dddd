import { pathToFileURL } from 'node:url';
import { createApp } from '../../src-main/app';
import type { Envelope } from '../../src-main/contract';
import type { ContractContentInput } from '../../src-main/contract/social-contracts';
import { openDatabase } from '../../src-main/db/open';
import { seedDemoData } from '../../src-main/demo/seed';
import { LOCALITIES, MEN_FIRST, SURNAMES, WOMEN_FIRST } from '../../src-main/demo/names';
import { fixedClock } from '../../src-main/domain/clock';
import { addDays } from '../../src-main/domain/dates';
import { generatePesel } from '../../src-main/domain/pesel';
import { TEST_TODAY } from '../support/clock';

/**
 * People per write unit: one fsync per unit instead of one per person, while the write-ahead
 * log and the unit's garbage stay small (memory bounded whatever the register's size).
 */
const PER_UNIT = 1000;
/** The measured register (issue 13): 50 060 people, 5 040 enrolments, 2 005 contracts. */
const ENROLLED_SHARE = 10;
const CONTRACT_SHARE = 25;

/**
 * A real database file with the demo office (its accounts sign in with the demo password, e.g.
 * `koordynator`) and `people` more participants: every 10th enrolled in the integration
 * project, every 25th with a social contract (half of them signed). Everything goes through
 * the dispatcher as the demo's social worker, like typed input, `PER_UNIT` people per unit of
 * work. Deterministic: the same file for the same number.
 */
export async function buildLargeRegister(file: string, people: number): Promise<void> {
  const handle = openDatabase(file, 'drizzle');
  try {
    const app = createApp(handle, { clock: fixedClock(TEST_TODAY), logError: () => undefined });
    await seedDemoData(app, 60);
    const worker = handle.sqlite
      .prepare("SELECT staff_id FROM accounts WHERE login = 'pracownik'")
      .pluck()
      .get() as number;
    app.sessions.start('large-register', worker);
    const call = async <T = { id: number }>(channel: string, input: unknown): Promise<T> => {
      const answer = (await app.dispatch(channel, input, 'large-register')) as Envelope<T>;
      if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
      return answer.data;
    };
    const projectId = handle.sqlite
      .prepare('SELECT id FROM projects ORDER BY id DESC LIMIT 1')
      .pluck()
      .get() as number;
    const signed = await call<{ rows: { id: number }[] }>('contracts.list', { status: 'signed' });
    const model = await call<{ content: ContractContentInput; signedOn: string }>('contracts.get', {
      id: signed.rows[0]!.id,
    });
    const enrolledOn = addDays(TEST_TODAY, -30);

    for (let from = 0; from < people; from += PER_UNIT)
      await app.uow.write(async () => {
        for (let i = from; i < Math.min(people, from + PER_UNIT); i++) {
          const person = await call('participants.create', personNo(i, worker));
          if (i % ENROLLED_SHARE === 0)
            await call('enrolments.create', {
              participantId: person.id,
              projectId,
              enrolledOn,
              consentDataProcessing: true,
              consentDate: enrolledOn,
            });
          if (i % CONTRACT_SHARE === 1) {
            const draft = await call('contracts.create', {
              participantId: person.id,
              projectId: null,
              content: { ...model.content, familyParties: [] },
            });
            if (i % (2 * CONTRACT_SHARE) === 1)
              await call('contracts.sign', { id: draft.id, signedOn: model.signedOn });
          }
        }
      });
  } finally {
    handle.close();
  }
}

/** The i-th person: a distinct (birth date, serial) pair keeps every PESEL unique. */
export function personNo(i: number, socialWorkerId: number | null) {
  const sex = i % 2 ? 'M' : 'K';
  const [male, female] = SURNAMES[i % SURNAMES.length]!;
  const place = LOCALITIES[i % LOCALITIES.length]!;
  const birthDate = new Date(Date.UTC(1950, 0, 1 + (i % 18_000))).toISOString().slice(0, 10);
  return {
    firstName: (sex === 'K' ? WOMEN_FIRST : MEN_FIRST)[(i >> 1) % 20],
    lastName: `${sex === 'K' ? female : male}${i % 7 ? '' : '-Nowak'}`,
    // Serials from 100: the demo's own people use 0–59.
    pesel: generatePesel(birthDate, sex, 100 + Math.floor(i / 18_000)),
    sex,
    birthDate,
    address: {
      voivodeship: 'mazowieckie',
      county: 'radomski',
      commune: 'Zielona Dolina',
      locality: place.locality,
      street: place.streets[i % place.streets.length],
      houseNumber: String(1 + (i % 90)),
      postalCode: place.postalCode,
      areaType: place.areaType,
    },
    exclusionReasons: ['unemployment'],
    unemployedSince: addDays(TEST_TODAY, -400 - (i % 2000)),
    socialWorkerId: i % 3 ? socialWorkerId : null,
  };
}

// `node --import tsx tests/bench/large-register.ts FILE PEOPLE`: builds the file and prints
// how long it took and the process's peak memory (the bulk bench runs it as a child).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, people] = process.argv.slice(2);
  const start = performance.now();
  await buildLargeRegister(file!, Number(people));
  const seconds = (performance.now() - start) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ seconds, peakMb }));
}
