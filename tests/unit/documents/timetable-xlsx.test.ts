import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TimetableSession } from '../../../src-renderer/documents/timetable';
import {
  buildTimetableXlsx,
  sheetName,
  timetableXlsxBlob,
} from '../../../src-renderer/documents/timetable-xlsx';
import { XLSX_TYPE } from '../../../src-renderer/documents/xlsx-parts';

const s = (
  date: string,
  from: number,
  to: number,
  module: string,
  trainer = 'Anna Wiśniewska',
): TimetableSession => ({
  date,
  from,
  to,
  module,
  duty: false,
  trainer,
  group: '',
  room: 'Sala klubowa',
});

const workbook = {
  project: { title: 'Aktywni razem' },
  edition: { name: 'KIS 2027 — edycja I' },
  from: '2027-01-01',
  to: '2027-01-31',
  preparedOn: '2026-12-14',
  groups: [
    {
      name: 'Grupa 1 — poranna',
      sessions: [
        s('2027-01-08', 540, 780, 'Grupy samopomocowe'),
        s(
          '2027-01-04',
          660,
          780,
          'Kształtowanie proaktywnych postaw na rynku pracy',
          'Dariusz Mazur',
        ),
        s('2027-01-04', 540, 630, 'Psychoedukacja'),
      ],
    },
    { name: 'Grupa: 2/popołudniowa [Świetlica]', sessions: [] },
  ],
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe('the timetable as a workbook', () => {
  it('has a sheet per group with Polish names, a bold header and typed, sorted cells', async () => {
    const book = await readBack(await buildTimetableXlsx(workbook));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Grupa 1 — poranna',
      'Grupa 2 popołudniowa Świetlica',
      'Informacje',
    ]);
    const sheet = book.getWorksheet('Grupa 1 — poranna')!;
    const header = sheet.getRow(1);
    expect(header.values).toEqual([
      undefined,
      'Data',
      'Dzień',
      'Godziny',
      'Liczba godzin',
      'Moduł',
      'Prowadzący',
      'Sala',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(5).width).toBe(50);

    // sorted by date and time; the date a real Excel date shown as DD.MM.RRRR
    const date = sheet.getCell('A2');
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect((date.value as Date).toISOString()).toBe('2027-01-04T00:00:00.000Z');
    expect(date.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      expect.any(Date),
      'pon.',
      '9:00–10:30',
      1.5,
      'Psychoedukacja',
      'Anna Wiśniewska',
      'Sala klubowa',
    ]);
    expect(sheet.getCell('E3').value).toBe('Kształtowanie proaktywnych postaw na rynku pracy');
    expect(sheet.getCell('B4').value).toBe('pt.');
    expect(sheet.getCell('D4').type).toBe(ExcelJS.ValueType.Number);

    // the total: a formula with its result, so it shows before Excel recalculates
    const total = sheet.getCell('D5');
    expect(sheet.getCell('C5').value).toBe('Razem');
    expect(total.value).toEqual({ formula: 'SUM(D2:D4)', result: 7.5 });
    expect(total.font?.bold).toBe(true);

    const empty = book.getWorksheet('Grupa 2 popołudniowa Świetlica')!;
    expect(empty.getCell('C2').value).toBe('Razem');
    expect(empty.getCell('D2').value).toBe(0);

    const info = book.getWorksheet('Informacje')!;
    expect(info.getCell('B3').value).toBe('01.01.2027–31.01.2027');
  });

  it('names sheets as Excel allows: 31 characters, no forbidden signs, unique', () => {
    const taken = new Set<string>();
    const long = 'Grupa wsparcia dla osób długotrwale bezrobotnych';
    expect(sheetName(long, taken)).toBe('Grupa wsparcia dla osób długotr');
    expect(sheetName(long, taken)).toBe('Grupa wsparcia dla osób dłu (2)');
    expect(sheetName('grupa A', taken)).toBe('grupa A');
    expect(sheetName('Grupa a', taken)).toBe('Grupa a (2)');
    expect(sheetName("'*?'", taken)).toBe('Grupa');
    for (const name of taken) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('comes as a Blob to download', async () => {
    const blob = await timetableXlsxBlob(workbook);
    expect(blob.type).toBe(XLSX_TYPE);
    expect(blob.size).toBeGreaterThan(1000);
  });
});
