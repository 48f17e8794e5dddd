import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { addDays, daysInMonth, formatDate, toIsoDate } from '../../src-main/domain/dates';
import {
  documentDefinition,
  quotedTitle,
  type FundedProject,
  type PrintedDocument,
} from './page-frame';
import { ruledLayout } from './parts';

/**
 * The club's timetable (harmonogram zajęć) for one month: a group's, to hang in the club and
 * hand to its members, or a trainer's, with the hours they will bill. It is printed from the
 * plan as it stands — not a signed act, so it is never entered in the register of issued
 * documents (a re-plan changes it; it is printed again). Landscape A4: the module's long name
 * ("Kształtowanie proaktywnych postaw na rynku pracy") needs the width beside five columns.
 * The table's two header rows (who and which month, then the column names) repeat on every
 * page, so a loose second page still says whose timetable it is.
 */

/** One session as the timetable prints it: names resolved, times in minutes since midnight. */
export type TimetableSession = {
  date: string;
  from: number;
  to: number;
  module: string;
  /** A consultation duty (dyżur): the specialist is in the club for individual talks. */
  duty: boolean;
  trainer: string;
  group: string;
  room: string;
};

/** A day without classes that would otherwise be a meeting day: a public holiday or the office's. */
export type DayOff = { date: string; name: string };

export type TimetableDocumentData = {
  variant: 'group' | 'trainer';
  office: { name: string };
  /** The project; its EU marking (logo strip, co-financing sentence) when it is an EFS one. */
  project: FundedProject & { number: string | null; measure: string | null };
  edition: { name: string; startDate: string; endDate: string };
  /** The group's name, or the trainer's. */
  subject: string;
  /** The trainer's specialisations ("psycholog, terapeuta uzależnień"), or null. */
  subjectNote: string | null;
  /** 'YYYY-MM'. */
  month: string;
  sessions: TimetableSession[];
  daysOff: DayOff[];
  /** The day the plan was printed as it stood. */
  preparedOn: string;
};

const MONTHS = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
] as const;

/** ISO weekday 1 (Monday) … 7 (Sunday). */
const WEEKDAYS = ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'] as const;

/** "styczeń 2027" for '2027-01'. */
export function monthName(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !name) throw new RangeError(`Not a month (YYYY-MM): ${JSON.stringify(month)}`);
  return `${name} ${m[1]}`;
}

/** The month's first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  monthName(month); // validates
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { from: toIsoDate(year, m, 1), to: toIsoDate(year, m, daysInMonth(year, m)) };
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  return ((d.getUTCDay() + 6) % 7) + 1;
}

/** "pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz.". */
export const weekdayShort = (date: string): string => WEEKDAYS[isoWeekday(date) - 1]!;

/** "04.01.2027 (pon.)". */
export const dateWithWeekday = (date: string): string =>
  `${formatDate(date)} (${weekdayShort(date)})`;

/** 540 → "9:00". */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 2 → "2", 1.5 → "1,5", 0.75 → "0,75". */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace('.', ',');
}

export const sessionHours = (s: { from: number; to: number }): number => (s.to - s.from) / 60;

/** Sessions in date and time order (then by group and module, so equal times are stable). */
export function sortedSessions(sessions: readonly TimetableSession[]): TimetableSession[] {
  return [...sessions].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.from - b.from ||
      a.to - b.to ||
      a.group.localeCompare(b.group, 'pl') ||
      a.module.localeCompare(b.module, 'pl'),
  );
}

export const totalHours = (sessions: readonly { from: number; to: number }[]): number =>
  sessions.reduce((sum, s) => sum + sessionHours(s), 0);

/**
 * The month's days inside the cycle that would be meeting days (their weekday is in
 * `meetingWeekdays`) but are a public holiday or one of the office's days off: printed as
 * a line "no classes", never as a session.
 */
export function daysOffInMonth(options: {
  month: string;
  cycle: { startDate: string; endDate: string };
  meetingWeekdays: readonly number[];
  officeDaysOff: readonly string[];
  holidayOn: (date: string) => { name: string } | null;
}): DayOff[] {
  const { from, to } = monthRange(options.month);
  const days: DayOff[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (date < options.cycle.startDate || date > options.cycle.endDate) continue;
    if (!options.meetingWeekdays.includes(isoWeekday(date))) continue;
    const holiday = options.holidayOn(date);
    if (holiday) days.push({ date, name: holiday.name });
    else if (options.officeDaysOff.includes(date)) days.push({ date, name: 'dzień wolny ośrodka' });
  }
  return days;
}

const COLUMNS = {
  group: ['Data', 'Godziny', 'Liczba godzin', 'Moduł', 'Prowadzący', 'Sala'],
  trainer: ['Data', 'Godziny', 'Liczba godzin', 'Moduł', 'Grupa', 'Sala'],
} as const;

/** Landscape A4 between 2 cm margins is 728 pt; the module takes what is left. */
const WIDTHS = [84, 62, 40, '*', 125, 125];

const SHADE = '#efefef';
const HEADER_SHADE = '#e8e8e8';

/** Thin grey rules; every other day shaded, so a day's sessions read as one block. */
function layout(shadedRows: ReadonlySet<number>): CustomTableLayout {
  return ruledLayout({
    x: 4,
    y: 2,
    fill: (row) => (row < 2 ? HEADER_SHADE : shadedRows.has(row) ? SHADE : null),
  });
}

const cell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  style: 'tableCell',
  ...extra,
});

