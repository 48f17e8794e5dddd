import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { CourseCertificateEntry } from '../../../src-main/contract/course-certificates';
import {
  REGISTER_COLUMNS,
  type CourseCertificateRegisterData,
} from '../../../src-renderer/documents/course-certificate-register';
import {
  buildCourseCertificatesXlsx,
  courseCertificatesXlsxBlob,
  REGISTER_XLSX_COLUMNS,
} from '../../../src-renderer/documents/course-certificates-xlsx';
import { buildDocument } from '../../../src-renderer/documents/registry';
import { XLSX_TYPE } from '../../../src-renderer/documents/xlsx-parts';
import { definitionRows, definitionText, flat, pdfText } from '../../support/pdf';
import { registerEntry } from './course-certificate-fixtures';

vi.setConfig({ testTimeout: 60_000 });

/** 31 lines of 2026: no. 4 revoked and replaced by no. 31, no. 8 duplicated twice. */
function entries(): CourseCertificateEntry[] {
  const list = Array.from({ length: 30 }, (_, i) => registerEntry(i));
  list[3] = registerEntry(3, {
    status: 'revoked',
    revokedOn: '2026-12-10',
    revokeReason: 'błąd w dacie urodzenia',
    replacedByNumber: '31/2026',
  });
  list[7] = registerEntry(7, {
    duplicates: [
      { issuedOn: '2027-01-10', code: 'AB3C-DE4F' },
      { issuedOn: '2027-02-11', code: 'AB3C-DE4G' },
    ],
  });
  list[9] = registerEntry(9, { duplicates: [{ issuedOn: '2027-01-12', code: 'XY3C-DE4F' }] });
  list.push(registerEntry(30, { replacesNumber: '4/2026', issuedOn: '2026-12-10' }));
  // As the screen lists them: newest first.
  return list.reverse();
}

const data = (overrides: Partial<CourseCertificateRegisterData> = {}) => ({
  office: { name: 'Miejski Ośrodek Pomocy Rodzinie w Radomiu' },
  scope: 'rok 2026',
  preparedOn: '2027-01-15',
  entries: entries(),
  ...overrides,
});

const request = (d: CourseCertificateRegisterData) => ({
  kind: 'courseCertificateRegister' as const,
  data: d,
});

