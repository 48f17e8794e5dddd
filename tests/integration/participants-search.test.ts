import { beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantSearchInput } from '../../src-main/contract/participants';
import type { Sex } from '../../src-main/domain/pesel';
import {
  foreigner,
  useTestApp,
  validEnrolment,
  validParticipant,
  validProject,
  validStaff,
} from '../support/test-app';

const app = useTestApp();

/** Seven people chosen so that plain-Latin order and Polish order differ (Ł, Ś, Ż). */
const PEOPLE: {
  firstName: string;
  lastName: string;
  locality: string;
  sex: Sex;
  birthDate: string;
  pesel?: string;
}[] = [
  {
    firstName: 'Łukasz',
    lastName: 'Łukaszewicz',
    locality: 'Łabędnik',
    sex: 'M',
    birthDate: '1975-03-10',
  },
  {
    firstName: 'Lucyna',
    lastName: 'Lis',
    locality: 'Bartoszyce',
    sex: 'K',
    birthDate: '1980-04-15',
  },
  { firstName: 'Lydia', lastName: 'Lyko', locality: 'Lidzbark', sex: 'K', birthDate: '1985-07-20' },
  { firstName: 'Zenon', lastName: 'Żółć', locality: 'Sępopol', sex: 'M', birthDate: '1970-01-05' },
  {
    firstName: 'Zofia',
    lastName: 'Zyskowska',
    locality: 'Bartoszyce',
    sex: 'K',
    birthDate: '1992-12-31',
    pesel: '92123104749',
  },
  {
    firstName: 'Stefan',
    lastName: 'Śliwa',
    locality: 'Górowo Iławeckie',
    sex: 'M',
    birthDate: '1944-05-14',
    pesel: '44051401359',
  },
  {
    firstName: 'Sabina',
    lastName: 'Sykut',
    locality: 'Bartoszyce',
    sex: 'K',
    birthDate: '1988-09-09',
  },
];

let id: Record<string, number>;
let projectA: number;
let projectB: number;
let workerId: number;

beforeEach(async () => {
  const worker = await app().call(
    'staff.create',
    validStaff({ firstName: 'Ewa', lastName: 'Wróbel' }),
  );
  workerId = worker.id;
  id = {};
  for (const p of PEOPLE) {
    const created = await app().call(
      'participants.create',
      validParticipant({
        ...p,
        address: { locality: p.locality },
        socialWorkerId: ['Żółć', 'Śliwa'].includes(p.lastName) ? workerId : null,
        exclusionReasons:
          p.lastName === 'Łukaszewicz' ? ['unemployment', 'addiction'] : ['unemployment'],
      }),
    );
    id[p.lastName] = created.id;
  }
  projectA = (await app().call('projects.create', validProject({ title: 'A' }))).id;
  projectB = (await app().call('projects.create', validProject({ title: 'B' }))).id;
  for (const name of ['Lis', 'Sykut'])
    await app().call('enrolments.create', validEnrolment(id[name]!, projectA));
  await app().call('enrolments.create', validEnrolment(id.Zyskowska!, projectB));
  const [lis] = await app().call('enrolments.forParticipant', { participantId: id.Lis! });
  await app().call('enrolments.changeStatus', { id: lis!.id, to: 'qualified', date: '2013-02-02' });
});

async function surnames(input: ParticipantSearchInput): Promise<string[]> {
  return (await app().call('participants.search', input)).rows.map((r) => r.lastName);
}

const ALL_POLISH_ORDER = ['Lis', 'Lyko', 'Łukaszewicz', 'Sykut', 'Śliwa', 'Zyskowska', 'Żółć'];

