import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { CourseCertificateData } from '../../src-main/contract/course-certificates';
import { formatDate, formatDateLong } from '../../src-main/domain/dates';
import { genderedForms } from '../../src-main/domain/grammar';
import { documentDefinition, quotedTitle, type PrintedDocument } from './page-frame';
import { projectNumber, ruledLayout, stampWord } from './parts';

/**
 * The certificate of completion of a vocational course (zaświadczenie o ukończeniu kursu).
 * The Rozporządzenie Ministra Edukacji i Nauki z dnia 6 października 2023 r. w sprawie
 * kształcenia ustawicznego w formach pozaszkolnych (Dz.U. z 2023 r. poz. 2175) gives such a
 * course no model form, only what the certificate must say (§ 23): who (name, date and place
 * of birth or PESEL), which course and its form, the organiser, the dates, the hours, the
 * topics with their hours, the place and date of issue, the number from the register, the
 * signature. So no model is claimed ("druk MEN" does not exist). It is printed on both sides
 * of one sheet: the front with the statement, the back with the programme; a batch starts every
 * certificate on the front of a sheet of its own (`duplex` in page-frame.ts).
 *
 * Printed from the data frozen when it was issued. A duplicate is the same text marked
 * "DUPLIKAT" with the day it was made and its own verification code.
 */

export type CourseCertificateOptions = {
  /** A duplicate: the day it was made and its own code (the original's is not printed). */
  duplicate?: { issuedOn: string; code: string } | null;
  /** A revoked certificate printed for the files: marked so across its front. */
  revoked?: boolean;
};

export const LEGAL_BASIS =
  'Zaświadczenie wydano na podstawie § 23 rozporządzenia Ministra Edukacji i Nauki z dnia 6 października 2023 r. w sprawie kształcenia ustawicznego w formach pozaszkolnych (Dz.\u00a0U. z 2023 r. poz. 2175).';

/**
 * "w wymiarze 80 godzin": after "w wymiarze" the count is in the genitive — 1 godziny, and
 * for every other number godzin (2 godzin = "dwóch godzin", 22 godzin = "dwudziestu dwóch
 * godzin"); `plural()` gives the nominative (2 godziny), which would be wrong here.
 */
export const hoursGenitive = (hours: number): string =>
  `${hours} ${hours === 1 ? 'godziny' : 'godzin'}`;

/**
 * The words a form of education takes on the certificate. The form is typed by the office
 * ("kurs", "kurs umiejętności zawodowych", "szkolenie"); Polish needs its genitive for the
 * title and the gender of the participle after it. For the head nouns below the phrase's
 * accusative is its nominative (masculine inanimate, neuter, non-personal plural), so "ukończył
 * kurs zawodowy" is right as typed; any other form is named through "formę kształcenia", whose
 * grammar is known.
 */
const HEAD_NOUNS: Record<string, { genitive: string; organised: string }> = {
  kurs: { genitive: 'kursu', organised: 'zorganizowany' },
  turnus: { genitive: 'turnusu', organised: 'zorganizowany' },
  trening: { genitive: 'treningu', organised: 'zorganizowany' },
  szkolenie: { genitive: 'szkolenia', organised: 'zorganizowane' },
  seminarium: { genitive: 'seminarium', organised: 'zorganizowane' },
  warsztaty: { genitive: 'warsztatów', organised: 'zorganizowane' },
};

export type FormWords = {
  /** "o ukończeniu kursu". */
  subtitle: string;
  /** What follows "ukończył": "kurs", "szkolenie okresowe", "formę kształcenia: staż". */
  completedWhat: string;
  /** "zorganizowany" / "zorganizowane" / "zorganizowaną", agreeing with the form. */
  organised: string;
};

export function formWords(form: string): FormWords {
  const typed = form.trim().replace(/\s+/g, ' ');
  const [first = '', ...rest] = typed.split(' ');
  const head = first.toLocaleLowerCase('pl');
  const known = HEAD_NOUNS[head];
  if (known) {
    return {
      subtitle: `o ukończeniu ${known.genitive}`,
      completedWhat: [head, ...rest].join(' '),
      organised: known.organised,
    };
  }
  return {
    subtitle: 'o ukończeniu formy kształcenia ustawicznego',
    completedWhat: `formę kształcenia: ${typed}`,
    organised: 'zorganizowaną',
  };
}

/** "Jan Kowalski". */
const personName = (person: CourseCertificateData['person']): string =>
  `${person.firstName} ${person.lastName}`.trim().replace(/\s+/g, ' ');

