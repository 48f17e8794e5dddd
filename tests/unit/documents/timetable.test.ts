import { describe, expect, it, vi } from 'vitest';
import { publicHolidayOn } from '../../../src-main/domain/holidays';
import { renderRequest } from '../../../src-renderer/documents/render-pdf';
import { buildDocument, documentRegistry } from '../../../src-renderer/documents/registry';
import {
  buildTimetable,
  daysOffInMonth,
  monthName,
  monthRange,
  type TimetableDocumentData,
  type TimetableSession,
} from '../../../src-renderer/documents/timetable';
import { definitionRows, definitionText, flat, pdfEngine, readPdf } from '../../support/pdf';
import { pngStrip } from './fixtures';

// Rendering takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 30_000 });

const h = (hh: number, mm = 0) => hh * 60 + mm;

const session = (
  date: string,
  from: number,
  to: number,
  module: string,
  extra: Partial<TimetableSession> = {},
): TimetableSession => ({
  date,
  from,
  to,
  module,
  duty: false,
  trainer: 'Anna Wiśniewska',
  group: 'Grupa 1',
  room: 'Sala klubowa',
  ...extra,
});

/** Deliberately out of order: the document sorts them. */
const SESSIONS: TimetableSession[] = [
  session('2027-01-13', h(11), h(13), 'Kurs obsługi komputera i Internetu', {
    trainer: 'Edward Krawczyk',
    room: 'Pracownia komputerowa (Zespół Szkół nr 3)',
  }),
  session('2027-01-04', h(11), h(13), 'Edukacja nieformalna i samokształcenie'),
  session('2027-01-04', h(9), h(11), 'Integracja i czas wolny', { trainer: 'Celina Zając' }),
  session('2027-01-13', h(9), h(10, 30), 'Kształtowanie proaktywnych postaw na rynku pracy', {
    trainer: 'Dariusz Mazur',
  }),
  session('2027-01-08', h(9), h(13), 'Grupy samopomocowe'),
  session('2027-01-05', h(9), h(11), 'Psychoedukacja', { group: 'Grupa 2' }),
  session('2027-01-07', h(12), h(15), 'Badanie preferencji zawodowych', { group: 'Grupa 2' }),
  session('2027-01-10', h(10), h(12), 'Aktywność społeczna w środowisku lokalnym'),
  session('2027-01-09', h(10), h(12), 'Integracja i czas wolny', { group: 'Grupa 2' }),
  session('2027-01-11', h(9), h(11), 'Indywidualne konsultacje', { duty: true }),
];

const data = (overrides: Partial<TimetableDocumentData> = {}): TimetableDocumentData => ({
  variant: 'group',
  office: { name: 'Miejski Ośrodek Pomocy Rodzinie w Radomiu' },
  project: {
    title: 'Aktywni razem',
    number: 'FEMA.09.01-IZ.00-0001/24',
    programme: 'Fundusze Europejskie dla Mazowsza 2021–2027',
    measure: 'Działanie 9.1',
    isEfs: true,
    logoStrip: null,
  },
  edition: { name: 'KIS 2027 — edycja I', startDate: '2027-01-04', endDate: '2027-09-26' },
  subject: 'Grupa 1',
  subjectNote: null,
  month: '2027-01',
  sessions: SESSIONS,
  daysOff: [{ date: '2027-01-06', name: 'Święto Trzech Króli' }],
  preparedOn: '2026-12-14',
  ...overrides,
});

/** The table's rows of sessions and days off: those that start with a date. */
const dateRows = (rows: string[][]) => rows.filter((r) => /^\d\d\.\d\d\.\d{4} /.test(r[0] ?? ''));

