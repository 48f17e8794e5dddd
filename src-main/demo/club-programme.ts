import type { ModulePattern } from '../domain/club/model';
import type { RoomFeature, SpecialistKind } from '../domain/club/specialists';

/**
 * The programme of the Social Integration Club of MOPS Radom (seed 004): eleven modules
 * over 38 weeks, hours as the programme gives them (439 h per group). Session lengths,
 * patterns and windows are the ones the programme states ("2 godziny raz na dwa tygodnie",
 * "raz w miesiącu – średnio 3 godziny", the computer course among the vocational ones) and,
 * where it is silent, what a club would choose.
 */
export interface ProgrammeModule {
  name: string;
  hours: number;
  specialists: SpecialistKind[];
  minSession: number;
  maxSession: number;
  pattern: ModulePattern;
  weekFrom: number | null;
  weekTo: number | null;
  roomFeatures: RoomFeature[];
  duty: boolean;
}

const free = {
  pattern: 'free' as const,
  weekFrom: null,
  weekTo: null,
  roomFeatures: [],
  duty: false,
};

export const RADOM_PROGRAMME: readonly ProgrammeModule[] = [
  {
    ...free,
    name: 'Psychoedukacja',
    hours: 48,
    specialists: ['psychologist'],
    minSession: 2,
    maxSession: 4,
  },
  {
    ...free,
    name: 'Spotkania wspierające z pracownikiem socjalnym',
    hours: 80,
    specialists: ['socialWorker'],
    minSession: 2,
    maxSession: 4,
  },
  {
    ...free,
    name: 'Indywidualne konsultacje (dyżur specjalistów)',
    hours: 38,
    specialists: ['psychologist', 'educator', 'lawyer', 'careerAdvisor'],
    minSession: 2,
    maxSession: 2,
    pattern: 'biweekly',
    duty: true,
  },
  {
    ...free,
    name: 'Integracja i czas wolny',
    hours: 27,
    specialists: ['animator'],
    minSession: 2,
    maxSession: 4,
    pattern: 'monthly',
  },
  {
    ...free,
    name: 'Edukacja nieformalna i samokształcenie',
    hours: 36,
    specialists: ['educator', 'socialWorker'],
    minSession: 2,
    maxSession: 4,
  },
  {
    ...free,
    name: 'Grupy samopomocowe',
    hours: 38,
    specialists: ['psychologist', 'addictionTherapist'],
    minSession: 2,
    maxSession: 2,
    pattern: 'biweekly',
  },
  {
    ...free,
    name: 'Aktywność społeczna w środowisku lokalnym',
    hours: 82,
    specialists: ['animator', 'socialWorker'],
    minSession: 2,
    maxSession: 4,
  },
  {
    ...free,
    name: 'Badanie preferencji zawodowych',
    hours: 30,
    specialists: ['careerAdvisor'],
    minSession: 2,
    maxSession: 3,
  },
  {
    ...free,
    name: 'Kształtowanie proaktywnych postaw na rynku pracy',
    hours: 15,
    specialists: ['careerAdvisor'],
    minSession: 2,
    maxSession: 3,
    weekFrom: 20,
    weekTo: 38,
  },
  {
    ...free,
    name: 'Kurs obsługi komputera i Internetu',
    hours: 30,
    specialists: ['itSpecialist'],
    minSession: 2,
    maxSession: 4,
    weekFrom: 10,
    weekTo: 20,
    roomFeatures: ['computers'],
  },
  {
    ...free,
    name: 'Zasady prowadzenia działalności gospodarczej',
    hours: 15,
    specialists: ['careerAdvisor', 'lawyer'],
    minSession: 2,
    maxSession: 3,
    weekFrom: 25,
    weekTo: 38,
  },
];

/** A weekly window in whole hours, e.g. Mon–Fri 8–16. */
export interface ProgrammeSlot {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  from: number;
  to: number;
}

export const weekly = (weekdays: ProgrammeSlot['weekday'][], fromHour: number, toHour: number) =>
  weekdays.map((weekday) => ({ weekday, from: fromHour * 60, to: toHour * 60 }));

const WORKDAYS: ProgrammeSlot['weekday'][] = [1, 2, 3, 4, 5];

/**
 * "Three meetings a week, about four hours" (seed 004): Monday and Wednesday 9–13, Friday 9–14.
 * (Mon/Wed/Fri 9–13 exactly cannot hold the 439 h: sessions are at least 2 h, and the odd-hour
 * modules leave single hours nobody can use.)
 */
export const RADOM_MEETINGS = [...weekly([1, 3], 9, 13), ...weekly([5], 9, 14)];

/**
 * The club's team for two groups: the seed's external support (psychologist, career adviser,
 * IT trainer) and its social workers as group carers, plus an educator and a lawyer on duty.
 * `staff` marks the office's own social workers (the demo links them to staff members).
 */
export const RADOM_TEAM: readonly {
  name: string;
  specialisations: SpecialistKind[];
  availability: ProgrammeSlot[];
  staff: boolean;
}[] = [
  {
    name: 'Anna Wiśniewska',
    specialisations: ['psychologist', 'addictionTherapist'],
    availability: weekly(WORKDAYS, 8, 16),
    staff: false,
  },
  {
    name: 'Barbara Kowalczyk',
    specialisations: ['socialWorker', 'animator'],
    availability: weekly(WORKDAYS, 8, 16),
    staff: true,
  },
  {
    name: 'Celina Zając',
    specialisations: ['socialWorker', 'animator'],
    availability: weekly(WORKDAYS, 8, 16),
    staff: true,
  },
  {
    name: 'Dariusz Mazur',
    specialisations: ['careerAdvisor'],
    availability: weekly(WORKDAYS, 8, 16),
    staff: false,
  },
  {
    name: 'Edward Krawczyk',
    specialisations: ['itSpecialist'],
    availability: weekly([1, 3, 5], 8, 14),
    staff: false,
  },
  {
    name: 'Franciszka Lis',
    specialisations: ['educator'],
    availability: weekly(WORKDAYS, 8, 16),
    staff: false,
  },
  {
    name: 'Grzegorz Wójcik',
    specialisations: ['lawyer'],
    availability: weekly([3, 5], 9, 13),
    staff: false,
  },
];

/** The club room and a computer room lent by a partner school. */
export const RADOM_ROOMS: readonly {
  name: string;
  capacity: number;
  features: RoomFeature[];
  availability: ProgrammeSlot[];
  owner: string | null;
}[] = [
  {
    name: 'Sala klubowa',
    capacity: 30,
    features: ['accessible'],
    availability: weekly(WORKDAYS, 8, 16),
    owner: null,
  },
  {
    name: 'Pracownia komputerowa',
    capacity: 30,
    features: ['computers'],
    availability: weekly(WORKDAYS, 8, 16),
    owner: 'Zespół Szkół Ekonomicznych w Zielonej Dolinie',
  },
];
