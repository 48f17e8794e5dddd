import { formatDate } from '../../src-main/domain/dates';
import {
  clock,
  sessionHours,
  sortedSessions,
  totalHours,
  weekdayShort,
  type TimetableSession,
} from './timetable';
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
  const book = await newWorkbook(`Harmonogram zajęć — ${data.edition.name}`);
  const taken = new Set<string>();

  for (const group of data.groups) {
    const sheet = tableSheet(book, sheetName(group.name, taken), XLSX_COLUMNS, {
      dates: ['date'],
      wrapped: ['module'],
      footer: group.name,
    });

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
    filterTable(sheet, sessions.length, XLSX_COLUMNS.length);
  }

  infoSheet(book, [
    ['Projekt', data.project.title],
    ['Klub Integracji Społecznej', data.edition.name],
    ['Okres', `${formatDate(data.from)}–${formatDate(data.to)}`],
    ['Stan na', formatDate(data.preparedOn)],
  ]);
  return workbookBytes(book);
}

/** The workbook as a Blob for the browser's download (or Electron's save dialog). */
export async function timetableXlsxBlob(data: TimetableWorkbookData): Promise<Blob> {
  return xlsxBlob(await buildTimetableXlsx(data));
}