/** What the caption row calls the subject: "Grupa 1", "Prowadzący: Anna Wiśniewska (psycholog)". */
function subjectLine(data: TimetableDocumentData): string {
  if (data.variant === 'group') return data.subject;
  return `Prowadzący: ${data.subject}${data.subjectNote ? ` (${data.subjectNote})` : ''}`;
}

function sessionRow(s: TimetableSession, variant: TimetableDocumentData['variant']): TableCell[] {
  // A duty module not named so says it under its name: the members come one by one.
  const moduleCell: TableCell =
    s.duty && !/dyżur/i.test(s.module)
      ? {
          stack: [
            { text: s.module, style: 'tableCell' },
            {
              text: 'dyżur — konsultacje indywidualne',
              style: 'tableCell',
              italics: true,
              fontSize: 8,
            },
          ],
        }
      : cell(s.module);
  return [
    cell(dateWithWeekday(s.date), { noWrap: true }),
    cell(`${clock(s.from)}–${clock(s.to)}`, { noWrap: true }),
    cell(hoursText(sessionHours(s)), { alignment: 'right' }),
    moduleCell,
    cell(variant === 'group' ? s.trainer : s.group),
    cell(s.room),
  ];
}

function dayOffRow(day: DayOff): TableCell[] {
  return [
    cell(dateWithWeekday(day.date), { noWrap: true }),
    cell(`${day.name} — zajęcia się nie odbywają`, { colSpan: 5, italics: true, color: '#444444' }),
    {},
    {},
    {},
    {},
  ];
}

function timetableTable(data: TimetableDocumentData): Content {
  const sessions = sortedSessions(data.sessions);
  const sessionDays = new Set(sessions.map((s) => s.date));
  // Days off on which (by some mistake of hand) a session stands are not printed as free.
  const daysOff = data.daysOff.filter((d) => !sessionDays.has(d.date));
  type Line = { date: string; at: number; cells: TableCell[] };
  const lines: Line[] = [
    ...sessions.map((s) => ({ date: s.date, at: s.from, cells: sessionRow(s, data.variant) })),
    ...daysOff.map((d) => ({ date: d.date, at: -1, cells: dayOffRow(d) })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.at - b.at);

  const body: TableCell[][] = [
    [
      {
        text: `${subjectLine(data)} · ${monthName(data.month)}`,
        colSpan: 6,
        bold: true,
        fontSize: 10.5,
      },
      {},
      {},
      {},
      {},
      {},
    ],
    COLUMNS[data.variant].map((text) => ({ text, style: 'tableHeader' })),
  ];
  const shaded = new Set<number>();
  let day = 0;
  lines.forEach((line, i) => {
    if (i > 0 && line.date !== lines[i - 1]!.date) day++;
    if (day % 2 === 1) shaded.add(body.length);
    body.push(line.cells);
  });
  if (lines.length === 0) {
    body.push([
      cell('W tym miesiącu nie zaplanowano zajęć.', { colSpan: 6, italics: true }),
      {},
      {},
      {},
      {},
      {},
    ]);
  }
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      // A row is a line or two: never split between pages.
      dontBreakRows: true,
      widths: WIDTHS,
      body,
    },
    layout: layout(shaded),
    margin: [0, 4, 0, 6],
  };
}

function projectLines(data: TimetableDocumentData): Content[] {
  const { project, edition } = data;
  const programme = [project.programme, project.measure].filter(Boolean).join(', ');
  const row = (label: string, value: string): Content => ({
    text: [{ text: `${label} `, bold: true }, value],
    fontSize: 9.5,
    margin: [0, 1, 0, 0],
  });
  return [
    row(
      'Projekt:',
      `${quotedTitle(project.title)}${project.number ? ` nr ${project.number}` : ''}`,
    ),
    ...(programme ? [row('Program:', programme)] : []),
    row(
      'Klub Integracji Społecznej:',
      `${edition.name} (cykl ${formatDate(edition.startDate)}–${formatDate(edition.endDate)})`,
    ),
  ];
}

function timetableBody(data: TimetableDocumentData): Content[] {
  const total = totalHours(data.sessions);
  return [
    { text: 'Harmonogram zajęć', style: 'title', margin: [0, 0, 0, 2] },
    {
      text: `${data.variant === 'group' ? 'grupy' : 'prowadzącego'} na ${monthName(data.month)}`,
      style: 'subtitle',
      margin: [40, 0, 40, 8],
    },
    ...projectLines(data),
    timetableTable(data),
    {
      columns: [
        {
          text: `Stan na ${formatDate(data.preparedOn)}. Zmiany harmonogramu ogłasza ${data.office.name}.`,
          style: 'caption',
        },
        {
          width: 'auto',
          text: `Razem w miesiącu: ${hoursText(total)} h`,
          bold: true,
          fontSize: 10.5,
        },
      ],
      columnGap: 12,
      unbreakable: true,
    },
  ];
}

/** "Harmonogram zajęć — Grupa 1 — styczeń 2027". */
export function timetableTitle(data: TimetableDocumentData): string {
  return `Harmonogram zajęć — ${data.subject} — ${monthName(data.month)}`;
}

export function timetableDocument(data: TimetableDocumentData): PrintedDocument {
  const title = timetableTitle(data);
  return {
    frame: {
      title,
      author: data.office.name,
      orientation: 'landscape',
      project: data.project,
    },
    copies: [{ footer: `${title} · ${data.edition.name}`, body: timetableBody(data) }],
  };
}

export function buildTimetable(data: TimetableDocumentData): TDocumentDefinitions {
  return documentDefinition(timetableDocument(data));
}
