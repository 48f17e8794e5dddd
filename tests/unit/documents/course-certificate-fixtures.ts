import type {
  CourseCertificateData,
  CourseCertificateEntry,
} from '../../../src-main/contract/course-certificates';
import { clubProject } from './fixtures';

/**
 * Course certificates and register lines as the core hands them to the renderer: a welding
 * course bought from a training provider, in the club's EFS project of 2021–2027.
 */

/** The welding course's programme: 12 topics, 80 hours. */
export const WELDING_TOPICS: { title: string; hours: number }[] = [
  { title: 'Przepisy bezpieczeństwa i higieny pracy przy spawaniu', hours: 4 },
  { title: 'Podstawy elektrotechniki i urządzenia spawalnicze', hours: 4 },
  { title: 'Materiały podstawowe i dodatkowe, ich spawalność', hours: 6 },
  { title: 'Rysunek techniczny i oznaczanie spoin', hours: 4 },
  { title: 'Technologia spawania metodą MAG (135)', hours: 8 },
  { title: 'Naprężenia i odkształcenia spawalnicze', hours: 2 },
  { title: 'Niezgodności spawalnicze i kontrola jakości złączy', hours: 4 },
  { title: 'Ćwiczenia: spoiny pachwinowe blach w pozycji PA i PB', hours: 14 },
  { title: 'Ćwiczenia: spoiny pachwinowe rur w pozycji PB i PH', hours: 14 },
  { title: 'Ćwiczenia: spoiny czołowe blach w pozycji PA', hours: 12 },
  { title: 'Ochrona przeciwpożarowa przy pracach spawalniczych', hours: 2 },
  { title: 'Egzamin wewnętrzny: część teoretyczna i praktyczna', hours: 6 },
];

export const courseCertificate = (
  overrides: Partial<CourseCertificateData> = {},
): CourseCertificateData => ({
  number: '12/2026',
  issuedOn: '2026-12-05',
  place: 'Radom',
  code: 'K7QM-3XPD',
  organiser: {
    name: 'Centrum Kształcenia Zawodowego „Spawalnik” sp. z o.o.',
    address: 'ul. Hutnicza 7\n26-600 Radom',
  },
  office: {
    name: 'Miejski Ośrodek Pomocy Rodzinie w Radomiu',
    address: 'ul. Żeromskiego 56, 26-600 Radom',
  },
  person: {
    firstName: 'Jan',
    lastName: 'Kowalski',
    sex: 'M',
    birthDate: '1988-03-05',
    birthPlace: 'Radom',
    pesel: null,
  },
  course: {
    name: 'Spawanie blach i rur spoinami pachwinowymi metodą MAG (135)',
    form: 'kurs',
    place: 'ul. Hutnicza 7, 26-600 Radom (hala warsztatowa nr 2)',
    startDate: '2026-11-03',
    endDate: '2026-11-27',
    totalHours: 80,
    topics: WELDING_TOPICS,
  },
  replacesNumber: null,
  project: clubProject,
  ...overrides,
});

/** Anna Żak, identified by her PESEL (no date of birth printed). */
export const womanWithPesel: CourseCertificateData['person'] = {
  firstName: 'Anna',
  lastName: 'Żak',
  sex: 'K',
  birthDate: null,
  birthPlace: null,
  pesel: '92071503482',
};

/** A programme of `n` topics "Temat 01 — …" of 2 hours each. */
export function programmeOf(n: number): CourseCertificateData['course'] {
  const base = courseCertificate().course;
  const topics = Array.from({ length: n }, (_, i) => ({
    title: `Temat ${String(i + 1).padStart(2, '0')} — ${WELDING_TOPICS[i % WELDING_TOPICS.length]!.title}`,
    hours: 2,
  }));
  return { ...base, topics, totalHours: 2 * n };
}

const SURNAMES = [
  ['Kowalski', 'Jan', 'M'],
  ['Żak', 'Anna', 'K'],
  ['Łęcka-Ślusarczyk', 'Żaneta', 'K'],
  ['Wiśniewski', 'Grzegorz', 'M'],
  ['Dąbrowska', 'Małgorzata', 'K'],
  ['Szczęsny', 'Mikołaj', 'M'],
] as const;

/** Register line `i` (0-based) of 2026: "Nazwisko Imię", received or not, by turns. */
export function registerEntry(
  i: number,
  overrides: Partial<CourseCertificateEntry> = {},
): CourseCertificateEntry {
  const [last, first, sex] = SURNAMES[i % SURNAMES.length]!;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: 100 + i,
    documentId: 500 + i,
    number: `${i + 1}/2026`,
    issuedOn: `2026-12-${day}`,
    courseId: 7,
    course: 'Spawanie blach i rur spoinami pachwinowymi metodą MAG (135)',
    participantId: 40 + i,
    person: `${last} ${first}`,
    sex,
    address: `ul. Źródlana ${i + 1} m. ${i + 3}, 26-600 Radom`,
    identity: i % 5 === 4 ? 'dowód osobisty ABC 523411' : `PESEL 880305${String(10000 + i)}`,
    code: 'K7QM-3XPD',
    status: 'valid',
    revokedOn: null,
    revokeReason: null,
    replacesNumber: null,
    replacedByNumber: null,
    duplicates: [],
    receivedOn: i % 3 === 0 ? null : `2026-12-${day}`,
    receivedHow: i % 3 === 0 ? null : i % 3 === 1 ? 'person' : 'post',
    sha256: 'a'.repeat(64),
    issuedByName: 'Grażyna Łuczak',
    ...overrides,
  };
}
