import type { ChannelInput } from '../contract';
import type { DemoCalendar } from './calendar';

/** A fictional office; the seeds' real offices are only the models. */
export const DEMO_OFFICE: ChannelInput<'settings.update'> = {
  officeName: 'Miejski Ośrodek Pomocy Społecznej w Zielonej Dolinie',
  address: 'ul. Kościuszki 12, 26-600 Zielona Dolina',
  phone: '48 360 12 34',
  headOfOffice: 'Halina Zawadzka',
};

export const DEMO_STAFF: ChannelInput<'staff.create'>[] = [
  { firstName: 'Joanna', lastName: 'Mikołajczyk', role: 'socialWorker', phone: '48 360 12 40' },
  { firstName: 'Tomasz', lastName: 'Bąk', role: 'socialWorker', phone: '48 360 12 41' },
  { firstName: 'Ewelina', lastName: 'Łapińska', role: 'socialWorker', phone: '48 360 12 42' },
  { firstName: 'Agnieszka', lastName: 'Sowa', role: 'coordinator', phone: '48 360 12 50' },
  { firstName: 'Robert', lastName: 'Górecki', role: 'clubLeader', phone: '48 360 12 51' },
  { firstName: 'Marta', lastName: 'Źródlewska', role: 'trainer', phone: null },
  { firstName: 'Halina', lastName: 'Zawadzka', role: 'administrator', phone: '48 360 12 34' },
];

const PUP = {
  name: 'Powiatowy Urząd Pracy w Zielonej Dolinie',
  nip: '7961203452',
  role: 'Partner — rekrutacja osób bezrobotnych',
};

/** The club and the integration project, dated around the demo's day (see calendar.ts). */
export const demoProjects = (calendar: DemoCalendar): ChannelInput<'projects.create'>[] => [
  {
    // Modelled on the Radom KIS programme: 38 weeks, a group of 30, strict criteria.
    title: 'Klub Integracji Społecznej „Nowy Start”',
    programme: 'FE 2021–2027',
    measure: 'Priorytet VIII, Działanie 8.5 Aktywizacja społeczna',
    edition: 'Edycja I',
    beneficiary: 'Gmina Zielona Dolina / MOPS w Zielonej Dolinie',
    isEfs: true,
    startDate: calendar.clubStart,
    endDate: calendar.projectsEnd,
    totalValue: 52_400_000,
    euFunding: 44_540_000,
    ownContribution: 7_860_000,
    partners: [PUP],
    plannedWomen: 18,
    plannedMen: 12,
    indicators: [
      { name: 'Liczba osób objętych kontraktem socjalnym', targetWomen: 18, targetMen: 12 },
      { name: 'Liczba osób, które ukończyły program KIS', targetWomen: 15, targetMen: 10 },
    ],
    criteria: [
      { kind: 'registeredUnemployedMonths', months: 24 },
      { kind: 'maxEducation', level: 'isced3' },
      { kind: 'minAge', years: 35 },
      { kind: 'officeClientMonths', months: 12 },
    ],
  },
  {
    // Modelled on the PO KL 7.1.1 projects of Siewierz (12 K + 8 M) and Bartoszyce (budget).
    title: 'Aktywna integracja w Gminie Zielona Dolina',
    programme: 'FE 2021–2027',
    measure: 'Priorytet VIII, Działanie 8.5 (wzór: PO KL, Poddziałanie 7.1.1)',
    edition: calendar.integrationStart.slice(0, 4),
    beneficiary: 'Gmina Zielona Dolina / MOPS w Zielonej Dolinie',
    isEfs: true,
    startDate: calendar.integrationStart,
    endDate: calendar.projectsEnd,
    totalValue: 34_977_380,
    euFunding: 31_050_380,
    ownContribution: 3_927_000,
    partners: [PUP],
    plannedWomen: 12,
    plannedMen: 8,
    indicators: [
      { name: 'Liczba osób, które zakończyły udział w projekcie', targetWomen: 12, targetMen: 8 },
      { name: 'Liczba osób, które podjęły zatrudnienie', targetWomen: 3, targetMen: 2 },
    ],
    criteria: [
      { kind: 'minAge', years: 18 },
      {
        kind: 'exclusionReasonAmong',
        reasons: ['unemployment', 'disability', 'addiction', 'homelessness'],
      },
      { kind: 'residenceInCommune', commune: 'Zielona Dolina' },
    ],
  },
];
