import dayjs from 'dayjs';
import type { AuditSearchRow } from '../../../src-main/contract/audit';
import {
  actorText,
  AUDIT_ACTION_LABELS,
  changedFieldsText,
  entryTime,
  subjectText,
} from './audit-labels';

/** One entry as exported: what the screen's table shows, in words, and the channel. */
export interface ExportRecord {
  id: number;
  /** The entry's instant (ISO, UTC); written as the office's local time. */
  at: string;
  actor: string;
  action: string;
  subject: string;
  person: string;
  fields: string;
  channel: string;
}

export const EXPORT_COLUMNS: { key: keyof ExportRecord; title: string; width: number }[] = [
  { key: 'id', title: 'Nr wpisu', width: 10 },
  { key: 'at', title: 'Kiedy', width: 20 },
  { key: 'actor', title: 'Kto', width: 24 },
  { key: 'action', title: 'Czynność', width: 22 },
  { key: 'subject', title: 'Czego dotyczy', width: 40 },
  { key: 'person', title: 'Osoba', width: 26 },
  { key: 'fields', title: 'Zmienione pola', width: 50 },
  { key: 'channel', title: 'Kanał', width: 28 },
];

export function toExportRecord(row: AuditSearchRow): ExportRecord {
  return {
    id: row.id,
    at: row.at,
    actor: actorText(row.actorName),
    action: AUDIT_ACTION_LABELS[row.action] ?? row.action,
    subject: subjectText(row),
    person: row.participantName ?? '',
    fields: changedFieldsText(row.changedFields),
    channel: row.channel,
  };
}

// ---------------------------------------------------------------------------------------------
// CSV as Polish Excel opens it with a double click: UTF-8 with a BOM (else it reads the file
// as Windows-1250 and "Łapińska" turns to mojibake), semicolons (a comma is the decimal sign
// in Polish), CRLF, and quotes only where a cell needs them.

/**
 * A cell that a spreadsheet would take for a formula (=, +, -, @, or a tab or CR before one)
 * is written with a leading apostrophe, so a name typed as `=HYPERLINK(…)` stays text
 * (OWASP: CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_BOM = '\uFEFF';

/** The header and one line per record. */
export function buildCsv(records: ExportRecord[]): string {
  const lines = [
    EXPORT_COLUMNS.map((c) => csvCell(c.title)),
    ...records.map((r) =>
      EXPORT_COLUMNS.map((c) => csvCell(c.key === 'at' ? entryTime(r.at) : r[c.key])),
    ),
  ].map((cells) => cells.join(';'));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// XLSX through ExcelJS, loaded only when someone exports (its chunk is ~1 MB). Cells are
// typed: the entry number is a number and "Kiedy" a date, so Excel sorts and filters them;
// text is written as text, never as a formula, so it needs no apostrophe.

/**
 * An Excel date has no time zone and ExcelJS writes a Date by its UTC fields: the office's
 * local wall time is put into those, so the cell shows what the screen showed.
 */
export function excelLocalTime(at: string): Date {
  const d = dayjs(at);
  return new Date(Date.UTC(d.year(), d.month(), d.date(), d.hour(), d.minute(), d.second()));
}

/** The workbook's bytes: the entries, and a second sheet saying what was exported. */
export async function buildXlsx(
  records: ExportRecord[],
  about: [string, string][],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Aktywator';
  const sheet = book.addWorksheet('Dziennik zdarzeń', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.title, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('at').numFmt = 'dd.mm.yyyy hh:mm:ss';
  for (const r of records) sheet.addRow({ ...r, at: excelLocalTime(r.at) });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };

  const info = book.addWorksheet('Informacje');
  info.columns = [{ width: 28 }, { width: 80 }];
  for (const line of about) info.addRow(line);
  info.getColumn(1).font = { bold: true };

  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** "dziennik-zdarzen-2026-11-23-1004.csv": when it was exported, in the office's time. */
export const exportFileName = (extension: 'csv' | 'xlsx', now = new Date()) =>
  `dziennik-zdarzen-${dayjs(now).format('YYYY-MM-DD-HHmm')}.${extension}`;

/**
 * Saves a file the way both hosts allow: a link with `download` to an object URL — the
 * browser's download under the web host, the save dialog under Electron.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the time a minute has passed.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
