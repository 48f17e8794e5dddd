import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CourseCertificateEntry } from '../../src-main/contract/course-certificates';
import type { ReceiptKind } from '../../src-main/domain/courses/course-rules';
import { formatDate } from '../../src-main/domain/dates';
import type { PrintedDocument } from './page-frame';
import { ruledLayout } from './parts';

/**
 * The register of issued course certificates (rejestr wydanych zaświadczeń), which § 25 of
 * the Rozporządzenie MEiN z 6 października 2023 r. (Dz.U. 2023 poz. 2175) has the organiser
 * keep: name, address, PESEL or the identity document, the date of issue, the number, and the
 * confirmation of receipt. Printed as the screen filters it (a year, a course, a state); a
 * certificate not yet received leaves its cell empty for the person's signature. What happened
 * to a certificate later (revoked, replaced, duplicated) is in "Uwagi": nothing is deleted.
 */

export type CourseCertificateRegisterData = {
  office: { name: string };
  /** What the printout covers, as the screen filtered it: "rok 2026", "kurs „Spawacz MAG”". */
  scope: string;
  /** The day it was printed ("Stan na …"). */
  preparedOn: string;
  entries: CourseCertificateEntry[];
};

export const REGISTER_TITLE = 'Rejestr wydanych zaświadczeń o ukończeniu kursu';

/** How a certificate reached its holder, as the register's cell says it. */
export const RECEIPT_WORDS: Record<ReceiptKind, string> = {
  person: 'odebrane osobiście',
  post: 'wysłane pocztą',
};

/** "12/2026" → [2026, 12]; a number of another shape sorts by its text after these. */
function numberKey(number: string): [number, number] {
  const match = /^(\d+)\/(\d{4})$/.exec(number.trim());
  return match ? [Number(match[2]), Number(match[1])] : [Infinity, Infinity];
}

/** The register in the order it was kept: by year and number (the screen lists newest first). */
export function inRegisterOrder(
  entries: readonly CourseCertificateEntry[],
): CourseCertificateEntry[] {
  return [...entries].sort((a, b) => {
    const [ya, na] = numberKey(a.number);
    const [yb, nb] = numberKey(b.number);
    if (ya !== yb) return ya - yb;
    if (na !== nb) return na - nb;
    return a.issuedOn.localeCompare(b.issuedOn) || a.number.localeCompare(b.number, 'pl');
  });
}

/** "05.12.2026, odebrane osobiście", or null when not yet confirmed. */
export function receiptText(entry: CourseCertificateEntry): string | null {
  if (!entry.receivedOn) return null;
  const how = entry.receivedHow ? `, ${RECEIPT_WORDS[entry.receivedHow]}` : '';
  return `${formatDate(entry.receivedOn)}${how}`;
}

/**
 * The remarks of an entry, one to a line: revoked (when, why), replaced by, issued in place
 * of, duplicates made.
 */
export function remarks(entry: CourseCertificateEntry): string[] {
  const lines: string[] = [];
  if (entry.status === 'revoked') {
    const when = entry.revokedOn ? ` ${formatDate(entry.revokedOn)}` : '';
    const why = entry.revokeReason?.trim() ? `: ${entry.revokeReason.trim()}` : '';
    lines.push(`Unieważnione${when}${why}`);
  }
  if (entry.replacedByNumber) lines.push(`Zastąpione zaświadczeniem nr ${entry.replacedByNumber}`);
  if (entry.replacesNumber) lines.push(`Wydane w miejsce nr ${entry.replacesNumber}`);
  if (entry.duplicates.length > 0) {
    const dates = entry.duplicates.map((d) => formatDate(d.issuedOn)).join(', ');
    lines.push(
      `${entry.duplicates.length === 1 ? 'Duplikat wydany' : 'Duplikaty wydane'} ${dates}`,
    );
  }
  return lines;
}

export const REGISTER_COLUMNS = [
  'Lp.',
  'Nr zaświadczenia',
  'Data wydania',
  'Nazwisko i imię',
  'Adres',
  'PESEL lub nr dokumentu',
  'Nazwa kursu',
  'Potwierdzenie odbioru',
  'Uwagi',
] as const;

/** Landscape A4 between the margins is 728 pt: the course's name takes what is left. */
const WIDTHS = [18, 60, 46, 84, 92, 84, '*', 72, 100];

/** A row without a confirmation is tall enough to sign in. */
const SIGNATURE_ROW = 30;

function registerTable(entries: CourseCertificateEntry[]): Content {
  const cell = (text: string, extra: Record<string, unknown> = {}): TableCell =>
    ({ text, style: 'tableCell', fontSize: 8, ...extra }) as TableCell;
  const rows = entries.map((entry, i) => {
    const revoked = entry.status === 'revoked';
    const receipt = receiptText(entry);
    return [
      cell(`${i + 1}.`, { alignment: 'right' }),
      cell(entry.number, { bold: true, decoration: revoked ? 'lineThrough' : undefined }),
      cell(formatDate(entry.issuedOn)),
      cell(entry.person),
      cell(entry.address),
      cell(entry.identity),
      cell(entry.course),
      cell(receipt ?? ''),
      cell(remarks(entry).join('\n'), { italics: revoked }),
    ];
  });
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: WIDTHS,
      heights: (row: number) => (row > 0 && !entries[row - 1]!.receivedOn ? SIGNATURE_ROW : 'auto'),
      body: [
        REGISTER_COLUMNS.map((text) => cell(text, { style: 'tableHeader', fontSize: 8 })),
        ...rows,
      ],
    },
    layout: ruledLayout({ x: 3, y: 2.5 }),
  };
}

export function courseCertificateRegisterDocument(
  data: CourseCertificateRegisterData,
): PrintedDocument {
  const entries = inRegisterOrder(data.entries);
  const scope = data.scope.trim();
  const body: Content[] = [
    { text: REGISTER_TITLE, style: 'title', fontSize: 14 },
    { text: data.office.name, alignment: 'center', fontSize: 10.5, margin: [0, 3, 0, 0] },
    {
      text: `${scope ? `${scope} · ` : ''}stan na ${formatDate(data.preparedOn)}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 2, 0, 10],
    },
    entries.length > 0
      ? registerTable(entries)
      : { text: 'Brak wydanych zaświadczeń.', italics: true, alignment: 'center' },
  ];
  return {
    frame: {
      title: `${REGISTER_TITLE}${scope ? ` — ${scope}` : ''}`,
      author: data.office.name,
      orientation: 'landscape',
      project: null,
    },
    copies: [
      { footer: `${REGISTER_TITLE} · ${data.office.name}${scope ? ` · ${scope}` : ''}`, body },
    ],
  };
}
