import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ClubCertificateData } from '../../src-main/contract/attendance';
import { formatHours } from '../../src-main/domain/attendance/hours';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import { genderedForms } from '../../src-main/domain/grammar';
import { documentDefinition, quotedTitle, type PrintedDocument } from './page-frame';
import { heading, projectNumber, ruledLayout, signatureOnRight, stampWord } from './parts';

/**
 * The certificate of participation in a Social Integration Club (zaświadczenie
 * o uczestnictwie w klubie integracji społecznej): the end of a person's participation is
 * confirmed by a certificate issued without delay (art. 18 ust. 5a ustawy z dnia 13 czerwca
 * 2003 r. o zatrudnieniu socjalnym, Dz. U. z 2025 r. poz. 83). The act prescribes no model
 * form, so none is claimed: the certificate names the person, the club, who runs it, the
 * period, how the participation ended, and the modules with the hours held and attended.
 * It is printed from the data frozen when it was issued; a duplicate is the same text marked
 * "DUPLIKAT" with the day it was made.
 */

export type ClubCertificateOptions = {
  /** The day a duplicate was made ('YYYY-MM-DD'); none for the original. */
  duplicateOn?: string | null;
};

export const LEGAL_BASIS =
  'Zaświadczenie wydaje się na podstawie art. 18 ust. 5a ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz.\u00a0U. z 2025 r. poz. 83).';

/** Minutes as a number of hours in a column headed "Liczba godzin": 150 → "2,5". */
export const hoursNumber = (minutes: number): string => formatHours(minutes).replace(/ h$/, '');

/** "Jan Kowalski". */
const personName = (person: ClubCertificateData['person']): string =>
  `${person.firstName} ${person.lastName}`.trim().replace(/\s+/g, ' ');

/** ", urodzony 12 marca 1980 r.," or ", PESEL 80031212345," — whichever the office chose. */
function identification(person: ClubCertificateData['person']): string {
  if (person.birthDate)
    return `, ${genderedForms(person.sex).born} ${formatDateLong(person.birthDate)},`;
  if (person.pesel) return `, PESEL ${person.pesel},`;
  return '';
}

/** A sentence of the clerk's words, ended with a full stop once. */
const sentence = (text: string): string => {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/**
 * "Zaświadcza się, że Pan Jan Kowalski, urodzony …, uczestniczył w zajęciach Klubu Integracji
 * Społecznej „…” prowadzonego przez … w okresie od … do … i ukończył program zajęć."
 */
export function certificateStatement(data: ClubCertificateData): Content {
  const { person } = data;
  const forms = genderedForms(person.sex);
  // formatDateLong ends with "r." — that full stop ends the sentence too.
  const period = `w okresie od ${formatDateLong(data.period.from)} do ${formatDateLong(data.period.to)}`;
  const ending =
    data.outcome === 'completed'
      ? ` i ${forms.completed} program zajęć.`
      : ` Udział zakończył się przed ukończeniem programu zajęć.${
          data.reason && data.reason.trim() !== ''
            ? ` Powód zakończenia udziału: ${sentence(data.reason)}`
            : ''
        }`;
  return {
    text: [
      `Zaświadcza się, że ${forms.honorific} `,
      { text: personName(person), bold: true },
      `${identification(person)} ${forms.participated} w zajęciach Klubu Integracji Społecznej ${quotedTitle(data.edition.name)} prowadzonego przez ${data.office.name} ${period}`,
      ending,
    ],
    fontSize: 10.5,
    lineHeight: 1.35,
    // Not justified: pdfmake widens the gap where the name's bold run ends (", PESEL").
    alignment: 'left',
    margin: [0, 0, 0, 10],
  };
}

/** The rules and shading of every table (parts.ts), a little tighter: 11 modules fit one page. */
const compactTable = ruledLayout({ x: 4, y: 2 });

/** The modules with the hours held in the person's time and the hours they attended. */
function programmeTable(modules: ClubCertificateData['modules']): Content[] {
  const cell = (
    text: string,
    extra: Partial<ContentText> & { colSpan?: number } = {},
  ): TableCell => ({
    text,
    style: 'tableCell',
    ...extra,
  });
  const number = (text: string, bold = false): TableCell =>
    cell(text, { alignment: 'right', bold });
  const planned = modules.reduce((sum, m) => sum + m.planned, 0);
  const attended = modules.reduce((sum, m) => sum + m.attended, 0);
  const header = ['Lp.', 'Moduł', 'Liczba godzin zajęć', 'Liczba godzin obecności'];
  return [
    heading('Program zajęć', 'label'),
    {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [22, '*', 72, 72],
        body: [
          header.map((text, i) =>
            cell(text, { style: 'tableHeader', alignment: i === 1 ? 'left' : 'right' }),
          ),
          ...modules.map((m, i) => [
            number(`${i + 1}.`),
            cell(m.name),
            number(hoursNumber(m.planned)),
            number(hoursNumber(m.attended)),
          ]),
          [
            cell('Razem', { bold: true, colSpan: 2 }),
            {},
            number(hoursNumber(planned), true),
            number(hoursNumber(attended), true),
          ],
        ],
      },
      layout: compactTable,
      margin: [0, 2, 0, 6],
    },
  ];
}

