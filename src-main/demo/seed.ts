import type { App } from '../app';
import { buildHandlers } from '../app';
import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ParsedInput,
} from '../contract';
import type { Handler, HandlerContext } from '../dispatcher';
import { addDays, addMonths } from '../domain/dates';
import { demoCalendar } from './calendar';
import { EXCLUSION_REASONS, type ExclusionReason } from '../domain/exclusion';
import { generatePesel, type Sex } from '../domain/pesel';
import { BIRTH_PLACES, LOCALITIES, MEN_FIRST, SURNAMES, WOMEN_FIRST } from './names';
import { DEFAULT_INSTRUMENTS } from '../domain/integration-instruments';
import { seedInstrumentCatalogue } from '../features/instruments/instruments.repo';
import { seedDemoClub } from './club';
import { seedDemoContracts } from './contracts';
import { seedDemoCourses } from './courses';
import { demoProjects, DEMO_STAFF, DEMO_OFFICE } from './projects';
import { hashDemoPasswords, seedDemoAccounts } from './accounts';
import type { StaffMember } from '../contract/staff';
import { insertStaff, staffName } from '../features/staff/staff.repo';

/** A small deterministic generator, so the demo is the same on every machine. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  return { next, int, pick };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Fills a new database with the fictional demo office: staff, two projects modelled on the
 * seeds (a KIS with Radom-like criteria; a 7.1.1 project like Siewierz, 12 women + 8 men)
 * and about 60 people. Everything goes through the contract and the services, as typed input
 * would, in one write of the unit of work: the handlers join it, so the demo is there whole
 * or not at all.
 */