/**
 * "urodzony 5 marca 1988 r. w miejscowości Radom" or "PESEL 88030512345", whichever the office
 * chose. "w miejscowości" keeps the place as typed (nominative): "w Radom" would be wrong, and
 * a place name cannot be put in the locative by rule.
 */
function identification(person: CourseCertificateData['person']): string {
  if (person.birthDate) {
    const place = person.birthPlace?.trim() ? ` w miejscowości ${person.birthPlace.trim()}` : '';
    return `${genderedForms(person.sex).born} ${formatDateLong(person.birthDate)}${place}`;
  }
  if (person.pesel) return `PESEL ${person.pesel}`;
  return '';
}

/** The code shown as printed, e.g. "K7QM-3XPD" (also what the QR code holds). */
const printedCode = (data: CourseCertificateData, options: CourseCertificateOptions): string =>
  options.duplicate?.code ?? data.code;

/**
 * How much room the front gives its parts. The front is one side of a sheet: it never runs
 * onto the back. The usual certificate is set airily; one whose names are long (a provider's
 * full legal name, a course named with all its methods) or that carries the marks of a
 * duplicate or a replacement is set tighter, so the longest a form accepts (200 characters of
 * course and of organiser, EFS strip on top) still fits.
 */
type Room = {
  /** The organiser's name and address at the top left. */
  letterhead: number;
  afterLetterhead: number;
  title: number;
  name: number;
  courseName: number;
  statement: number;
  /** Space between the statement's parts. */
  gap: number;
  /** Space for the stamp above the signature line. */
  stamp: number;
};

const ROOMY: Room = {
  letterhead: 10,
  afterLetterhead: 34,
  title: 24,
  name: 17,
  courseName: 14,
  statement: 12,
  gap: 7,
  stamp: 62,
};
const TIGHT: Room = {
  letterhead: 9.5,
  afterLetterhead: 12,
  title: 19,
  name: 14,
  courseName: 12,
  statement: 11,
  gap: 3,
  stamp: 48,
};
/** Every field at the longest its form accepts. */
const TIGHTEST: Room = {
  letterhead: 8,
  afterLetterhead: 6,
  title: 16,
  name: 12,
  courseName: 10.5,
  statement: 9.5,
  gap: 1,
  stamp: 36,
};

/** Lines a text of `length` characters takes, at about `perLine` characters a line. */
const linesOf = (length: number, perLine: number) => Math.max(1, Math.ceil(length / perLine));

/** The organiser's address as typed, a line each. */
const addressLines = (address: string): string[] =>
  address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

function roomFor(data: CourseCertificateData, options: CourseCertificateOptions): Room {
  // Lines beyond the one each part takes at the roomiest.
  const extra = [
    linesOf(data.organiser.name.length, 60) - 1,
    Math.max(0, addressLines(data.organiser.address).length - 2),
    linesOf(personName(data.person).length, 38) - 1,
    (linesOf(data.course.name.length, 52) - 1) * 1.2,
    linesOf(data.organiser.name.length, 70) - 1,
    linesOf(data.course.place.length + 15, 90) - 1,
    options.duplicate ? 2.5 : 0,
    options.revoked ? 2 : 0,
    data.replacesNumber ? 1 : 0,
  ].reduce((sum, n) => sum + n, 0);
  if (extra <= 4) return ROOMY;
  return extra <= 14 ? TIGHT : TIGHTEST;
}

/** The organiser (the provider) at the top left; "Radom, dnia …" at the top right. */
function letterhead(data: CourseCertificateData, room: Room): Content {
  const lines = addressLines(data.organiser.address);
  // At the tightest the address runs on as one paragraph.
  const address = room === TIGHTEST ? [lines.join(', ')] : lines;
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: data.organiser.name, bold: true },
          ...address.map((line): Content => ({ text: line, fontSize: room.letterhead - 1 })),
        ],
      },
      {
        width: 170,
        text: `${data.place ? `${data.place}, dnia` : 'Dnia'} ${formatDateLong(data.issuedOn)}`,
        alignment: 'right',
        fontSize: 10,
        margin: [12, 0, 0, 0],
      },
    ],
    fontSize: room.letterhead,
    margin: [0, 0, 0, room.afterLetterhead],
  };
}

