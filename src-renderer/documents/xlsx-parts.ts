import type { Workbook, Worksheet } from 'exceljs';

/*
 * What the exported workbooks share (the club's timetable, the certificate register): a
 * table sheet printed landscape on A4 with its header row kept, dates as Excel dates, a
 * filter over the table, and a last sheet saying what was exported. ExcelJS is loaded only
 * when someone exports (its chunk is ~1 MB).
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A date as Excel keeps it: no time zone; ExcelJS writes a Date by its UTC fields. */
export function excelDate(iso: string): Date {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
}

/** A new workbook made by Aktywator. */
export async function newWorkbook(title: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Aktywator';
  book.title = title;
  return book;
}

type Column = { readonly header: string; readonly key: string; readonly width: number };

/**
 * A sheet holding one table: its header row bold, wrapped and frozen (and printed on every
 * page), landscape A4 one page wide, the `dates` columns as dd.mm.yyyy, the `wrapped` ones
 * wrapped at the top, the footer naming `footer` and the page.
 */
export function tableSheet(
  book: Workbook,
  name: string,
  columns: readonly Column[],
  options: { dates: readonly string[]; wrapped: readonly string[]; footer: string },
): Worksheet {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const key of options.dates) sheet.getColumn(key).numFmt = 'dd.mm.yyyy';
  for (const key of options.wrapped)
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  sheet.headerFooter = { oddFooter: `&L${options.footer}&RStrona &P z &N` };
  sheet.pageSetup.printTitlesRow = '1:1';
  return sheet;
}

/** The filter buttons over the table's header and its `rows` rows (the header not counted). */
export function filterTable(sheet: Worksheet, rows: number, columns: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: columns } };
}

/** The last sheet, "Informacje": what was exported, a label and its value a row. */
export function infoSheet(book: Workbook, rows: [string, string | number][]): void {
  const info = book.addWorksheet('Informacje');
  info.columns = [{ width: 26 }, { width: 70 }];
  info.addRows([...rows, ['Wykonano w', 'Aktywator']]);
  info.getColumn(1).font = { bold: true };
}

/** The workbook's bytes, and as a Blob for the browser's download (or Electron's save dialog). */
export async function workbookBytes(book: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export function xlsxBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}
