import { describe, expect, it, vi } from 'vitest';
import type { ClubCertificateData } from '../../../src-main/contract/attendance';
import {
  buildClubCertificate,
  type ClubCertificateOptions,
} from '../../../src-renderer/documents/club-certificate';
import { renderRequest } from '../../../src-renderer/documents/render-pdf';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import {
  definitionRows,
  definitionText,
  flat,
  pdfEngine,
  pdfText,
  readPdf,
} from '../../support/pdf';
import { clubOffice, clubProject } from './fixtures';

// Rendering takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

/** Radom's programme of 11 modules: name, hours held, hours attended (in minutes below). */
const MODULES: [string, number, number][] = [
  ['Psychoedukacja', 48 * 60, 44 * 60],
  ['Spotkania wspierające z pracownikiem socjalnym grupy', 80 * 60, 72 * 60],
  [
    'Indywidualne konsultacje specjalistyczne (psycholog, pedagog, prawnik, doradca zawodowy)',
    38 * 60,
    36 * 60,
  ],
  ['Integracja i czas wolny', 27 * 60, 27 * 60],
  ['Edukacja nieformalna i samokształcenie', 36 * 60, 30 * 60 + 30],
  ['Grupy samopomocowe', 38 * 60, 34 * 60],
  ['Aktywność społeczna w środowisku lokalnym', 82 * 60, 80 * 60],
  ['Badanie preferencji zawodowych', 30 * 60, 30 * 60],
  ['Kształtowanie proaktywnych postaw na rynku pracy', 15 * 60, 15 * 60],
  ['Kurs obsługi komputera i Internetu', 30 * 60, 28 * 60],
  ['Prowadzenie działalności gospodarczej', 15 * 60, 12 * 60 + 15],
];

const data = (overrides: Partial<ClubCertificateData> = {}): ClubCertificateData => ({
  number: 'KIS/2026/0001',
  issuedOn: '2026-12-05',
  place: 'Radom',
  office: { ...clubOffice, address: 'ul. Żeromskiego 56, 26-600 Radom' },
  person: {
    firstName: 'Jan',
    lastName: 'Kowalski',
    sex: 'M',
    birthDate: '1980-03-12',
    pesel: null,
  },
  edition: { name: 'KIS 2026 — edycja I' },
  outcome: 'completed',
  period: { from: '2026-01-05', to: '2026-11-30' },
  reason: null,
  modules: MODULES.map(([name, planned, attended]) => ({ name, planned, attended })),
  project: clubProject,
  ...overrides,
});

const woman: ClubCertificateData['person'] = {
  firstName: 'Żaneta',
  lastName: 'Łęcka-Ślusarczyk',
  sex: 'K',
  birthDate: '1986-07-02',
  pesel: null,
};

async function rendered(input: ClubCertificateData, options: ClubCertificateOptions = {}) {
  const pdf = await pdfText(buildClubCertificate(input, options));
  return { ...pdf, flat: flat(pdf.text) };
}