function projectLine(project: ClubCertificateData['project']): string {
  const programme = project.programme.trim() ? ` (${project.programme.trim()})` : '';
  return `Zajęcia Klubu prowadzono w ramach projektu ${quotedTitle(project.title)}${projectNumber(project.number)}${programme}.`;
}

/** The office on the left, where and when on the right. */
function letterhead(data: ClubCertificateData): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: data.office.name, bold: true },
          ...(data.office.address ? [{ text: data.office.address, fontSize: 9 }] : []),
        ],
      },
      {
        width: 'auto',
        // Without the office's town (no address in the settings) the date stands alone.
        text: `${data.place ? `${data.place}, dnia` : 'Dnia'} ${formatDateLong(data.issuedOn)}`,
        margin: [16, 0, 0, 0],
      },
    ],
    margin: [0, 0, 0, 18],
  };
}

function titleBlock(data: ClubCertificateData, duplicateOn: string | null): Content[] {
  const duplicate: Content[] = duplicateOn
    ? [
        stampWord('DUPLIKAT', [0, 10, 0, 2]),
        { text: `wydany dnia ${formatDateLong(duplicateOn)}`, alignment: 'center', fontSize: 10 },
      ]
    : [];
  return [
    { text: 'ZAŚWIADCZENIE', style: 'title', fontSize: 18, characterSpacing: 2 },
    {
      text: 'o uczestnictwie w Klubie Integracji Społecznej',
      style: 'subtitle',
      fontSize: 12,
      margin: [40, 4, 40, 0],
    },
    { text: `nr ${data.number}`, alignment: 'center', fontSize: 11, margin: [0, 4, 0, 0] },
    ...duplicate,
    { text: '', margin: [0, 0, 0, 12] },
  ];
}

function certificateBody(data: ClubCertificateData, duplicateOn: string | null): Content[] {
  return [
    letterhead(data),
    ...titleBlock(data, duplicateOn),
    certificateStatement(data),
    ...programmeTable(data.modules),
    {
      text: projectLine(data.project),
      style: 'paragraph',
      alignment: 'left',
      margin: [0, 8, 0, 3],
    },
    { text: LEGAL_BASIS, style: 'paragraph', alignment: 'left', fontSize: 9 },
    // The head of the unit signs on the right, under the stamp.
    signatureOnRight('(pieczęć i podpis kierownika jednostki)', { above: 40, captionGap: 3 }),
  ];
}

/** "Zaświadczenie nr KIS/2026/0001", a duplicate's "… · DUPLIKAT wydany 10.01.2027". */
export function certificateLabel(data: ClubCertificateData, duplicateOn: string | null): string {
  const label = `Zaświadczenie nr ${data.number}`;
  return duplicateOn ? `${label} · DUPLIKAT wydany ${formatDate(duplicateOn)}` : label;
}

export function clubCertificateDocument(
  data: ClubCertificateData,
  options: ClubCertificateOptions = {},
): PrintedDocument {
  const duplicateOn = options.duplicateOn ?? null;
  const label = certificateLabel(data, duplicateOn);
  return {
    frame: {
      title: `Zaświadczenie nr ${data.number} o uczestnictwie w Klubie Integracji Społecznej${
        duplicateOn ? ' — duplikat' : ''
      }`,
      author: data.office.name,
      orientation: 'portrait',
      project: data.project,
    },
    copies: [{ footer: label, body: certificateBody(data, duplicateOn) }],
  };
}

export function buildClubCertificate(
  data: ClubCertificateData,
  options: ClubCertificateOptions = {},
): TDocumentDefinitions {
  return documentDefinition(clubCertificateDocument(data, options));
}
