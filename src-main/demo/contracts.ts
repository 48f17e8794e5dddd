import type { Channel, ChannelInput, ChannelOutput } from '../contract';
import type { ContractContentInput, Instrument } from '../contract/social-contracts';

type Run = <C extends Channel>(channel: C, raw: ChannelInput<C>) => ChannelOutput<C>;

/** A contract of the KIS kind: variant B, the path of instruments the EFS rule asks for. */
function kisContract(
  socialWorkerId: number,
  instruments: Instrument[],
  from: string,
): ContractContentInput {
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
    mainGoal: 'Powrót na rynek pracy i poprawa sytuacji materialnej rodziny.',
    specificGoals: [
      'Udział w zajęciach Klubu Integracji Społecznej',
      'Ukończenie kursu zawodowego',
    ],
    tasks: [
      {
        description: 'Regularny udział w zajęciach KIS (3 razy w tygodniu)',
        party: 'person',
        dueDate: '2026-12-18',
      },
      {
        description: 'Konsultacje z doradcą zawodowym i opracowanie planu działania',
        party: 'socialWorker',
        dueDate: '2026-11-30',
      },
      {
        description: 'Zgłoszenie się do PUP po ofertę szkolenia',
        party: 'person',
        dueDate: '2026-12-11',
      },
    ],
    personObligations: [
      'Uczestniczyć w zajęciach i konsultacjach',
      'Informować o zmianach w sytuacji',
    ],
    officeObligations: [
      'Skierować do Klubu Integracji Społecznej',
      'Przyznać zasiłek celowy na dojazdy',
    ],
    instrumentIds: [pick('social'), pick('health'), pick('vocational')],
    benefits: [
      {
        kind: 'Zasiłek celowy',
        purpose: 'Bilety na dojazdy na zajęcia',
        amount: 12_000,
        when: 'listopad 2026',
      },
    ],
    periodFrom: from,
    periodTo: '2026-12-31',
    evaluation: {
      method: 'Rozmowa z pracownikiem socjalnym i analiza realizacji zadań',
      firstOn: '2026-11-20',
      everyWeeks: 4,
    },
  };
}

/** Three contracts of the club's participants: two signed (one evaluated), one draft. */
export function seedDemoContracts(
  run: Run,
  kisId: number,
  participantIds: number[],
  socialWorkerId: number,
): void {
  if (participantIds.length === 0) return;
  const instruments = run('instruments.list', { includeInactive: false });
  const content = kisContract(socialWorkerId, instruments, '2026-11-02');
  const [first, second, third] = participantIds.map((participantId) =>
    run('contracts.create', { participantId, projectId: kisId, content }),
  );
  run('contracts.sign', { id: first!.id, signedOn: '2026-11-02' });
  run('contracts.addEvaluation', {
    id: first!.id,
    date: '2026-11-20',
    taskProgress: [{ taskIndex: 0, status: 'inProgress', comment: 'Obecność 90%' }],
    assessment: 'Uczestniczka aktywnie korzysta ze wsparcia.',
    nextEvaluationOn: '2026-12-18',
  });
  run('contracts.sign', { id: second!.id, signedOn: '2026-11-03' });
  void third;
}