describe('a group’s timetable of a month', () => {
  const doc = buildTimetable(data());
  const rows = dateRows(definitionRows(doc));

  it('names the project, its number, the club edition, the group and the month in Polish', () => {
    const all = flat(definitionText(doc));
    for (const part of [
      'Harmonogram zajęć',
      'grupy na styczeń 2027',
      'Projekt: „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24',
      'Program: Fundusze Europejskie dla Mazowsza 2021–2027, Działanie 9.1',
      'Klub Integracji Społecznej: KIS 2027 — edycja I (cykl 04.01.2027–26.09.2027)',
      'Grupa 1 · styczeń 2027',
      'Data Godziny Liczba godzin Moduł Prowadzący Sala',
      'Stan na 14.12.2026.',
    ]) {
      expect(all, `missing: ${part}`).toContain(part);
    }
  });

  it('lists the sessions by date and time, the date with its weekday', () => {
    const sessionRows = rows.filter((r) => r[2] !== '');
    const keys = sessionRows.map((r) => {
      const [d, m, y] = r[0]!.slice(0, 10).split('.');
      const [from] = r[1]!.split('–');
      return `${y}-${m}-${d} ${from!.padStart(5, '0')}`;
    });
    expect(keys).toEqual([...keys].sort());
    expect(sessionRows).toHaveLength(SESSIONS.length);
    expect(sessionRows.slice(0, 2)).toEqual([
      [
        '04.01.2027 (pon.)',
        '9:00–11:00',
        '2',
        'Integracja i czas wolny',
        'Celina Zając',
        'Sala klubowa',
      ],
      [
        '04.01.2027 (pon.)',
        '11:00–13:00',
        '2',
        'Edukacja nieformalna i samokształcenie',
        'Anna Wiśniewska',
        'Sala klubowa',
      ],
    ]);
    // 4–10 January 2027 is Monday to Sunday
    const weekdayOf = new Map(rows.map((r) => [r[0]!.slice(0, 10), r[0]!.slice(11)]));
    expect(Object.fromEntries(weekdayOf)).toMatchObject({
      '04.01.2027': '(pon.)',
      '05.01.2027': '(wt.)',
      '06.01.2027': '(śr.)',
      '07.01.2027': '(czw.)',
      '08.01.2027': '(pt.)',
      '09.01.2027': '(sob.)',
      '10.01.2027': '(niedz.)',
      '11.01.2027': '(pon.)',
      '13.01.2027': '(śr.)',
    });
    // half hours are written with a comma
    expect(sessionRows.find((r) => r[3]!.startsWith('Kształtowanie'))?.slice(1, 3)).toEqual([
      '9:00–10:30',
      '1,5',
    ]);
  });

  it('shows a holiday as a day without classes, never as a session, and sums the month', () => {
    const holiday = rows.filter((r) => r[0]!.startsWith('06.01.2027'));
    expect(holiday).toEqual([
      ['06.01.2027 (śr.)', 'Święto Trzech Króli — zajęcia się nie odbywają', '', '', '', ''],
    ]);
    const expected = SESSIONS.reduce((sum, s) => sum + (s.to - s.from), 0) / 60;
    expect(expected).toBe(22.5);
    expect(flat(definitionText(doc))).toContain('Razem w miesiącu: 22,5 h');
  });

  it('marks a duty module not named so', () => {
    expect(flat(definitionText(doc))).toContain(
      'Indywidualne konsultacje dyżur — konsultacje indywidualne',
    );
  });

  it('is landscape A4 whose two header rows repeat on every page', () => {
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('landscape');
    const table = JSON.stringify(doc.content);
    expect(table).toContain('"headerRows":2');
  });

  it('says so when nothing is planned in the month', () => {
    const empty = buildTimetable(data({ sessions: [], daysOff: [] }));
    const all = flat(definitionText(empty));
    expect(all).toContain('W tym miesiącu nie zaplanowano zajęć.');
    expect(all).toContain('Razem w miesiącu: 0 h');
  });
});

describe('a trainer’s timetable of a month', () => {
  const trainerSessions = SESSIONS.filter((s) => s.trainer === 'Anna Wiśniewska');
  const doc = buildTimetable(
    data({
      variant: 'trainer',
      subject: 'Anna Wiśniewska',
      subjectNote: 'psycholog, terapeuta uzależnień',
      sessions: trainerSessions,
    }),
  );

  it('has a Grupa column instead of Prowadzący, and the trainer’s hours in the month', () => {
    const all = flat(definitionText(doc));
    expect(all).toContain('prowadzącego na styczeń 2027');
    expect(all).toContain(
      'Prowadzący: Anna Wiśniewska (psycholog, terapeuta uzależnień) · styczeń 2027',
    );
    expect(all).toContain('Data Godziny Liczba godzin Moduł Grupa Sala');
    const rows = dateRows(definitionRows(doc)).filter((r) => r[2] !== '');
    expect(rows.map((r) => `${r[0]!.slice(0, 5)} ${r[4]}`)).toEqual([
      '04.01 Grupa 1',
      '05.01 Grupa 2',
      '07.01 Grupa 2',
      '08.01 Grupa 1',
      '09.01 Grupa 2',
      '10.01 Grupa 1',
      '11.01 Grupa 1',
    ]);

    // The total, counted here from the input in minutes.
    let minutes = 0;
    for (const s of trainerSessions) minutes += s.to - s.from;
    expect(minutes % 60).toBe(0);
    expect(all).toContain(`Razem w miesiącu: ${minutes / 60} h`);
    expect(minutes / 60).toBe(17);
  });
});

