import { formatDate } from '../../src-main/domain/dates';
import {
  inRegisterOrder,
  RECEIPT_WORDS,
  REGISTER_TITLE,
  remarks,
  type CourseCertificateRegisterData,
} from './course-certificate-register';
import {
  excelDate,
  filterTable,
  infoSheet,
  newWorkbook,
  tableSheet,
  workbookBytes,
  xlsxBlob,
} from './xlsx-parts';

/**
 * The register of issued course certificates as a workbook (as the printed register, for the
 * office's own spreadsheet work): the printed columns with typed cells — the dates Excel
 * dates, so sorting and filtering work — the confirmation of receipt split into its date and
 * how, and beside them the state and the verification code. ExcelJS is loaded only when
 * someone exports (timetable-xlsx.ts does the same).
 */

export const REGISTER_XLSX_COLUMNS = [
  { header: 'Lp.', key: 'lp', width: 5 },
  { header: 'Nr zaświadczenia', key: 'number', width: 14 },
  { header: 'Data wydania', key: 'issuedOn', width: 12 },
  { header: 'Nazwisko i imię', key: 'person', width: 28 },
  { header: 'Adres', key: 'address', width: 34 },
  { header: 'PESEL lub nr dokumentu', key: 'identity', width: 24 },
  { header: 'Nazwa kursu', key: 'course', width: 44 },
  { header: 'Data odbioru', key: 'receivedOn', width: 12 },
  { header: 'Sposób odbioru', key: 'receivedHow', width: 18 },
  { header: 'Uwagi', key: 'remarks', width: 44 },
  { header: 'Stan', key: 'status', width: 13 },
  { header: 'Kod weryfikacyjny', key: 'code', width: 14 },
] as const;

const STATUS_WORDS = { valid: 'ważne', revoked: 'unieważnione' } as const;

export async function buildCourseCertificatesXlsx(
  data: CourseCertificateRegisterData,
): Promise<Uint8Array> {
  const book = await newWorkbook(
    `${REGISTER_TITLE}${data.scope.trim() ? ` — ${data.scope.trim()}` : ''}`,
  );
  const sheet = tableSheet(book, 'Rejestr', REGISTER_XLSX_COLUMNS, {
    dates: ['issuedOn', 'receivedOn'],
    wrapped: ['address', 'course', 'remarks'],
    footer: REGISTER_TITLE,
  });

  const entries = inRegisterOrder(data.entries);
  entries.forEach((entry, i) => {
    sheet.addRow({
      lp: i + 1,
      number: entry.number,
      issuedOn: excelDate(entry.issuedOn),
      person: entry.person,
      address: entry.address,
      identity: entry.identity,
      course: entry.course,
      receivedOn: entry.receivedOn ? excelDate(entry.receivedOn) : null,
      receivedHow: entry.receivedHow ? RECEIPT_WORDS[entry.receivedHow] : null,
      remarks: remarks(entry).join('\n') || null,
      status: STATUS_WORDS[entry.status],
      code: entry.code,
    });
  });
  filterTable(sheet, entries.length, REGISTER_XLSX_COLUMNS.length);

  infoSheet(book, [
    ['Rejestr', REGISTER_TITLE],
    ['Ośrodek', data.office.name],
    ['Zakres', data.scope.trim() || 'wszystkie zaświadczenia'],
    ['Stan na', formatDate(data.preparedOn)],
    ['Liczba pozycji', entries.length],
  ]);
  return workbookBytes(book);
}

/** The workbook as a Blob for the browser's download (or Electron's save dialog). */
export async function courseCertificatesXlsxBlob(
  data: CourseCertificateRegisterData,
): Promise<Blob> {
  return xlsxBlob(await buildCourseCertificatesXlsx(data));
}
