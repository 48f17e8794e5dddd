import type { Channel, ChannelInput, ChannelOutput } from '../contract';
import type { ContractContentInput, Instrument } from '../contract/social-contracts';
import { addDays } from '../domain/dates';
import type { DemoCalendar } from './calendar';

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** A contract of the KIS kind: variant B, the path of instruments the EFS rule asks for. */
function kisContract(
  socialWorkerId: number,
  instruments: Instrument[],
  calendar: DemoCalendar,
): ContractContentInput {
  const from = calendar.contractsFrom;
  const inDays = (days: number) => addDays(calendar.today, days);
  const pick = (group: Instrument['group']) => instruments.find((i) => i.group === group)!.id;
  return {
    variant: 'B',
    concludedOn: from,
    concludedPlace: 'Zielona Dolina',
    socialWorkerId,
    socialWorkerPhone: '48 360 12 40',
    assessment: {
      causes: 'Długotrwałe pozostawanie bez pracy, brak aktualnych kwalifikacji zawodowych.',
      resources: 'Gotowość do zmiany, wsparcie rodziny, doświadczenie w pracach sezonowych.',
      limitations: 'Niska samoocena, trudności w dojazdach do pracy.',
      timeWithoutWork: 'ponad 3 lata',
      earlierActivation: 'Staż z PUP w 2022 r. — przerwany z powodu opieki nad dzieckiem.',
    },
    labourOfficeReferral: {
      date: addDays(from, -14),
      number: `CAZ.5523.42.${from.slice(0, 4)}`,
    },
    mainGoal: 'Powrót na rynek pracy i poprawa sytuacji materialnej rodziny.',
    specificGoals: [
      'Udział w zajęciach Klubu Integracji Społecznej',
      'Ukończenie kursu zawodowego',
    ],
    tasks: [
      {
        description: 'Regularny udział w zajęciach KIS (3 razy w tygodniu)',
        party: 'person',
        dueDate: inDays(25),
      },
      {
        description: 'Konsultacje z doradcą zawodowym i opracowanie planu działania',
        party: 'socialWorker',
        dueDate: inDays(7),
      },
      {
        description: 'Zgłoszenie się do PUP po ofertę szkolenia',
        party: 'person',
        dueDate: inDays(18),
      },
    ],
    // Read after "… zobowiązuje się do:" — so nouns in the genitive, as a clerk should write them.
    personObligations: [
      'uczestnictwa w zajęciach Klubu Integracji Społecznej i w konsultacjach',
      'informowania pracownika socjalnego o zmianach w swojej sytuacji',
    ],
    officeObligations: [
      'skierowania do Klubu Integracji Społecznej',
      'rozpatrzenia wniosku o zasiłek celowy na dojazdy na zajęcia',
    ],
    instrumentIds: [pick('social'), pick('health'), pick('vocational')],
    benefits: [
      {
        kind: 'Zasiłek celowy',
        purpose: 'Bilety na dojazdy na zajęcia',
        amount: 12_000,
        when: calendar.benefitMonth,
      },
    ],
    periodFrom: from,
    periodTo: calendar.projectsEnd,
    evaluation: {
      method: 'Rozmowa z pracownikiem socjalnym i analiza realizacji zadań',
      firstOn: inDays(-3),
      everyWeeks: 4,
    },
  };
}

/** Three contracts of the club's participants: two signed (one evaluated), one draft. */
export async function seedDemoContracts(
  run: Run,
  calendar: DemoCalendar,
  kisId: number,
  participantIds: number[],
  socialWorkerId: number,
): Promise<void> {
  if (participantIds.length === 0) return;
  const instruments = await run('instruments.list', { includeInactive: false });
  const content = kisContract(socialWorkerId, instruments, calendar);
  const day = (days: number) => addDays(calendar.today, days);
  const drafts: ChannelOutput<'contracts.create'>[] = [];
  for (const participantId of participantIds)
    drafts.push(await run('contracts.create', { participantId, projectId: kisId, content }));
  const [first, second, third] = drafts;
  await run('contracts.sign', { id: first!.id, signedOn: calendar.contractsFrom });
  await run('contracts.addEvaluation', {
    id: first!.id,
    date: day(-3),
    taskProgress: [{ taskIndex: 0, status: 'inProgress', comment: 'Obecność 90%' }],
    assessment: 'Uczestniczka aktywnie korzysta ze wsparcia.',
    personAssessment: 'Zajęcia w klubie pomagają mi wrócić do codziennego rytmu.',
    personKeptObligations: 'yes',
    officeKeptObligations: 'yes',
    result: 'partlyAchieved',
    decision: 'continue',
    nextEvaluationOn: day(25),
  });
  await run('contracts.sign', { id: second!.id, signedOn: day(-20) });
  void third;
}