describe('the printed register of issued certificates', () => {
  it('lists the certificates in the register’s order, with every column § 25 asks for', () => {
    const rows = definitionRows(buildDocument(request(data())));
    expect(rows[0]).toEqual([...REGISTER_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(31);
    expect(body.map((r) => r[1])).toEqual(Array.from({ length: 31 }, (_, i) => `${i + 1}/2026`));
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 31 }, (_, i) => `${i + 1}.`));
    const first = registerEntry(0);
    expect(body[0]).toEqual([
      '1.',
      '1/2026',
      '01.12.2026',
      first.person,
      first.address,
      first.identity,
      first.course,
      '', // not received yet: room to sign
      '',
    ]);
    expect(body[1]![7]).toBe('02.12.2026, odebrane osobiście');
    expect(body[2]![7]).toBe('03.12.2026, wysłane pocztą');
    expect(body[4]![5]).toBe('dowód osobisty ABC 523411');
  });

  it('says in "Uwagi" what became of a certificate: revoked, replaced, duplicated', () => {
    const body = definitionRows(buildDocument(request(data()))).slice(1);
    expect(body[3]![8]).toBe(
      'Unieważnione 10.12.2026: błąd w dacie urodzenia\nZastąpione zaświadczeniem nr 31/2026',
    );
    expect(body[7]![8]).toBe('Duplikaty wydane 10.01.2027, 11.02.2027');
    expect(body[9]![8]).toBe('Duplikat wydany 12.01.2027');
    expect(body[30]![8]).toBe('Wydane w miejsce nr 4/2026');
  });

  it('prints on A4 landscape with its title, the office and the scope, the heads on every page', async () => {
    const pdf = await pdfText(buildDocument(request(data())));
    expect(pdf.pageSize).toContain('841.89 x 595.28');
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(flat(pdf.pages[0]!)).toContain(
      'Rejestr wydanych zaświadczeń o ukończeniu kursu Miejski Ośrodek Pomocy Rodzinie w Radomiu rok 2026 · stan na 15.01.2027',
    );
    for (const [i, page] of pdf.pages.entries()) {
      expect(page).toMatch(/Lp\.\s+Nr\s+Data\s+Nazwisko i imię\s+Adres\s+PESEL lub/);
      expect(flat(page)).toContain(`Strona ${i + 1} z ${pdf.pageCount}`);
    }
    const text = flat(pdf.text);
    for (let n = 1; n <= 31; n++) expect(text).toContain(`${n}/2026`);
    expect(text).toContain('Łęcka-Ślusarczyk');
    // A PESEL is never broken across lines.
    expect(pdf.text).toContain('PESEL 88030510028');
  });

  it('says so when nothing was issued', () => {
    const doc = buildDocument(request(data({ entries: [] })));
    expect(definitionRows(doc)).toEqual([]);
    expect(definitionText(doc)).toContain('Brak wydanych zaświadczeń.');
  });
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

describe('the register as a workbook', () => {
  it('has the printed columns with real dates, the receipt split in date and how', async () => {
    const book = await readBack(await buildCourseCertificatesXlsx(data()));
    const sheet = book.getWorksheet('Rejestr')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...REGISTER_XLSX_COLUMNS.map((c) => c.header),
    ]);
    expect(sheet.rowCount).toBe(32);
    // A workbook read back has no column keys: they are found by the exported columns' order.
    type Key = (typeof REGISTER_XLSX_COLUMNS)[number]['key'];
    const column = (key: Key) => REGISTER_XLSX_COLUMNS.findIndex((c) => c.key === key) + 1;
    const row = (n: number) => {
      const r = sheet.getRow(n + 1);
      return { getCell: (key: Key) => r.getCell(column(key)) };
    };
    expect(row(1).getCell('number').value).toBe('1/2026');
    expect(row(1).getCell('issuedOn').value).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(row(1).getCell('issuedOn').numFmt).toBe('dd.mm.yyyy');
    expect(row(1).getCell('receivedOn').value).toBeNull();
    expect(row(2).getCell('receivedOn').value).toEqual(new Date(Date.UTC(2026, 11, 2)));
    expect(row(2).getCell('receivedHow').value).toBe('odebrane osobiście');
    expect(row(3).getCell('receivedHow').value).toBe('wysłane pocztą');
    expect(row(4).getCell('status').value).toBe('unieważnione');
    expect(row(4).getCell('remarks').value).toBe(
      'Unieważnione 10.12.2026: błąd w dacie urodzenia\nZastąpione zaświadczeniem nr 31/2026',
    );
    expect(row(8).getCell('remarks').value).toBe('Duplikaty wydane 10.01.2027, 11.02.2027');
    expect(row(1).getCell('status').value).toBe('ważne');
    expect(row(1).getCell('code').value).toBe('K7QM-3XPD');
    expect(row(1).getCell('person').value).toBe(registerEntry(0).person);
    expect(row(31).getCell('lp').value).toBe(31);
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('says what was exported on a sheet of its own', async () => {
    const book = await readBack(await buildCourseCertificatesXlsx(data()));
    const info = book.getWorksheet('Informacje')!;
    const pairs = info.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    expect(pairs).toContainEqual(['Ośrodek', 'Miejski Ośrodek Pomocy Rodzinie w Radomiu']);
    expect(pairs).toContainEqual(['Zakres', 'rok 2026']);
    expect(pairs).toContainEqual(['Stan na', '15.01.2027']);
    expect(pairs).toContainEqual(['Liczba pozycji', 31]);
  });

  it('is a Blob of the XLSX type for the download', async () => {
    const blob = await courseCertificatesXlsxBlob(data({ entries: [] }));
    expect(blob.type).toBe(XLSX_TYPE);
    expect(blob.size).toBeGreaterThan(1000);
  });
});
