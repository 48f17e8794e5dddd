import { crc32, deflateSync } from 'node:zlib';
import type { FundedProjectData } from '../../../src-main/contract/attendance';
import type {
  AmendmentDocumentData,
  ContractDocumentData,
  EvaluationDocumentData,
} from '../../../src-main/contract/documents';

/** Sample documents, written out by hand (the PESEL numbers are valid). */

export const office: ContractDocumentData['office'] = {
  name: 'Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie',
  address: 'ul. Słoneczna 12, 26-600 Zielona Dolina',
  phone: '48 362 11 20',
};

/** Variant A, a man with his wife and son, three benefits, instruments in three groups. */
export const familyContract: ContractDocumentData = {
  number: 'KS/2026/0007',
  office,
  person: {
    firstName: 'Jan',
    lastName: 'Kowalski',
    sex: 'M',
    pesel: '84031212377',
    documentNumber: null,
    birthDate: '1984-03-12',
    address: 'ul. Lipowa 5 m. 3, 26-600 Zielona Dolina',
  },
  familyParties: [
    {
      firstName: 'Anna',
      lastName: 'Kowalska',
      relation: 'żona',
      pesel: '86070207743',
      documentNumber: null,
    },
    {
      firstName: 'Oleh',
      lastName: 'Kowalski',
      relation: 'syn',
      pesel: null,
      documentNumber: 'FX1234567',
    },
  ],
  socialWorker: { name: 'Ewa Zielińska', phone: '48 362 11 25' },
  content: {
    variant: 'A',
    concludedOn: '2026-11-08',
    concludedPlace: 'Zielona Dolina',
    socialWorkerPhone: '48 362 11 25',
    assessment: {
      causes: 'Długotrwała choroba żony, utrata pracy przez wnioskodawcę, zadłużenie czynszowe.',
      resources:
        'Wykształcenie zawodowe (ślusarz), gotowość do zmiany, wsparcie ze strony rodziny.',
      limitations:
        'Brak aktualnych uprawnień zawodowych, ograniczony dojazd do miasta powiatowego.',
      timeWithoutWork: null,
      earlierActivation: null,
    },
    labourOfficeReferral: null,
    mainGoal: 'Poprawa sytuacji bytowej rodziny i powrót wnioskodawcy na rynek pracy.',
    specificGoals: [
      'Spłata zadłużenia czynszowego w ratach.',
      'Uzyskanie uprawnień spawacza metodą MAG.',
    ],
    tasks: [
      {
        description: 'Zarejestrowanie się w Powiatowym Urzędzie Pracy',
        party: 'person',
        partyName: null,
        dueDate: '2026-11-20',
        notes: null,
      },
      {
        description: 'Złożenie wniosku o rozłożenie zadłużenia na raty',
        party: 'familyMember',
        partyName: 'Anna Kowalska',
        dueDate: '2026-11-30',
        notes: 'z pomocą pracownika socjalnego',
      },
      {
        description: 'Skierowanie na kurs spawacza',
        party: 'socialWorker',
        partyName: null,
        dueDate: '2026-12-15',
        notes: null,
      },
      {
        description: 'Przeprowadzenie kursu spawacza metodą MAG',
        party: 'institution',
        partyName: 'Centrum Kształcenia Zawodowego w Radomiu',
        dueDate: null,
        notes: 'termin zależny od naboru',
      },
    ],
    personObligations: [
      'regularnego kontaktu z pracownikiem socjalnym (co najmniej raz w miesiącu)',
      'udziału w kursie zawodowym i w zajęciach Klubu Integracji Społecznej',
    ],
    officeObligations: [
      'rozpatrzenia wniosków o zasiłki celowe na zasadach ustawy',
      'pomocy w przygotowaniu dokumentów aplikacyjnych',
    ],
    benefits: [
      { kind: 'Zasiłek celowy', purpose: 'zakup leków', amount: 15000, when: 'listopad 2026' },
      {
        kind: 'Zasiłek celowy',
        purpose: 'opłacenie zaległego czynszu',
        amount: 123456,
        when: 'grudzień 2026',
      },
      { kind: 'Zasiłek okresowy', purpose: 'utrzymanie', amount: 42000, when: 'XI 2026 – I 2027' },
    ],
    periodFrom: '2026-11-08',
    periodTo: '2027-05-31',
    evaluation: {
      method: 'rozmowa z rodziną i wizyta w miejscu zamieszkania',
      firstOn: '2026-12-08',
      everyWeeks: 4,
    },
  },
  instruments: [
    { group: 'social', name: 'Skierowanie do Klubu Integracji Społecznej' },
    { group: 'health', name: 'Terapia uzależnień' },
    { group: 'vocational', name: 'Kurs zawodowy' },
    { group: 'social', name: 'Poradnictwo specjalistyczne — prawne' },
  ],
  project: null,
};

