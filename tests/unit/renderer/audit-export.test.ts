import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditSearchRow } from '../../../src-main/contract/audit';
import {
  buildCsv,
  buildXlsx,
  csvCell,
  CSV_BOM,
  EXPORT_COLUMNS,
  excelLocalTime,
  toExportRecord,
  type ExportRecord,
} from '../../../src-renderer/features/audit/audit-export';

// The office's time zone: "Kiedy" is written as the screen shows it, in local time.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Warsaw';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const row = (overrides: Partial<AuditSearchRow> = {}): AuditSearchRow => ({
  id: 7,
  at: '2026-11-23T09:04:31.123Z',
  actorId: 2,
  actorName: 'Halina Ćwik',
  channel: 'participants.update',
  entity: 'participant',
  entityId: 5,
  action: 'update',
  changedFields: ['address.locality', 'notes', 'familyMembers.0.firstName'],
  participantId: 5,
  participantName: 'Łapińska Żaneta',
  subject: null,
  ...overrides,
});

describe('an entry as exported', () => {
  it('is in words: the action, the object, the person and the fields in Polish', () => {
    expect(toExportRecord(row())).toEqual({
      id: 7,
      at: '2026-11-23T09:04:31.123Z',
      actor: 'Halina Ćwik',
      action: 'Zmiana danych',
      subject: 'Uczestnik',
      person: 'Łapińska Żaneta',
      fields: 'Miejscowość, Uwagi, Imię',
      channel: 'participants.update',
    });
    expect(
      toExportRecord(
        row({
          entity: 'contract',
          action: 'view',
          subject: 'KS/2026/0007',
          changedFields: ['document'],
        }),
      ),
    ).toMatchObject({
      action: 'Wgląd w dane',
      subject: 'Kontrakt socjalny KS/2026/0007',
      fields: 'Dokument',
    });
    expect(toExportRecord(row({ entity: 'contract', subject: null })).subject).toBe(
      'Kontrakt socjalny (szkic)',
    );
    expect(
      toExportRecord(
        row({ entity: 'enrolment', subject: 'Aktywna integracja', changedFields: [] }),
      ),
    ).toMatchObject({ subject: 'Udział w projekcie „Aktywna integracja”', fields: '' });
    expect(toExportRecord(row({ actorName: null, participantName: null })).actor).toBe('—');
  });
});

describe('CSV', () => {
  it('quotes a cell with a semicolon, a quote or a line break, and doubles its quotes', () => {
    expect(csvCell('Kowalska Anna')).toBe('Kowalska Anna');
    expect(csvCell('Uwagi; Telefon')).toBe('"Uwagi; Telefon"');
    expect(csvCell('Projekt „Razem” i "Krok"')).toBe('"Projekt „Razem” i ""Krok"""');
    expect(csvCell('dwa\nwiersze')).toBe('"dwa\nwiersze"');
    expect(csvCell('dwa\r\nwiersze')).toBe('"dwa\r\nwiersze"');
    expect(csvCell('przecinek, zostaje')).toBe('przecinek, zostaje');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('')).toBe('');
  });

  it('keeps a would-be formula as text: a leading apostrophe before = + - @, tab and CR', () => {
    expect(csvCell('=HYPERLINK("http://zly.example","klik")')).toBe(
      `"'=HYPERLINK(""http://zly.example"",""klik"")"`,
    );
    expect(csvCell('+48 601 234 567')).toBe("'+48 601 234 567");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    // Not at the start: no formula, nothing added.
    expect(csvCell('Anna=Nowak')).toBe('Anna=Nowak');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('is UTF-8 text with a BOM, semicolons, CRLF lines and the office’s local time', () => {
    const csv = buildCsv([
      toExportRecord(row()),
      toExportRecord(row({ id: 8, actorName: '=cmd|calc', participantName: 'Nowak; Jan' })),
    ]);

    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Nr wpisu;Kiedy;Kto;Czynność;Czego dotyczy;Osoba;Zmienione pola;Kanał',
      '7;23.11.2026 10:04:31;Halina Ćwik;Zmiana danych;Uczestnik;Łapińska Żaneta;Miejscowość, Uwagi, Imię;participants.update',
      `8;23.11.2026 10:04:31;'=cmd|calc;Zmiana danych;Uczestnik;"Nowak; Jan";Miejscowość, Uwagi, Imię;participants.update`,
      '',
    ]);
  });

  it('has the header alone when nothing matched', () => {
    expect(buildCsv([])).toBe(`${CSV_BOM}${EXPORT_COLUMNS.map((c) => c.title).join(';')}\r\n`);
  });
});

describe('XLSX', () => {
  const records: ExportRecord[] = [
    toExportRecord(row()),
    toExportRecord(
      row({ id: 8, at: '2026-07-01T22:30:00.000Z', actorName: '=1+1', participantName: null }),
    ),
  ];

  it('writes local wall time into the UTC fields Excel reads', () => {
    // 23.11 10:04:31 in Warsaw (UTC+1); 2.07 00:30 in summer (UTC+2) — the next day.
    expect(excelLocalTime('2026-11-23T09:04:31.123Z').toISOString()).toBe(
      '2026-11-23T10:04:31.000Z',
    );
    expect(excelLocalTime('2026-07-01T22:30:00.000Z').toISOString()).toBe(
      '2026-07-02T00:30:00.000Z',
    );
  });

  it('makes a workbook that reads back: headers, numbers, dates and text as typed', async () => {
    const bytes = await buildXlsx(records, [
      ['Liczba wpisów', '2'],
      ['Osoba', 'każda'],
    ]);
    // A ZIP file (PK\x03\x04), as every .xlsx is.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Dziennik zdarzeń')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.title)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(7);
    expect((first.getCell(2).value as Date).toISOString()).toBe('2026-11-23T10:04:31.000Z');
    expect(first.getCell(2).numFmt).toBe('dd.mm.yyyy hh:mm:ss');
    expect(first.getCell(3).value).toBe('Halina Ćwik');
    expect(first.getCell(6).value).toBe('Łapińska Żaneta');
    expect(first.getCell(7).value).toBe('Miejscowość, Uwagi, Imię');
    // Text that looks like a formula is a string cell, never a formula.
    const second = sheet.getRow(3);
    expect(second.getCell(3).value).toBe('=1+1');
    expect(second.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(6).value).toBe('');
    expect(sheet.autoFilter).toBeTruthy();

    const info = book.getWorksheet('Informacje')!;
    expect(info.getRow(1).values).toEqual([undefined, 'Liczba wpisów', '2']);
    expect(info.getRow(2).values).toEqual([undefined, 'Osoba', 'każda']);
  });
});