export async function seedDemoData(app: App, count = 60): Promise<void> {
  const handlers = buildHandlers(app.handle, app.sessions);
  const calendar = demoCalendar(app.clock.today());
  // The seed calls the handlers as the demo's social worker would; no window is signed in.
  let user: HandlerContext['user'] = null;
  const ctx = (channel: Channel): HandlerContext => ({
    channel,
    caller: 'demo-seed',
    user,
    actor: user && { id: user.id, name: user.name },
    today: calendar.today,
    now: app.clock.now().toISOString(),
    uow: app.uow,
  });
  const run: Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => {
    const input = contract[channel].input.parse(raw) as ParsedInput<C>;
    const handler: Handler<C> = handlers[channel];
    return handler(input, ctx(channel));
  };
  const rnd = random(20261123);
  const passwordHashes = await hashDemoPasswords();

  await app.uow.write(async (tx) => {
    // The demo's contracts name instruments: the catalogue must be there (idempotent).
    await seedInstrumentCatalogue(tx, DEFAULT_INSTRUMENTS);
    // The staff come first, straight into the tables: every later write needs someone acting.
    const staff: StaffMember[] = [];
    for (const s of DEMO_STAFF)
      staff.push(await insertStaff(tx, contract['staff.create'].input.parse(s)));
    await seedDemoAccounts(tx, staff, passwordHashes);
    const workers = staff.filter((s) => s.role === 'socialWorker');
    user = {
      id: staff[0]!.id,
      name: staffName(staff[0]!),
      roles: ['socialWorker', 'coordinator', 'administrator'],
      participantScope: 'all',
    };
    await run('settings.update', DEMO_OFFICE);
    const projects: ChannelOutput<'projects.create'>[] = [];
    for (const p of demoProjects(calendar)) projects.push(await run('projects.create', p));
    const [kis, integration] = projects;

    const people: { id: number; sex: Sex }[] = [];
    for (let i = 0; i < count; i++) {
      const sex: Sex = i % 5 < 3 ? 'K' : 'M';
      const [male, female] = rnd.pick(SURNAMES);
      const place = rnd.pick(LOCALITIES);
      const birthDate = `${rnd.int(1962, 2001)}-${pad(rnd.int(1, 12))}-${pad(rnd.int(1, 28))}`;
      const reasons = new Set<ExclusionReason>(['unemployment']);
      if (rnd.next() < 0.4) reasons.add(rnd.pick(EXCLUSION_REASONS));
      const unemployedMonths = rnd.int(3, 60);
      const participant = await run('participants.create', {
        firstName: rnd.pick(sex === 'K' ? WOMEN_FIRST : MEN_FIRST),
        lastName: sex === 'K' ? female : male,
        pesel: generatePesel(birthDate, sex, i),
        sex,
        birthDate,
        birthPlace: rnd.pick(BIRTH_PLACES),
        address: {
          voivodeship: 'mazowieckie',
          county: 'radomski',
          commune: 'Zielona Dolina',
          locality: place.locality,
          street: rnd.pick(place.streets),
          houseNumber: String(rnd.int(1, 120)),
          flatNumber: rnd.next() < 0.5 ? String(rnd.int(1, 40)) : null,
          postalCode: place.postalCode,
          areaType: place.areaType,
        },
        phone: `${rnd.int(500, 799)} ${rnd.int(100, 999)} ${rnd.int(100, 999)}`,
        educationLevel: rnd.pick(['isced1', 'isced2', 'isced3', 'isced3', 'isced4'] as const),
        exclusionReasons: [...reasons],
        unemployedSince: addMonths(calendar.historyAnchor, -unemployedMonths),
        officeClientSince: addMonths(calendar.historyAnchor, -rnd.int(6, 48)),
        socialWorkerId: rnd.pick(workers).id,
      });
      people.push({ id: participant.id, sex });
    }
    const integrationFirstSupport = addMonths(calendar.integrationStart, 1);
    const integrationPeople = await enrol(
      run,
      rnd,
      integration!.id,
      people,
      { women: 12, men: 8 },
      integrationFirstSupport,
    );
    const clubFirstSupport = addDays(calendar.clubStart, 1);
    const club = await enrol(
      run,
      rnd,
      kis!.id,
      people.slice(20),
      { women: 9, men: 5 },
      clubFirstSupport,
    );
    await seedDemoContracts(run, calendar, kis!.id, club.slice(0, 3), workers[0]!.id);
    await seedDemoClub(run, kis!, club, workers, calendar.today);
    // `enrol` gives the women first, then the men.
    await seedDemoCourses(
      run,
      integration!.id,
      { women: integrationPeople.slice(0, 12), men: integrationPeople.slice(12) },
      calendar.today,
    );
  });
}

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Enrols the planned numbers by sex as participants, plus a few candidates and a reserve. */
async function enrol(
  run: Run,
  rnd: ReturnType<typeof random>,
  projectId: number,
  people: { id: number; sex: Sex }[],
  planned: { women: number; men: number },
  startDate: string,
): Promise<number[]> {
  // Only people who meet the project's criteria become participants, as in a real recruitment.
  const enrolledOn = addMonths(startDate, -1);
  const eligible: typeof people = [];
  for (const p of people) {
    const check = await run('enrolments.checkEligibility', {
      participantId: p.id,
      projectId,
      onDate: enrolledOn,
    });
    if (check.eligible) eligible.push(p);
  }
  const chosen = [
    ...eligible.filter((p) => p.sex === 'K').slice(0, planned.women),
    ...eligible.filter((p) => p.sex === 'M').slice(0, planned.men),
  ];
  const extra = people.filter((p) => !chosen.includes(p)).slice(0, 4);
  const monitoring = {
    labourStatus: 'unemployedRegistered',
    disability: 'no',
    foreignBackground: 'no',
    homelessness: 'no',
    householdJobless: 'refused',
    householdWithChildren: 'no',
    singleAdultWithChildren: 'no',
    otherDisadvantage: 'refused',
  } as const;
  for (const person of [...chosen, ...extra]) {
    const e = await run('enrolments.create', {
      participantId: person.id,
      projectId,
      enrolledOn,
      monitoring: { ...monitoring, disability: rnd.next() < 0.15 ? 'yes' : 'no' },
      consentDataProcessing: true,
      consentDate: enrolledOn,
    });
    if (!chosen.includes(person)) {
      if (extra.indexOf(person) === 0)
        await run('enrolments.changeStatus', {
          id: e.id,
          to: 'reserve',
          date: enrolledOn,
          reason: 'Brak miejsc w grupie',
        });
      continue;
    }
    await run('enrolments.changeStatus', {
      id: e.id,
      to: 'qualified',
      date: addMonths(enrolledOn, 0),
      reason: null,
    });
    await run('enrolments.changeStatus', {
      id: e.id,
      to: 'participant',
      date: startDate,
      reason: null,
    });
  }
  return chosen.map((p) => p.id);
}