/** Variant B, an unemployed woman, in an EFS project of 2014–2020 without an uploaded strip. */
export const unemployedWomanContract: ContractDocumentData = {
  number: 'KS/2026/0012',
  office,
  person: {
    firstName: 'Małgorzata',
    lastName: 'Wiśniewska-Żak',
    sex: 'K',
    pesel: '90051704503',
    documentNumber: null,
    birthDate: '1990-05-17',
    address: 'Stara Wieś 14, 26-601 Zielona Dolina',
  },
  familyParties: [],
  socialWorker: { name: 'Łukasz Nowak', phone: null },
  content: {
    variant: 'B',
    concludedOn: '2026-03-02',
    concludedPlace: 'Zielona Dolina',
    socialWorkerPhone: '48 362 11 27',
    assessment: {
      causes: 'Długotrwałe bezrobocie, samotne wychowywanie dwojga dzieci.',
      resources: 'Wykształcenie średnie, prawo jazdy kat. B.',
      limitations: 'Brak opieki nad dziećmi w godzinach pracy.',
      timeWithoutWork: '3 lata i 4 miesiące',
      earlierActivation: 'Staż w urzędzie gminy w 2023 r. — przerwany z powodu choroby dziecka.',
    },
    labourOfficeReferral: { date: '2026-02-20', number: 'CAZ.5523.118.2026' },
    mainGoal: 'Podjęcie zatrudnienia.',
    specificGoals: ['Ukończenie kursu sprzedawcy z obsługą kasy fiskalnej.'],
    tasks: [
      {
        description: 'Udział w kursie sprzedawcy',
        party: 'person',
        partyName: null,
        dueDate: '2026-06-30',
        notes: null,
      },
    ],
    personObligations: ['aktywnego poszukiwania pracy'],
    officeObligations: ['zapewnienia opieki nad dziećmi w czasie zajęć'],
    benefits: [],
    periodFrom: '2026-03-02',
    periodTo: '2026-12-31',
    evaluation: { method: 'rozmowa z uczestniczką', firstOn: '2026-04-01', everyWeeks: null },
  },
  instruments: [
    { group: 'social', name: 'Trening kompetencji i umiejętności społecznych' },
    { group: 'educational', name: 'Zajęcia edukacyjne (edukacja nieformalna)' },
    { group: 'vocational', name: 'Kurs zawodowy' },
  ],
  project: {
    title: 'Aktywni w Zielonej Dolinie',
    programme: 'RPO WM 2014–2020, Działanie 9.1',
    isEfs: true,
    logoStrip: null,
  },
};