describe('participants.search — free text', () => {
  it.each([
    ['lukasz', ['Łukaszewicz']],
    ['ŁUKASZ', ['Łukaszewicz']],
    ['zolc', ['Żółć']],
    ['Żółć', ['Żółć']],
    ['sliwa', ['Śliwa']],
    ['sepopol', ['Żółć']],
    ['labednik', ['Łukaszewicz']],
    ['bartoszyce', ['Lis', 'Sykut', 'Zyskowska']],
    ['92', ['Zyskowska']],
    ['4405', ['Śliwa']],
    ['7', ['Łukaszewicz', 'Żółć']],
    ['bartoszyce zofia', ['Zyskowska']],
    ['  lucyna   lis ', ['Lis']],
    ['zyskowska 9212', ['Zyskowska']],
    ['lis 9212', []],
    ['nowak', []],
  ])('%j finds %j', async (query, expected) => {
    expect(await surnames({ query })).toEqual(expected);
  });

  it('finds a double surname and a two-word locality by any of their words', async () => {
    await app().call(
      'participants.create',
      validParticipant({
        firstName: 'Anna',
        lastName: 'Kowalska-Nowak',
        sex: 'K',
        birthDate: '1979-06-01',
        address: { locality: 'Górowo Iławeckie' },
      }),
    );
    expect(await surnames({ query: 'nowak' })).toEqual(['Kowalska-Nowak']);
    expect(await surnames({ query: 'kowalska-nowak' })).toEqual(['Kowalska-Nowak']);
    expect(await surnames({ query: 'ilaw' })).toEqual(['Kowalska-Nowak', 'Śliwa']);
    expect(await surnames({ query: 'gorowo anna' })).toEqual(['Kowalska-Nowak']);
  });

  it('finds a person without PESEL by their identity document number', async () => {
    await app().call('participants.create', foreigner('FX 123456'));
    for (const query of ['FX123456', 'fx 123', 'fx1', 'kovalenko'])
      expect(await surnames({ query }), query).toEqual(['Kovalenko']);
    // Digits alone may be the start of a PESEL or of the document's digits.
    expect(await surnames({ query: '123456' })).toEqual(['Kovalenko']);
  });

  it('returns the row shape with the social worker’s name', async () => {
    const result = await app().call('participants.search', { query: 'sliwa' });
    expect(result).toEqual({
      rows: [
        {
          id: id.Śliwa,
          firstName: 'Stefan',
          lastName: 'Śliwa',
          pesel: '44051401359',
          documentNumber: null,
          sex: 'M',
          birthDate: '1944-05-14',
          locality: 'Górowo Iławeckie',
          socialWorkerName: 'Ewa Wróbel',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 25,
    });
  });

  it('writes nothing', async () => {
    const before = app().counts();
    await app().call('participants.search', { query: 'lis' });
    expect(app().counts()).toEqual(before);
  });
});

describe('participants.search — inside words', () => {
  /** Alphabetically Ćwiklińska comes before Wiklińska; ranking puts word starts first. */
  const EXTRA = {
    Ćwiklińska: {
      firstName: 'Joanna',
      locality: 'Brzozowice-Kamień',
      sex: 'K' as Sex,
      birthDate: '1990-02-03',
    },
    Wiklińska: {
      firstName: 'Anna',
      locality: 'Bartoszyce',
      sex: 'K' as Sex,
      birthDate: '1985-02-03',
    },
    Nowakowski: { firstName: 'Jan', locality: 'Kamień', sex: 'M' as Sex, birthDate: '1970-02-03' },
  };
  const extra = (lastName: keyof typeof EXTRA) =>
    validParticipant({
      lastName,
      firstName: EXTRA[lastName].firstName,
      sex: EXTRA[lastName].sex,
      birthDate: EXTRA[lastName].birthDate,
      address: { locality: EXTRA[lastName].locality },
    });

  beforeEach(async () => {
    for (const lastName of Object.keys(EXTRA) as (keyof typeof EXTRA)[])
      id[lastName] = (await app().call('participants.create', extra(lastName))).id;
  });

  it.each([
    ['wiklin', ['Wiklińska', 'Ćwiklińska']],
    ['WIKLIŃ', ['Wiklińska', 'Ćwiklińska']],
    ['cwiklin', ['Ćwiklińska']],
    ['iklinsk', ['Ćwiklińska', 'Wiklińska']],
    ['ukasz', ['Łukaszewicz']],
    ['ukaszewicz', ['Łukaszewicz']],
    ['yskows', ['Zyskowska']],
    ['olc', ['Żółć']],
    ['kamien', ['Ćwiklińska', 'Nowakowski']],
    ['KAMIEŃ', ['Ćwiklińska', 'Nowakowski']],
    ['zowice', ['Ćwiklińska']],
    ['brzozowice-kamien', ['Ćwiklińska']],
    ['owice kamien', ['Ćwiklińska']],
    ['wiklin bartoszyce', ['Wiklińska']],
    ['wiklin amien', ['Ćwiklińska']],
    ['anna', ['Wiklińska', 'Ćwiklińska']],
    ['owak', ['Nowakowski']],
    ['awec', ['Śliwa']],
    ['wiklinx', []],
    ['kamienna', []],
    ['xyz', []],
  ])('%j finds %j (word starts first, then inside words)', async (query, expected) => {
    expect(await surnames({ query })).toEqual(expected);
  });

  it.each([
    ['wi', ['Wiklińska']],
    ['ik', []],
    ['sk', []],
    ['ka', ['Ćwiklińska', 'Nowakowski']],
    ['ł', ['Lis', 'Lyko', 'Łukaszewicz']],
    ['c', ['Ćwiklińska']],
  ])('a query of 1–2 letters, %j, matches only word starts: %j', async (query, expected) => {
    expect(await surnames({ query })).toEqual(expected);
  });

  it('keeps PESEL and document numbers to their start', async () => {
    await app().call('participants.create', foreigner('FX 123456'));
    expect(await surnames({ query: '4405' })).toEqual(['Śliwa']);
    expect(await surnames({ query: '0514' })).toEqual([]);
    expect(await surnames({ query: '3456' })).toEqual([]);
    expect(await surnames({ query: 'x123' })).toEqual([]);
    expect(await surnames({ query: 'fx123' })).toEqual(['Kovalenko']);
    expect(await surnames({ query: '92 9212' })).toEqual(['Zyskowska']);
    expect(await surnames({ query: '1234 fx' })).toEqual(['Kovalenko']);
    expect(await surnames({ query: '44 0514' })).toEqual([]);
  });

  it('ranks word starts first in every order and direction, and pages across both', async () => {
    expect(await surnames({ query: 'wiklin', dir: 'desc' })).toEqual(['Wiklińska', 'Ćwiklińska']);
    expect(await surnames({ query: 'wiklin', sort: 'firstName' })).toEqual([
      'Wiklińska',
      'Ćwiklińska',
    ]);
    // Youngest first would put Ćwiklińska (1990) before Wiklińska (1985).
    expect(await surnames({ query: 'wiklin', sort: 'birthDate', dir: 'desc' })).toEqual([
      'Wiklińska',
      'Ćwiklińska',
    ]);
    expect(await surnames({ query: 'kamien', sort: 'birthDate' })).toEqual([
      'Nowakowski',
      'Ćwiklińska',
    ]);
    const page = (n: number) =>
      app().call('participants.search', { query: 'wiklin', pageSize: 1, page: n });
    expect((await page(1)).rows.map((r) => r.lastName)).toEqual(['Wiklińska']);
    expect(await page(2)).toMatchObject({ rows: [{ lastName: 'Ćwiklińska' }], total: 2 });
    expect(await page(3)).toMatchObject({ rows: [], total: 2 });
  });

  it('orders people found the same way by the chosen order', async () => {
    // "ski"/"ska" is inside all three surnames and at the start of none.
    expect(await surnames({ query: 'sk' })).toEqual([]);
    expect(await surnames({ query: 'ski' })).toEqual(['Nowakowski']);
    expect(await surnames({ query: 'ska' })).toEqual(['Ćwiklińska', 'Wiklińska', 'Zyskowska']);
    expect(await surnames({ query: 'ska', dir: 'desc' })).toEqual([
      'Zyskowska',
      'Wiklińska',
      'Ćwiklińska',
    ]);
    expect(await surnames({ query: 'ska', sort: 'locality' })).toEqual([
      'Wiklińska',
      'Zyskowska',
      'Ćwiklińska',
    ]);
  });

  it('combines a match inside a word with the other filters', async () => {
    expect(await surnames({ query: 'ska', projectId: projectB })).toEqual(['Zyskowska']);
    expect(await surnames({ query: 'ukasz', exclusionReason: 'addiction' })).toEqual([
      'Łukaszewicz',
    ]);
    expect(await surnames({ query: 'ukasz', exclusionReason: 'homelessness' })).toEqual([]);
    expect(
      await app().call('participants.search', { query: 'ska', socialWorkerId: workerId }),
    ).toEqual({ rows: [], total: 0, page: 1, pageSize: 25 });
  });

  it('follows a change of surname or locality at once', async () => {
    expect(await surnames({ query: 'wic' })).toEqual(['Ćwiklińska', 'Łukaszewicz']);
    const before = await app().call('participants.get', { id: id.Ćwiklińska! });
    const { id: _id, socialWorkerName: _w, createdAt: _c, updatedAt: _u, ...fields } = before;
    await app().call('participants.update', {
      id: id.Ćwiklińska!,
      participant: {
        ...fields,
        lastName: 'Żywicka',
        address: { ...fields.address, locality: 'Łęgowo' },
      },
    });
    expect(await surnames({ query: 'wiklin' })).toEqual(['Wiklińska']);
    expect(await surnames({ query: 'kamien' })).toEqual(['Nowakowski']);
    expect(await surnames({ query: 'egowo' })).toEqual(['Żywicka']);
    // The sort key copied into the search rows moved with the surname: Ż is now last.
    expect(await surnames({ query: 'wic' })).toEqual(['Łukaszewicz', 'Żywicka']);
  });
});

describe('participants.search — filters', () => {
  it('filters by project', async () => {
    expect(await surnames({ projectId: projectA })).toEqual(['Lis', 'Sykut']);
    expect(await surnames({ projectId: projectB })).toEqual(['Zyskowska']);
    expect(await surnames({ projectId: 999 })).toEqual([]);
  });

  it('filters by enrolment status, in any project or in the given one', async () => {
    expect(await surnames({ status: 'qualified' })).toEqual(['Lis']);
    expect(await surnames({ status: 'candidate' })).toEqual(['Sykut', 'Zyskowska']);
    expect(await surnames({ projectId: projectA, status: 'candidate' })).toEqual(['Sykut']);
    expect(await surnames({ projectId: projectB, status: 'qualified' })).toEqual([]);
  });

  it('filters by social worker', async () => {
    expect(await surnames({ socialWorkerId: workerId })).toEqual(['Śliwa', 'Żółć']);
  });

  it('filters by exclusion reason', async () => {
    expect(await surnames({ exclusionReason: 'addiction' })).toEqual(['Łukaszewicz']);
    expect(await surnames({ exclusionReason: 'unemployment' })).toEqual(ALL_POLISH_ORDER);
    expect(await surnames({ exclusionReason: 'homelessness' })).toEqual([]);
  });

  it('combines filters with the text query', async () => {
    expect(await surnames({ query: 'bartoszyce', projectId: projectA })).toEqual(['Lis', 'Sykut']);
    expect(await surnames({ query: 's', socialWorkerId: workerId })).toEqual(['Śliwa', 'Żółć']);
  });
});

describe('participants.search — Polish order', () => {
  it('sorts by surname with Ł after L, Ś after S and Ż after Z', async () => {
    expect(await surnames({})).toEqual(ALL_POLISH_ORDER);
    expect(await surnames({ sort: 'lastName', dir: 'desc' })).toEqual(
      [...ALL_POLISH_ORDER].reverse(),
    );
  });

  it('sorts by first name in Polish order (Łukasz after Lydia)', async () => {
    const firstNames = async (dir: 'asc' | 'desc') =>
      (await app().call('participants.search', { sort: 'firstName', dir })).rows.map(
        (r) => r.firstName,
      );
    const expected = ['Lucyna', 'Lydia', 'Łukasz', 'Sabina', 'Stefan', 'Zenon', 'Zofia'];
    expect(await firstNames('asc')).toEqual(expected);
    expect(await firstNames('desc')).toEqual([...expected].reverse());
  });

  it('sorts by locality in Polish order (Łabędnik after Lidzbark), then by surname', async () => {
    expect(await surnames({ sort: 'locality' })).toEqual([
      'Lis',
      'Sykut',
      'Zyskowska',
      'Śliwa',
      'Lyko',
      'Łukaszewicz',
      'Żółć',
    ]);
  });

  it('sorts by birth date both ways', async () => {
    const oldestFirst = ['Śliwa', 'Żółć', 'Łukaszewicz', 'Lis', 'Lyko', 'Sykut', 'Zyskowska'];
    expect(await surnames({ sort: 'birthDate' })).toEqual(oldestFirst);
    expect(await surnames({ sort: 'birthDate', dir: 'desc' })).toEqual([...oldestFirst].reverse());
  });

  it('sorts by the order of registration', async () => {
    expect(await surnames({ sort: 'createdAt' })).toEqual(PEOPLE.map((p) => p.lastName));
  });
});

describe('participants.search — paging', () => {
  it('returns one page and the total of all matches', async () => {
    const page = (n: number) => app().call('participants.search', { pageSize: 3, page: n });
    expect(await page(1)).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect((await page(1)).rows.map((r) => r.lastName)).toEqual(['Lis', 'Lyko', 'Łukaszewicz']);
    expect((await page(2)).rows.map((r) => r.lastName)).toEqual(['Sykut', 'Śliwa', 'Zyskowska']);
    expect((await page(3)).rows.map((r) => r.lastName)).toEqual(['Żółć']);
    expect(await page(4)).toEqual({ rows: [], total: 7, page: 4, pageSize: 3 });
  });

  it('counts the total with the filters applied', async () => {
    expect(
      await app().call('participants.search', { query: 'bartoszyce', pageSize: 1 }),
    ).toMatchObject({ total: 3 });
  });
});

describe('participants.search — invalid input', () => {
  it.each([
    [{ pageSize: 500 }, ['pageSize']],
    [{ page: 0 }, ['page']],
    [{ sort: 'pesel' }, ['sort']],
    [{ dir: 'up' }, ['dir']],
    [{ status: 'active' }, ['status']],
    [{ exclusionReason: 'poverty' }, ['exclusionReason']],
    [{ projectId: 'A' }, ['projectId']],
    [{ query: 'x'.repeat(101) }, ['query']],
  ])('refuses %j', async (input, path) => {
    const error = await app().fail('participants.search', input, 'invalid_input');
    expect(error.issues!.map((i) => i.path)).toEqual([path]);
  });

  it('names the filter the exclusion reason is not in, in Polish', async () => {
    const error = await app().fail(
      'participants.search',
      { exclusionReason: 'poverty' },
      'invalid_input',
    );
    expect(error.issues).toEqual([{ path: ['exclusionReason'], message: 'Nieznana przesłanka' }]);
  });
});