describe('the certificate of a man who completed the programme', () => {
  it('says who, born when, which club, run by whom, when, and that he completed it', async () => {
    const pdf = await rendered(data());
    expect(pdf.flat).toContain(
      'Zaświadcza się, że Pan Jan Kowalski, urodzony 12 marca 1980 r., uczestniczył w zajęciach ' +
        'Klubu Integracji Społecznej „KIS 2026 — edycja I” prowadzonego przez Miejski Ośrodek ' +
        'Pomocy Rodzinie w Radomiu w okresie od 5 stycznia 2026 r. do 30 listopada 2026 r. ' +
        'i ukończył program zajęć.',
    );
    expect(pdf.flat).not.toContain('Udział zakończył się');
    expect(pdf.flat).not.toContain('PESEL');
  });

  it('has the office, the place and date, the title and number, the basis and the signature', async () => {
    const pdf = await rendered(data());
    for (const part of [
      'Miejski Ośrodek Pomocy Rodzinie w Radomiu',
      'ul. Żeromskiego 56, 26-600 Radom',
      'Radom, dnia 5 grudnia 2026 r.',
      'ZAŚWIADCZENIE',
      'o uczestnictwie w Klubie Integracji Społecznej',
      'nr KIS/2026/0001',
      'Zajęcia Klubu prowadzono w ramach projektu „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24',
      'art. 18 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz. U. z 2025 r. poz. 83)',
      '(pieczęć i podpis kierownika jednostki)',
      'Zaświadczenie nr KIS/2026/0001',
      'Strona 1 z 1',
      'Europejskiego Funduszu Społecznego Plus',
    ]) {
      expect(pdf.flat, `missing: ${part}`).toContain(part);
    }
    // The act gives no model form: the certificate claims none.
    expect(pdf.flat).not.toMatch(/wzór|wzoru|rozporządzen/i);
    expect(pdf.flat).not.toContain('DUPLIKAT');
  });

  it('prints the date alone when the office has no town in its address', async () => {
    const pdf = await rendered(data({ place: '' }));
    expect(pdf.flat).toContain('Dnia 5 grudnia 2026 r.');
    expect(pdf.flat).not.toContain(', dnia');
  });

  it('lists the modules with the hours held and attended, and their totals', () => {
    const rows = definitionRows(buildClubCertificate(data()));
    const header = rows.findIndex((r) => r[0] === 'Lp.');
    expect(rows[header]).toEqual([
      'Lp.',
      'Moduł',
      'Liczba godzin zajęć',
      'Liczba godzin obecności',
    ]);
    // Hours written out by hand from MODULES.
    expect(rows.slice(header + 1)).toEqual([
      ['1.', 'Psychoedukacja', '48', '44'],
      ['2.', 'Spotkania wspierające z pracownikiem socjalnym grupy', '80', '72'],
      [
        '3.',
        'Indywidualne konsultacje specjalistyczne (psycholog, pedagog, prawnik, doradca zawodowy)',
        '38',
        '36',
      ],
      ['4.', 'Integracja i czas wolny', '27', '27'],
      ['5.', 'Edukacja nieformalna i samokształcenie', '36', '30,5'],
      ['6.', 'Grupy samopomocowe', '38', '34'],
      ['7.', 'Aktywność społeczna w środowisku lokalnym', '82', '80'],
      ['8.', 'Badanie preferencji zawodowych', '30', '30'],
      ['9.', 'Kształtowanie proaktywnych postaw na rynku pracy', '15', '15'],
      ['10.', 'Kurs obsługi komputera i Internetu', '30', '28'],
      ['11.', 'Prowadzenie działalności gospodarczej', '15', '12,25'],
      ['Razem', '', '439', '408,75'],
    ]);
    // The totals, counted here from the input in minutes.
    const planned = MODULES.reduce((sum, [, p]) => sum + p, 0);
    const attended = MODULES.reduce((sum, [, , a]) => sum + a, 0);
    expect([planned / 60, attended / 60]).toEqual([439, 408.75]);
  });

  it('fits one A4 page, portrait', async () => {
    const pdf = await rendered(data());
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pageSize).toContain('595.28 x 841.89');
  });
});

describe('gendered forms', () => {
  it('a woman: Pani, urodzona, uczestniczyła, ukończyła — and no masculine form', async () => {
    const pdf = await rendered(data({ person: woman }));
    expect(pdf.flat).toContain(
      'Zaświadcza się, że Pani Żaneta Łęcka-Ślusarczyk, urodzona 2 lipca 1986 r., uczestniczyła w zajęciach',
    );
    expect(pdf.flat).toContain('i ukończyła program zajęć.');
    expect(pdf.flat).not.toMatch(/\bPan\s/);
    expect(pdf.flat).not.toMatch(/urodzony|uczestniczył(?!a)|ukończył(?!a)/);
  });

  it('a man: no feminine form', async () => {
    const pdf = await rendered(data());
    expect(pdf.flat).not.toMatch(/Pani|urodzona|uczestniczyła|ukończyła/);
  });

  it('keeps the Polish letters intact', async () => {
    const pdf = await rendered(
      data({ person: { ...woman, lastName: 'Źrebiec-Ćwiąkała' }, place: 'Łódź' }),
    );
    for (const words of [
      'Pani Żaneta Źrebiec-Ćwiąkała, urodzona',
      'Łódź, dnia 5 grudnia 2026 r.',
      'Zaświadcza się',
      'ul. Żeromskiego 56',
      'Aktywność społeczna w środowisku lokalnym',
      'Edukacja nieformalna i samokształcenie',
      '(pieczęć i podpis kierownika jednostki)',
    ]) {
      expect(pdf.flat).toContain(words);
    }
    const letters = new Set(pdf.flat.toLowerCase());
    for (const letter of 'ąęśćżźół') expect(letters.has(letter), letter).toBe(true);
  });
});

