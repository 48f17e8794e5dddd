import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ClubFigures } from '../../src-main/contract/attendance';
import { formatDate } from '../../src-main/domain/dates';
import {
  documentDefinition,
  quotedTitle,
  type FundedProject,
  type PrintedDocument,
} from './page-frame';
import { projectNumber, ruledLayout } from './parts';

/**
 * The numbers of an edition's participants by sex — who took part, completed, left early or
 * are still in the club — as the office needs them for its yearly report to the voivode
 * (art. 18a ust. 6 ustawy o zatrudnieniu socjalnym) and the project's reporting. A working
 * summary printed as the records stand, not an issued act and not the report itself.
 */

export type ClubFiguresDocumentData = {
  figures: ClubFigures;
  office: { name: string };
  project: FundedProject & { number: string | null };
  /** The day the numbers were read. */
  preparedOn: string;
};

export const FIGURES_TITLE = 'Klub Integracji Społecznej — liczby uczestników';

const ROWS = [
  ['Uczestniczyli', 'tookPart'],
  ['Ukończyli', 'completed'],
  ['Zakończyli przed czasem', 'leftEarly'],
  ['W trakcie', 'ongoing'],
] as const;

function figuresBody(data: ClubFiguresDocumentData): Content[] {
  const { figures, project } = data;
  const number = (value: number, bold = false): TableCell => ({
    text: String(value),
    style: 'tableCell',
    fontSize: 10,
    alignment: 'right',
    bold,
  });
  return [
    { text: FIGURES_TITLE, style: 'title', fontSize: 14, margin: [0, 0, 0, 4] },
    { text: figures.edition, style: 'subtitle', fontSize: 11.5, bold: true },
    {
      text: `Stan na ${formatDate(data.preparedOn)}`,
      style: 'subtitle',
      margin: [40, 2, 40, 14],
    },
    {
      text: [
        { text: 'Projekt: ', bold: true },
        `${quotedTitle(project.title)}${projectNumber(project.number)}`,
      ],
      fontSize: 9.5,
    },
    {
      text: [{ text: 'Prowadzący klub: ', bold: true }, data.office.name],
      fontSize: 9.5,
      margin: [0, 1, 0, 10],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 80, 80, 80],
        body: [
          ['Uczestnicy', 'Kobiety', 'Mężczyźni', 'Razem'].map((text, i): TableCell => ({
            text,
            style: 'tableHeader',
            alignment: i === 0 ? 'left' : 'right',
          })),
          ...ROWS.map(([label, key]): TableCell[] => {
            const row = figures[key];
            return [
              { text: label, style: 'tableCell', fontSize: 10 },
              number(row.K),
              number(row.M),
              number(row.total, true),
            ];
          }),
        ],
      },
      layout: ruledLayout({ x: 6, y: 4 }),
      margin: [0, 2, 0, 2],
    },
    {
      text: '„Uczestniczyli” — wszyscy, którzy do tego dnia przystąpili do zajęć edycji: suma trzech kolejnych wierszy. „W trakcie” — osoby, którym nie zapisano jeszcze zakończenia udziału.',
      style: 'caption',
      margin: [0, 4, 0, 0],
    },
  ];
}

export function clubFiguresDocument(data: ClubFiguresDocumentData): PrintedDocument {
  const label = `${FIGURES_TITLE} · ${data.figures.edition} · stan na ${formatDate(data.preparedOn)}`;
  return {
    frame: {
      title: `${FIGURES_TITLE} — ${data.figures.edition}`,
      author: data.office.name,
      orientation: 'portrait',
      project: data.project,
    },
    copies: [{ footer: label, body: figuresBody(data) }],
  };
}

export function buildClubFigures(data: ClubFiguresDocumentData): TDocumentDefinitions {
  return documentDefinition(clubFiguresDocument(data));
}
