import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { AttendanceListsData } from '../../src-main/contract/attendance';
import { formatHours } from '../../src-main/domain/attendance/hours';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import { documentDefinition, quotedTitle, type PrintedDocument } from './page-frame';
import { projectNumber, ruledLayout, signatureOnRight } from './parts';
import { clock, isoWeekday } from './timetable';

/**
 * Attendance lists (listy obecności) of the club's sessions: one sheet per session, each a
 * copy of its own (a new page, its own "Strona X z Y"), for the members to sign on the day
 * and the trainer to countersign. Printed from the plan and the groups as they stand — a
 * blank form, not an issued act, so it is never entered in the register of issued
 * documents. Portrait A4: a group of 30 signs on one page, EU strip and all; a longer list
 * runs onto a second page with the header row repeated.
 */

export type AttendanceSheet = AttendanceListsData['sheets'][number];

const WEEKDAYS = [
  'poniedziałek',
  'wtorek',
  'środa',
  'czwartek',
  'piątek',
  'sobota',
  'niedziela',
] as const;

/** "środa, 2 grudnia 2026 r.": on a paper signed on the day, the day in full. */
export const dayInWords = (date: string): string =>
  `${WEEKDAYS[isoWeekday(date) - 1]!}, ${formatDateLong(date)}`;

/** "9:00–13:00 (4 h)". */
export const sessionTime = (sheet: { from: number; to: number }): string =>
  `${clock(sheet.from)}–${clock(sheet.to)} (${formatHours(sheet.to - sheet.from)})`;

/** The column of names says what order they are in: "Kowalski Jan". */
export const NAME_HEADER = 'Nazwisko i imię';
export const NO_PARTICIPANTS = 'Brak uczestników w tym dniu';

/**
 * The page's height between the frame's margins (page-frame.ts: 2 cm, more under the EU strip
 * and above the co-financing sentence), repeated here: the test "fits 30 people on one page
 * under the EU strip" fails if the frame grows them.
 */
function bodyHeight(project: AttendanceListsData['project']): number {
  const top = project.isEfs && project.logoStrip ? 94 : 57;
  const bottom = project.isEfs ? 67 : 57;
  return 841.89 - top - bottom;
}

/** „Aktywni razem” nr FEMA.09.01-IZ.00-0001/24 — the number never broken at its hyphens. */
const projectLine = (data: AttendanceListsData): string =>
  `${quotedTitle(data.project.title)}${projectNumber(data.project.number)}`;

/** The particulars' columns: label, value, label, value (481 pt between the margins). */
const PARTICULARS_WIDTHS = [60, '*', 60, 125] as const;
/** The module's column: what the fixed columns and every cell's right padding leave. */
const LEFT_VALUE = 481 - 60 - 60 - 125 - 4 * 8;
const WIDE_VALUE = 481 - 60 - 8;
const PARTICULARS_FONT = 9.5;
const PARTICULARS_LINE = PARTICULARS_FONT * 1.1 * 1.17;

/** Lines a text takes in a column, estimated on the safe side (Roboto averages ~0,5 em). */
const linesOf = (text: string, width: number): number =>
  Math.max(1, Math.ceil((text.length * PARTICULARS_FONT * 0.56) / width));

/**
 * What a sheet takes besides its rows, at most: the title, the particulars (as many lines as
 * the project's title and the module's name will wrap to), the header row and the trainer's
 * signature.
 */
function sheetFurniture(project: string, sheet: AttendanceSheet): number {
  const lines =
    linesOf(project, WIDE_VALUE) +
    2 +
    Math.max(linesOf(sheet.module, LEFT_VALUE), linesOf(sheet.trainer, 125));
  return 24 + lines * (PARTICULARS_LINE + 0.5) + 6 + 16 + 36 + 4;
}

/** A row's pitch (its height with the padding and the rule): at most 1 cm, at least 5,8 mm. */
const MAX_PITCH = 28;
const MIN_PITCH = 16.5;
const ROW_EXTRA = 4.5;

/**
 * The height of a row to sign in: as tall as lets the whole list fit one page, up to 1 cm —
 * a group of 30 under the EU strip gets about 6 mm, a group of 14 the full centimetre. A list
 * too long for one page even at the least height is spread evenly over as few pages as it
 * needs, so its last page does not hold three names and the signature.
 */
function rowHeight(data: AttendanceListsData, sheet: AttendanceSheet): number {
  const body = bodyHeight(data.project);
  const first = body - sheetFurniture(projectLine(data), sheet);
  // A further page repeats the header row and keeps a margin for rows that do not fill it.
  const further = body - 16 - MAX_PITCH;
  const names = Math.max(sheet.names.length, 1);
  for (let pages = 1; ; pages++) {
    const pitch = Math.floor(((first + (pages - 1) * further) / names) * 2) / 2;
    if (pitch >= MIN_PITCH) return Math.min(pitch, MAX_PITCH) - ROW_EXTRA;
  }
}