function titleBlock(
  data: CourseCertificateData,
  options: CourseCertificateOptions,
  room: Room,
): Content[] {
  const duplicate = options.duplicate;
  return [
    { text: 'ZAŚWIADCZENIE', style: 'title', fontSize: room.title, characterSpacing: 3 },
    {
      text: formWords(data.course.form).subtitle,
      style: 'subtitle',
      fontSize: 13,
      margin: [40, 3, 40, 0],
    },
    { text: `nr ${data.number}`, alignment: 'center', fontSize: 11, margin: [0, 5, 0, 0] },
    ...(duplicate
      ? [
          stampWord('DUPLIKAT', [0, 8, 0, 2]),
          {
            text: `wydany dnia ${formatDateLong(duplicate.issuedOn)}`,
            alignment: 'center' as const,
            fontSize: 10,
          },
        ]
      : []),
    ...(options.revoked ? [stampWord('UNIEWAŻNIONE', [0, 8, 0, 0])] : []),
    ...(data.replacesNumber
      ? [
          {
            text: `Zaświadczenie wydane w miejsce zaświadczenia nr ${data.replacesNumber} (unieważnionego).`,
            alignment: 'center' as const,
            fontSize: 9,
            italics: true,
            margin: [0, 6, 0, 0] as [number, number, number, number],
          },
        ]
      : []),
  ];
}

/**
 * The statement, a part to a line and centred, as certificates are laid out; read in order
 * it is one sentence: "Pan Jan Kowalski, urodzony 5 marca 1988 r. w miejscowości Radom,
 * ukończył kurs „…” zorganizowany przez … w okresie od … do … w wymiarze 80 godzin."
 * The organiser is named as its name is (in bold, as on a form): a name cannot be declined
 * by rule ("przez Fundacja …" is what any such rule gets wrong).
 */
export function certificateStatement(data: CourseCertificateData, room: Room = ROOMY): Content {
  const { person, course } = data;
  const forms = genderedForms(person.sex);
  const words = formWords(course.form);
  const who = identification(person);
  const { gap } = room;
  const line = (text: Content, extra: Record<string, unknown> = {}): Content =>
    ({ text, margin: [0, 0, 0, gap], ...extra }) as Content;
  return {
    stack: [
      line([
        `${forms.honorific} `,
        { text: personName(person), bold: true, fontSize: room.name },
        who ? ',' : '',
      ]),
      ...(who ? [line(`${who},`)] : []),
      line(`${forms.completed} ${words.completedWhat}`, { margin: [0, gap, 0, 2] }),
      line(quotedTitle(course.name.trim()), {
        bold: true,
        fontSize: room.courseName,
        margin: [0, 0, 0, gap + 2],
      }),
      line([`${words.organised} przez `, { text: data.organiser.name, bold: true }], {
        margin: [0, 0, 0, gap + 2],
      }),
      line(`w okresie od ${formatDateLong(course.startDate)} do ${formatDateLong(course.endDate)}`),
      line(`w wymiarze ${hoursGenitive(course.totalHours)}.`, { margin: [0, 0, 0, 2 * gap] }),
      line(`Miejsce kursu: ${course.place.trim()}.`, { fontSize: 10, margin: [0, 0, 0, 2] }),
      line('Program kursu (tematy zajęć i liczba godzin) na odwrocie.', {
        fontSize: 9,
        italics: true,
      }),
    ],
    alignment: 'center',
    fontSize: room.statement,
    lineHeight: 1.2,
    margin: [16, 2 * gap + 4, 16, 0],
  };
}

/** "Kształcenie sfinansowano w ramach projektu „…” nr …, realizowanego przez … (programme)." */
function projectLine(data: CourseCertificateData): string {
  const { project } = data;
  const programme = project.programme.trim() ? ` (${project.programme.trim()})` : '';
  return `Kształcenie sfinansowano w ramach projektu ${quotedTitle(project.title)}${projectNumber(project.number)}, realizowanego przez ${data.office.name}${programme}.`;
}

/**
 * The verification code beside its QR code, and the signature on the right. The QR code holds
 * the code alone, as printed: a phone shows it, and a scanner that types what it reads puts it
 * straight into the program's "Sprawdź zaświadczenie" field (which takes it with or without
 * the dash); there is no public address to link to.
 */
function verificationAndSignature(code: string, data: CourseCertificateData, room: Room): Content {
  const line: Content = {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: 200,
        y2: 0,
        lineWidth: 0.8,
        dash: { length: 1.2, space: 2 },
      },
    ],
  };
  return {
    columns: [
      { width: 64, qr: code, fit: 64, eccLevel: 'M' },
      {
        width: 170,
        margin: [8, 2, 0, 0],
        stack: [
          { text: [{ text: 'Kod weryfikacyjny: ' }, { text: code, bold: true }], fontSize: 10 },
          {
            text: `Autentyczność zaświadczenia potwierdza ${data.office.name} po podaniu numeru zaświadczenia i kodu weryfikacyjnego.`,
            fontSize: 7.5,
            color: '#333333',
            margin: [0, 3, 0, 0],
          },
        ],
      },
      { width: '*', text: '' },
      {
        width: 200,
        margin: [0, room.stamp, 0, 0],
        stack: [
          line,
          {
            text: '(pieczęć i podpis osoby upoważnionej)',
            style: 'caption',
            alignment: 'center',
            margin: [0, 3, 0, 0],
          },
        ],
      },
    ],
    margin: [0, 2 * room.gap + 6, 0, 0],
    unbreakable: true,
  };
}

