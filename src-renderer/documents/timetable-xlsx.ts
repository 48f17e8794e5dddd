import { formatDate } from '../../src-main/domain/dates';
import {
  clock,
  sessionHours,
  sortedSessions,
  totalHours,
  weekdayShort,
  type TimetableSession,
} from './timetable';

/**
 * The club's timetable over a range of dates as a workbook, for the office's own spreadsheet
 * work: one sheet per group with the printed timetable's columns, typed cells (the date an
 * Excel date, the hours a number, so sorting, filtering and sums work), and a sheet saying
 * what was exported. ExcelJS is loaded only when someone exports (its chunk is ~1 MB).
 */

export type TimetableWorkbookData = {
  project: { title: string };
  edition: { name: string };
  from: string;
  to: string;
  preparedOn: string;
  groups: { name: string; sessions: TimetableSession[] }[];
};

export const XLSX_COLUMNS = [
  { header: 'Data', key: 'date', width: 12 },
  { header: 'Dzień', key: 'weekday', width: 7 },
  { header: 'Godziny', key: 'hours', width: 13 },
  { header: 'Liczba godzin', key: 'length', width: 8 },
  { header: 'Moduł', key: 'module', width: 50 },
  { header: 'Prowadzący', key: 'trainer', width: 26 },
  { header: 'Sala', key: 'room', width: 24 },
] as const;

/** A date as Excel keeps it: no time zone; ExcelJS writes a Date by its UTC fields. */
export function excelDate(iso: string): Date {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, not empty, no
 * apostrophe at either end, and unique in the book regardless of case ("Grupa 1 (2)").
 */
export function sheetName(name: string, taken: Set<string>): string {
  const clean =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .replace(/^[\s']+|[\s']+$/g, '')
      .replace(/\s+/g, ' ') || 'Grupa';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase('pl'))) {
      taken.add(candidate.toLocaleLowerCase('pl'));
      return candidate;
    }
  }
}

export async function buildTimetableXlsx(data: TimetableWorkbookData): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Aktywator';
  book.title = `Harmonogram zajęć — ${data.edition.name}`;
  const taken = new Set<string>();

  for (const group of data.groups) {
    const sheet = book.addWorksheet(sheetName(group.name, taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    sheet.columns = XLSX_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    sheet.getColumn('date').numFmt = 'dd.mm.yyyy';
    sheet.getColumn('module').alignment = { wrapText: true, vertical: 'top' };

    const sessions = sortedSessions(group.sessions);
    for (const s of sessions) {
      sheet.addRow({
        date: excelDate(s.date),
        weekday: weekdayShort(s.date),
        hours: `${clock(s.from)}–${clock(s.to)}`,
        length: sessionHours(s),
        module: s.duty ? `${s.module} (dyżur)` : s.module,
        trainer: s.trainer,
        room: s.room,
      });
    }
    const last = sessions.length + 1;
    const total = sheet.addRow({
      hours: 'Razem',
      length:
        sessions.length > 0 ? { formula: `SUM(D2:D${last})`, result: totalHours(sessions) } : 0,
    });
    total.font = { bold: true };
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: last, column: XLSX_COLUMNS.length },
    };
    sheet.headerFooter = { oddFooter: `&L${group.name}&RStrona &P z &N` };
    sheet.pageSetup.printTitlesRow = '1:1';
  }

  const info = book.addWorksheet('Informacje');
  info.columns = [{ width: 26 }, { width: 70 }];
  info.addRows([
    ['Projekt', data.project.title],
    ['Klub Integracji Społecznej', data.edition.name],
    ['Okres', `${formatDate(data.from)}–${formatDate(data.to)}`],
    ['Stan na', formatDate(data.preparedOn)],
    ['Wykonano w', 'Aktywator'],
  ]);
  info.getColumn(1).font = { bold: true };

  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as a Blob for the browser's download (or Electron's save dialog). */
export async function timetableXlsxBlob(data: TimetableWorkbookData): Promise<Blob> {
  const bytes = await buildTimetableXlsx(data);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}