const grid = ruledLayout({ x: 4, y: 2, rules: '#555555' });

/** Label and value, without rules: the sheet's particulars above the table. */
const plain: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 0,
  paddingBottom: () => 0.5,
};

function particulars(data: AttendanceListsData, sheet: AttendanceSheet): Content {
  const label = (text: string): TableCell => ({ text, bold: true });
  return {
    table: {
      widths: [...PARTICULARS_WIDTHS],
      body: [
        [label('Projekt:'), { text: projectLine(data), colSpan: 3 }, {}, {}],
        [label('Edycja KIS:'), data.edition.name, label('Grupa:'), sheet.group],
        [
          label('Data:'),
          { text: dayInWords(sheet.date), bold: true },
          label('Godziny:'),
          { text: sessionTime(sheet), bold: true },
        ],
        [label('Moduł:'), sheet.module, label('Prowadzący:'), sheet.trainer],
      ],
    },
    layout: plain,
    fontSize: PARTICULARS_FONT,
    lineHeight: 1.1,
    margin: [0, 0, 0, 6],
  };
}

function namesTable(data: AttendanceListsData, sheet: AttendanceSheet): Content {
  const height = rowHeight(data, sheet);
  const header: TableCell[] = ['Lp.', NAME_HEADER, 'Podpis uczestnika'].map((text) => ({
    text,
    bold: true,
    fontSize: 9,
    alignment: text === 'Lp.' ? 'right' : 'left',
  }));
  const middle = { verticalAlignment: 'middle' } as const;
  const rows: TableCell[][] =
    sheet.names.length === 0
      ? [[{ text: NO_PARTICIPANTS, colSpan: 3, italics: true, ...middle }, {}, {}]]
      : sheet.names.map((name, i) => [
          { text: `${i + 1}.`, alignment: 'right', ...middle },
          { text: name, ...middle },
          { text: '' },
        ]);
  return {
    table: {
      // The header row repeats when a long list runs onto the next page.
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [22, 200, '*'],
      heights: (row: number) => (row === 0 ? 'auto' : height),
      body: [header, ...rows],
    },
    layout: grid,
    fontSize: 10,
    // One line of a name, without the paragraph's leading: the row's height is for signing.
    lineHeight: 1,
  };
}

function sheetBody(data: AttendanceListsData, sheet: AttendanceSheet): Content[] {
  return [
    { text: 'Lista obecności', style: 'title', margin: [0, 0, 0, 6] },
    particulars(data, sheet),
    namesTable(data, sheet),
    // The trainer confirms the list under it, on the right.
    signatureOnRight(`podpis prowadzącego zajęcia (${sheet.trainer})`, {
      above: 22,
      captionGap: 2,
    }),
  ];
}

/** A long module's name cut short, so the footer keeps to one line beside the page number. */
function shortened(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "Lista obecności · Grupa 1 · 02.12.2026 9:00–13:00 · Psychoedukacja". */
export const sheetLabel = (sheet: AttendanceSheet): string =>
  `Lista obecności · ${sheet.group} · ${formatDate(sheet.date)} ${clock(sheet.from)}–${clock(sheet.to)} · ${shortened(sheet.module)}`;

/** The PDF's title: the one sheet's label, or how many sheets of which edition. */
function listsTitle(data: AttendanceListsData): string {
  const only = data.sheets.length === 1 ? data.sheets[0] : undefined;
  if (only) return sheetLabel(only);
  const dates = data.sheets.map((s) => s.date).sort();
  const from = formatDate(dates[0]!);
  const to = formatDate(dates.at(-1)!);
  return `Listy obecności · ${data.edition.name} · ${from === to ? from : `${from}–${to}`}`;
}

export function attendanceListsDocument(data: AttendanceListsData): PrintedDocument {
  if (data.sheets.length === 0) {
    throw new Error('W wybranym okresie nie ma zajęć: nie ma list obecności do wydrukowania.');
  }
  return {
    frame: {
      title: listsTitle(data),
      author: data.office.name,
      orientation: 'portrait',
      project: data.project,
    },
    copies: data.sheets.map((sheet) => ({
      footer: sheetLabel(sheet),
      body: sheetBody(data, sheet),
    })),
  };
}

export function buildAttendanceLists(data: AttendanceListsData): TDocumentDefinitions {
  return documentDefinition(attendanceListsDocument(data));
}
