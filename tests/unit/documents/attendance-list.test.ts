import { describe, expect, it, vi } from 'vitest';
import type { AttendanceListsData } from '../../../src-main/contract/attendance';
import {
  attendanceListsDocument,
  buildAttendanceLists,
  type AttendanceSheet,
} from '../../../src-renderer/documents/attendance-list';
import { renderRequest } from '../../../src-renderer/documents/render-pdf';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import { definitionText, flat, pdfEngine, pdfText, readPdf } from '../../support/pdf';
import { clubOffice, clubProject } from './fixtures';

// Rendering takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const h = (hh: number, mm = 0) => hh * 60 + mm;

/** Deliberately not in alphabetical order: the core sorts, the document keeps the order. */
const GROUP_1 = ['Żak Ewa', 'Adamczyk Jan', 'Łęcka-Ślusarczyk Żaneta', 'Ćwik Zdzisław'];

const SURNAMES = ['Nowak', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski'];
const FIRST_NAMES = ['Anna', 'Jan', 'Małgorzata', 'Łukasz', 'Żaneta', 'Jędrzej', 'Ścibor'];
/** `n` distinct names, "Nazwisko Imię", numbered so each can be found on the page. */
const people = (n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) =>
      `${SURNAMES[i % SURNAMES.length]}-${String(i + 1).padStart(2, '0')} ${FIRST_NAMES[i % 7]}`,
  );

const sheet = (extra: Partial<AttendanceSheet> = {}): AttendanceSheet => ({
  kind: 'club',
  id: 1,
  editionId: 1,
  groupId: 1,
  group: 'Grupa 1',
  module: 'Psychoedukacja',
  trainer: 'Anna Wiśniewska',
  room: 'Sala klubowa',
  date: '2026-12-02',
  from: h(9),
  to: h(13),
  names: GROUP_1,
  ...extra,
});

const LONG_PROJECT =
  'Aktywna integracja mieszkańców Radomia zagrożonych ubóstwem lub wykluczeniem społecznym';

const data = (
  sheets: AttendanceSheet[],
  project: Partial<AttendanceListsData['project']> = {},
): AttendanceListsData => ({
  kind: 'club',
  office: clubOffice,
  project: { ...clubProject, ...project },
  edition: { name: 'KIS 2026 — edycja I' },
  sheets,
});

/** The numbered rows of a page's table: "12. Nowak Anna" → [12, 'Nowak Anna']. */
function numberedRows(page: string): [number, string][] {
  return [...page.matchAll(/^\s*(\d+)\.\s+(\S.*?)\s*$/gm)].map((m) => [Number(m[1]), m[2]!]);
}

const HEADER = /Lp\.\s+Nazwisko i imię\s+Podpis uczestnika/;

describe('attendance lists of a few sessions', () => {
  const sheets = [
    sheet(),
    sheet({
      id: 2,
      date: '2026-12-03',
      from: h(9),
      to: h(10, 30),
      module: 'Kształtowanie proaktywnych postaw na rynku pracy',
      trainer: 'Dariusz Mazur',
      group: 'Grupa 2',
      names: ['Bąk Olga', 'Dąbrowski Piotr'],
    }),
    sheet({ id: 3, date: '2026-12-07', names: [] }),
  ];

  it('prints every sheet from a new page, with its date in full, hours, module and trainer', async () => {
    const pdf = await pdfText(buildAttendanceLists(data(sheets)));
    expect(pdf.pageSize).toContain('595.28 x 841.89');
    expect(pdf.pageCount).toBe(3);
    const [first, second, third] = pdf.pages.map(flat);

    for (const page of [first, second, third]) {
      expect(page).toContain('Lista obecności');
      expect(page).toContain('Projekt: „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24');
      expect(page).toContain('Edycja KIS: KIS 2026 — edycja I');
      expect(page).toMatch(HEADER);
      expect(page).toContain('podpis prowadzącego zajęcia');
      expect(page).toContain('Strona 1 z 1');
      expect(page).toContain('Europejskiego Funduszu Społecznego Plus');
    }
    // 2 December 2026 is a Wednesday, 3 December a Thursday, 7 December a Monday.
    expect(first).toContain('Data: środa, 2 grudnia 2026 r.');
    expect(first).toContain('Godziny: 9:00–13:00 (4 h)');
    expect(first).toContain('Moduł: Psychoedukacja');
    expect(first).toContain('Prowadzący: Anna Wiśniewska');
    expect(first).toContain('Grupa: Grupa 1');
    expect(first).toContain('podpis prowadzącego zajęcia (Anna Wiśniewska)');
    expect(first).toContain('Lista obecności · Grupa 1 · 02.12.2026 9:00–13:00 · Psychoedukacja');

    expect(second).toContain('Data: czwartek, 3 grudnia 2026 r.');
    expect(second).toContain('Godziny: 9:00–10:30 (1,5 h)');
    expect(second).toContain('Prowadzący: Dariusz Mazur');
    expect(second).toContain('Grupa: Grupa 2');

    expect(third).toContain('Data: poniedziałek, 7 grudnia 2026 r.');
    expect(third).toContain('Brak uczestników w tym dniu');
    expect(numberedRows(pdf.pages[2]!)).toEqual([]);
  });

  it('lists the names in the order given, numbered from 1 on each sheet', async () => {
    const pdf = await pdfText(buildAttendanceLists(data(sheets)));
    expect(numberedRows(pdf.pages[0]!)).toEqual(GROUP_1.map((name, i) => [i + 1, name]));
    expect(numberedRows(pdf.pages[1]!)).toEqual([
      [1, 'Bąk Olga'],
      [2, 'Dąbrowski Piotr'],
    ]);
  });

  it('has no EU sentence for a project that is not an EFS one', async () => {
    const pdf = await pdfText(
      buildAttendanceLists(data([sheet()], { isEfs: false, logoStrip: null })),
    );
    expect(pdf.text).not.toContain('Europejsk');
    expect(numberedRows(pdf.pages[0]!)).toHaveLength(GROUP_1.length);
  });

  it('refuses to print no sheets at all', () => {
    expect(() => attendanceListsDocument(data([]))).toThrow(/nie ma zajęć/);
  });
});