function front(data: CourseCertificateData, options: CourseCertificateOptions): Content[] {
  const room = roomFor(data, options);
  return [
    letterhead(data, room),
    ...titleBlock(data, options, room),
    certificateStatement(data, room),
    { text: projectLine(data), fontSize: 8.5, margin: [0, 2 * room.gap + 4, 0, 0] },
    verificationAndSignature(printedCode(data, options), data, room),
    { text: LEGAL_BASIS, fontSize: 7.5, color: '#333333', margin: [0, room.gap + 6, 0, 0] },
  ];
}

/** The rules and shading of every table (parts.ts); the column heads shaded. */
const programmeLayout: CustomTableLayout = {
  ...ruledLayout({ x: 4, y: 2.5, fill: (row) => (row === 1 ? '#e8e8e8' : null) }),
  // No rule above the naming row: it stands over the table, not in it.
  hLineWidth: (i) => (i === 0 ? 0 : 0.5),
};

/** The row naming the certificate above the column heads: no rules of its own. */
const NO_BORDER: [boolean, boolean, boolean, boolean] = [false, false, false, false];

/**
 * The back: the programme, topic by topic with its hours, and "Razem" the course's hours. A
 * long programme runs onto more pages; every page repeats, above the column heads, the
 * certificate's number and the person's name, so a loose sheet can be matched to its front.
 */
function reverse(data: CourseCertificateData, label: string): Content[] {
  const cell = (text: string, extra: Record<string, unknown> = {}): TableCell =>
    ({ text, style: 'tableCell', ...extra }) as TableCell;
  const right = (text: string, bold = false): TableCell => cell(text, { alignment: 'right', bold });
  const topics = data.course.topics;
  return [
    {
      text: 'Program kursu',
      style: 'title',
      fontSize: 13,
      pageBreak: 'before',
      margin: [0, 0, 0, 2],
    },
    {
      text: quotedTitle(data.course.name.trim()),
      alignment: 'center',
      fontSize: 10.5,
      margin: [30, 0, 30, 10],
    },
    {
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [26, '*', 62],
        body: [
          [
            cell(label, { colSpan: 3, fontSize: 8, color: '#333333', border: NO_BORDER }),
            { text: '', border: NO_BORDER },
            { text: '', border: NO_BORDER },
          ],
          [
            cell('Lp.', { style: 'tableHeader', alignment: 'right' }),
            cell('Temat zajęć', { style: 'tableHeader' }),
            cell('Liczba godzin', { style: 'tableHeader', alignment: 'right' }),
          ],
          ...topics.map((topic, i) => [
            right(`${i + 1}.`),
            cell(topic.title),
            right(String(topic.hours)),
          ]),
          [
            cell('Razem', { bold: true, colSpan: 2 }),
            {},
            right(String(data.course.totalHours), true),
          ],
        ],
      },
      layout: programmeLayout,
    },
  ];
}

/**
 * "Zaświadczenie nr 12/2026 · Jan Kowalski", a duplicate's "… · DUPLIKAT wydany 10.01.2027":
 * the footer of every page and the head of the programme's pages.
 */
export function certificateLabel(
  data: CourseCertificateData,
  options: CourseCertificateOptions = {},
): string {
  const label = `Zaświadczenie nr ${data.number} · ${personName(data.person)}`;
  return options.duplicate
    ? `${label} · DUPLIKAT wydany ${formatDate(options.duplicate.issuedOn)}`
    : label;
}

export function courseCertificateDocument(
  data: CourseCertificateData,
  options: CourseCertificateOptions = {},
): PrintedDocument {
  const label = certificateLabel(data, options);
  return {
    frame: {
      title: `Zaświadczenie nr ${data.number} o ukończeniu kursu ${quotedTitle(data.course.name.trim())}${
        options.duplicate ? ' — duplikat' : ''
      }`,
      author: data.office.name,
      orientation: 'portrait',
      project: data.project,
      duplex: true,
    },
    copies: [{ footer: label, body: [...front(data, options), ...reverse(data, label)] }],
  };
}

export function buildCourseCertificate(
  data: CourseCertificateData,
  options: CourseCertificateOptions = {},
): TDocumentDefinitions {
  return documentDefinition(courseCertificateDocument(data, options));
}