/** A grey PNG strip (width × height), the kind of image an office uploads. */
export function pngStrip(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(width + 1, 0xc8);
  row[0] = 0; // filter: none
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

export const efs2021Project: NonNullable<ContractDocumentData['project']> = {
  title: 'Razem po zmianę',
  programme: 'Fundusze Europejskie dla Mazowsza 2021–2027',
  isEfs: true,
  logoStrip: pngStrip(160, 20),
};

/** The office that runs the club of the club's documents (attendance, certificates, figures). */
export const clubOffice = { name: 'Miejski Ośrodek Pomocy Rodzinie w Radomiu' };

/** The club's EFS project of 2021–2027, its number with hyphens, the office's strip uploaded. */
export const clubProject: FundedProjectData = {
  title: 'Aktywni razem',
  number: 'FEMA.09.01-IZ.00-0001/24',
  programme: 'Fundusze Europejskie dla Mazowsza 2021–2027',
  isEfs: true,
  logoStrip: pngStrip(600, 60),
};

const ACTIVITIES = [
  'udział w spotkaniu grupy wsparcia',
  'konsultacja z doradcą zawodowym i przygotowanie indywidualnego planu działania',
  'wizyta w Powiatowym Urzędzie Pracy',
  'udział w warsztatach aktywnego poszukiwania pracy, w tym przygotowanie CV i listu motywacyjnego oraz symulacja rozmowy kwalifikacyjnej',
  'spotkanie z psychologiem',
];

/** The family contract with `n` tasks "Czynność 01 — …", of varied lengths. */
export function contractWithTasks(n: number): ContractDocumentData {
  const tasks = Array.from({ length: n }, (_, i) => ({
    description: `Czynność ${String(i + 1).padStart(2, '0')} — ${ACTIVITIES[i % ACTIVITIES.length]}`,
    party: (['person', 'socialWorker', 'institution', 'familyMember'] as const)[i % 4]!,
    partyName: i % 4 === 2 ? 'Powiatowy Urząd Pracy' : null,
    dueDate: `2027-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    notes: i % 3 === 0 ? 'potwierdzenie obecności na liście' : null,
  }));
  return { ...familyContract, content: { ...familyContract.content, tasks } };
}

export const amendment: AmendmentDocumentData = {
  number: 'KS/2026/0007/A/1',
  date: '2027-01-15',
  effectiveFrom: '2027-02-01',
  contract: familyContract,
  description:
    'W związku z podjęciem przez Pana Jana Kowalskiego pracy dorywczej strony zmieniają termin kursu i okres obowiązywania kontraktu.',
  changes: [
    {
      section: 'Zadania, poz. 3',
      before: 'Skierowanie na kurs spawacza — do 15.12.2026',
      after: 'Skierowanie na kurs spawacza — do 28.02.2027',
    },
    {
      section: 'Okres obowiązywania',
      before: 'od 08.11.2026 do 31.05.2027',
      after: 'od 08.11.2026 do 30.06.2027',
    },
  ],
};

export const evaluation: EvaluationDocumentData = {
  date: '2026-12-08',
  contract: familyContract,
  taskProgress: [
    { task: 'Zarejestrowanie się w Powiatowym Urzędzie Pracy', status: 'done', comment: null },
    {
      task: 'Złożenie wniosku o rozłożenie zadłużenia na raty',
      status: 'inProgress',
      comment: 'wniosek w przygotowaniu',
    },
    {
      task: 'Skierowanie na kurs spawacza',
      status: 'notDone',
      comment: 'brak naboru w grudniu',
    },
  ],
  goalProgress: [
    { goal: 'Spłata zadłużenia czynszowego w ratach.', comment: 'Rozpoczęta.' },
    { goal: 'Uzyskanie uprawnień spawacza metodą MAG.', comment: 'Przesunięta na luty.' },
  ],
  assessment: 'Pan Jan Kowalski współpracuje, dotrzymuje terminów spotkań.',
  personAssessment: 'Kurs się opóźnia nie z mojej winy; resztę robię zgodnie z planem.',
  personKeptObligations: 'yes',
  officeKeptObligations: 'partly',
  result: 'partlyAchieved',
  decision: 'amend',
  nextEvaluationOn: '2027-01-05',
};