describe('a group of 30 and a list of 45', () => {
  it('fits 30 people on one page under the EU strip, with a long project and module', async () => {
    const names = people(30);
    const pdf = await pdfText(
      buildAttendanceLists(
        data(
          [
            sheet({
              names,
              module: 'Kształtowanie proaktywnych postaw na rynku pracy',
              trainer: 'Katarzyna Zielińska-Wróblewska',
            }),
          ],
          { title: LONG_PROJECT },
        ),
      ),
    );
    expect(pdf.pageCount).toBe(1);
    expect(numberedRows(pdf.pages[0]!)).toEqual(names.map((name, i) => [i + 1, name]));
    expect(flat(pdf.text)).toContain(
      'podpis prowadzącego zajęcia (Katarzyna Zielińska-Wróblewska)',
    );
  });

  it('fits 30 people on one page of a project without the EU marking too', async () => {
    const pdf = await pdfText(
      buildAttendanceLists(data([sheet({ names: people(30) })], { isEfs: false, logoStrip: null })),
    );
    expect(pdf.pageCount).toBe(1);
  });

  it('runs 45 names onto a second page that repeats the header row', async () => {
    const names = people(45);
    const pdf = await pdfText(buildAttendanceLists(data([sheet({ names }), sheet({ id: 2 })])));
    // The long sheet takes two pages, the short one a third.
    expect(pdf.pageCount).toBe(3);
    const [page1, page2, page3] = pdf.pages;
    expect(page1).toMatch(HEADER);
    expect(page2).toMatch(HEADER);
    const rows = [...numberedRows(page1!), ...numberedRows(page2!)];
    expect(rows).toEqual(names.map((name, i) => [i + 1, name]));
    // Both pages carry something of the list; the second is not three names and a signature.
    expect(numberedRows(page2!).length).toBeGreaterThan(10);
    expect(page1).toContain('Strona 1 z 2');
    expect(page2).toContain('Strona 2 z 2');
    expect(page2).toContain('Lista obecności · Grupa 1 · 02.12.2026');
    expect(flat(page2!)).toContain('podpis prowadzącego zajęcia');
    expect(flat(page1!)).not.toContain('podpis prowadzącego zajęcia');
    // The next sheet starts anew, numbered on its own.
    expect(page3).toContain('Strona 1 z 1');
    expect(numberedRows(page3!)).toEqual(GROUP_1.map((name, i) => [i + 1, name]));
  });
});

describe('printed', () => {
  const input = data([sheet(), sheet({ id: 2, date: '2026-12-04' })]);

  it('is pure: the input untouched, the same definition for the same data', () => {
    const frozen = structuredClone(input);
    const freeze = (value: unknown): void => {
      if (value && typeof value === 'object') Object.values(value).forEach(freeze);
      Object.freeze(value);
    };
    freeze(frozen);
    expect(JSON.stringify(buildAttendanceLists(frozen))).toBe(
      JSON.stringify(buildAttendanceLists(frozen)),
    );
  });

  it('is a printable kind that is not one of the register', async () => {
    expect(Object.keys(documentRegistry)).not.toContain('attendanceLists');
    const request = { kind: 'attendanceLists' as const, data: input };
    expect(JSON.stringify(buildDocument(request))).toBe(
      JSON.stringify(buildAttendanceLists(input)),
    );
    const pdf = readPdf(Buffer.from(await renderRequest(pdfEngine, request)));
    expect(pdf.pageCount).toBe(2);
    expect(flat(definitionText(buildDocument(request)))).toContain('piątek, 4 grudnia 2026 r.');
  });
});