describe('months and days off', () => {
  it('names every month in Polish, in the nominative', () => {
    const names = Array.from({ length: 12 }, (_, i) =>
      monthName(`2027-${String(i + 1).padStart(2, '0')}`),
    );
    expect(names).toEqual([
      'styczeń 2027',
      'luty 2027',
      'marzec 2027',
      'kwiecień 2027',
      'maj 2027',
      'czerwiec 2027',
      'lipiec 2027',
      'sierpień 2027',
      'wrzesień 2027',
      'październik 2027',
      'listopad 2027',
      'grudzień 2027',
    ]);
    expect(() => monthName('2027-13')).toThrow();
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('lists the holidays and office days off that fall on meeting days inside the cycle', () => {
    const base = {
      meetingWeekdays: [1, 3, 5],
      officeDaysOff: ['2027-01-29'],
      holidayOn: publicHolidayOn,
    };
    // 1 January (Friday) is before the cycle starts; 6 January is a Wednesday.
    expect(
      daysOffInMonth({
        ...base,
        month: '2027-01',
        cycle: { startDate: '2027-01-04', endDate: '2027-09-26' },
      }),
    ).toEqual([
      { date: '2027-01-06', name: 'Święto Trzech Króli' },
      { date: '2027-01-29', name: 'dzień wolny ośrodka' },
    ]);
    expect(
      daysOffInMonth({
        ...base,
        month: '2027-01',
        cycle: { startDate: '2026-12-28', endDate: '2027-09-26' },
      }).map((d) => d.date),
    ).toEqual(['2027-01-01', '2027-01-06', '2027-01-29']);
    // Meetings on Tuesdays and Thursdays only: no holiday of January 2027 falls on them.
    expect(
      daysOffInMonth({
        ...base,
        meetingWeekdays: [2, 4],
        officeDaysOff: [],
        month: '2027-01',
        cycle: { startDate: '2026-12-28', endDate: '2027-09-26' },
      }),
    ).toEqual([]);
  });
});

describe('printed', () => {
  it('is pure: the input untouched, the same definition for the same data', () => {
    const input = structuredClone(data());
    const frozen = (value: unknown): void => {
      if (value && typeof value === 'object') Object.values(value).forEach(frozen);
      Object.freeze(value);
    };
    frozen(input);
    expect(JSON.stringify(buildTimetable(input))).toBe(JSON.stringify(buildTimetable(input)));
  });

  it('is a printable kind that is not one of the register', () => {
    expect(Object.keys(documentRegistry)).not.toContain('timetable');
    expect(JSON.stringify(buildDocument({ kind: 'timetable', data: data() }))).toBe(
      JSON.stringify(buildTimetable(data())),
    );
  });

  it('renders as the worker renders it: Polish letters, the EU strip, the header on each page', async () => {
    // Three months' worth of sessions in one month: the table runs over several pages.
    const many: TimetableSession[] = [];
    for (let day = 1; day <= 28; day++)
      for (const [from, to] of [
        [h(9), h(11)],
        [h(11), h(13)],
      ] as const)
        many.push(
          session(
            `2027-02-${String(day).padStart(2, '0')}`,
            from,
            to,
            'Kształtowanie proaktywnych postaw na rynku pracy',
          ),
        );
    const request = {
      kind: 'timetable' as const,
      data: data({
        month: '2027-02',
        sessions: many,
        daysOff: [],
        project: { ...data().project, logoStrip: pngStrip(600, 60) },
      }),
    };
    const pdf = readPdf(Buffer.from(await renderRequest(pdfEngine, request)));
    expect(pdf.pageSize).toContain('841.89 x 595.28');
    expect(pdf.pageCount).toBeGreaterThan(1);
    for (const [i, page] of pdf.pages.entries()) {
      expect(page, `page ${i + 1}`).toContain('Grupa 1 · luty 2027');
      expect(page, `page ${i + 1}`).toMatch(/Data\s+Godziny\s+Liczba/);
      expect(page, `page ${i + 1}`).toContain(`Strona ${i + 1} z ${pdf.pageCount}`);
      expect(page, `page ${i + 1}`).toContain('Harmonogram zajęć — Grupa 1 — luty 2027');
    }
    expect(pdf.text).toContain('Kształtowanie proaktywnych postaw na rynku pracy');
    expect(pdf.text).toContain('Europejskiego Funduszu Społecznego Plus');
    expect(pdf.pages.at(-1)).toContain('Razem w miesiącu: 112 h');
    // every session printed exactly once
    expect(pdf.text.match(/\d\d\.02\.2027 \(/g)).toHaveLength(56);
  });
});