describe('identified by PESEL, and participation ended early', () => {
  it('names the person by PESEL instead of the date of birth', async () => {
    const pdf = await rendered(
      data({ person: { ...data().person, birthDate: null, pesel: '80031212345' } }),
    );
    expect(pdf.flat).toContain(
      'Zaświadcza się, że Pan Jan Kowalski, PESEL 80031212345, uczestniczył w zajęciach',
    );
    expect(pdf.flat).not.toContain('urodzon');
  });

  it('says the participation ended before the programme did, with the reason', async () => {
    const pdf = await rendered(
      data({
        person: { ...woman, birthDate: null, pesel: '86070207743' },
        outcome: 'left',
        period: { from: '2026-01-05', to: '2026-05-14' },
        reason: 'podjęcie zatrudnienia w pełnym wymiarze czasu pracy',
      }),
    );
    expect(pdf.flat).toContain(
      'Pani Żaneta Łęcka-Ślusarczyk, PESEL 86070207743, uczestniczyła w zajęciach',
    );
    expect(pdf.flat).toContain(
      'w okresie od 5 stycznia 2026 r. do 14 maja 2026 r. Udział zakończył się przed ukończeniem ' +
        'programu zajęć. Powód zakończenia udziału: podjęcie zatrudnienia w pełnym wymiarze czasu pracy.',
    );
    expect(pdf.flat).not.toMatch(/ukończyła program|ukończył program/);
    expect(pdf.pageCount).toBe(1);
  });

  it('says no reason when none was given, and ends a given one with a single full stop', async () => {
    const none = await rendered(data({ outcome: 'left' }));
    expect(none.flat).toContain('Udział zakończył się przed ukończeniem programu zajęć.');
    expect(none.flat).not.toContain('Powód');
    const dotted = await rendered(
      data({ outcome: 'left', reason: 'Zmiana miejsca zamieszkania.' }),
    );
    expect(dotted.flat).toContain('Powód zakończenia udziału: Zmiana miejsca zamieszkania.');
    expect(dotted.flat).not.toContain('zamieszkania..');
  });
});

describe('a duplicate', () => {
  const duplicateOn = '2027-01-10';

  it('is marked DUPLIKAT with the day it was made, also in the footer', async () => {
    const pdf = await rendered(
      data({
        person: { ...woman, birthDate: null, pesel: '86070207743' },
        outcome: 'left',
        reason: 'podjęcie zatrudnienia w pełnym wymiarze czasu pracy',
      }),
      { duplicateOn },
    );
    expect(pdf.flat).toContain('DUPLIKAT wydany dnia 10 stycznia 2027 r.');
    expect(pdf.flat).toContain('Zaświadczenie nr KIS/2026/0001 · DUPLIKAT wydany 10.01.2027');
    // The original's date of issue stays where it was.
    expect(pdf.flat).toContain('Radom, dnia 5 grudnia 2026 r.');
    expect(pdf.pageCount).toBe(1);
  });

  it('is no duplicate when the option is null', () => {
    expect(flat(definitionText(buildClubCertificate(data(), { duplicateOn: null })))).not.toContain(
      'DUPLIKAT',
    );
  });
});

describe('printed', () => {
  it('is pure: the input untouched, the same definition for the same data', () => {
    const input = structuredClone(data());
    const freeze = (value: unknown): void => {
      if (value && typeof value === 'object') Object.values(value).forEach(freeze);
      Object.freeze(value);
    };
    freeze(input);
    expect(JSON.stringify(buildClubCertificate(input, { duplicateOn: '2027-01-10' }))).toBe(
      JSON.stringify(buildClubCertificate(input, { duplicateOn: '2027-01-10' })),
    );
  });

  it('is a kind of the register, printed with its duplicate option', async () => {
    expect(Object.keys(documentRegistry)).toContain('clubCertificate');
    const request = {
      kind: 'clubCertificate' as const,
      data: data(),
      options: { duplicateOn: '2027-01-10' },
    };
    expect(JSON.stringify(buildDocument(request))).toBe(
      JSON.stringify(buildClubCertificate(data(), { duplicateOn: '2027-01-10' })),
    );
    const pdf = readPdf(Buffer.from(await renderRequest(pdfEngine, request)));
    expect(flat(pdf.text)).toContain('DUPLIKAT wydany dnia 10 stycznia 2027 r.');
  });
});
