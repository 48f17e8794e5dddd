import type {
  Column,
  Content,
  ContentTable,
  CustomTableLayout,
  StyleDictionary,
} from 'pdfmake/interfaces';

/**
 * The pieces of content every printed document shares: the styles, the office's stamp box,
 * headings, tables and signatures. The page around them (size, orientation, EU marking,
 * footer, copies) is `page-frame.ts`. Builders are pure functions `data → pdfmake content`
 * (types only from pdfmake), so they run in Node for the tests and the bench, and in the
 * renderer's worker for the preview.
 */

/** The office as a document names it beside the stamp box. */
export type OfficeHeader = { name: string; address: string | null; phone: string | null };

export const DASH = '—';

export const styles: StyleDictionary = {
  title: { fontSize: 15, bold: true, alignment: 'center', characterSpacing: 0.5 },
  subtitle: { fontSize: 10.5, alignment: 'center', margin: [40, 2, 40, 0] },
  partHeading: { fontSize: 11.5, bold: true, margin: [0, 14, 0, 4] },
  label: { bold: true, margin: [0, 6, 0, 2] },
  /** "§ 1." above a clause of an amendment. */
  paragraphMark: { bold: true, alignment: 'center', margin: [0, 10, 0, 4] },
  paragraph: { margin: [0, 0, 0, 3], alignment: 'justify' },
  tableHeader: { bold: true, fontSize: 9 },
  tableCell: { fontSize: 9 },
  small: { fontSize: 8 },
  caption: { fontSize: 8, italics: true, color: '#444444' },
  clause: { fontSize: 9.5, alignment: 'justify', margin: [0, 2, 0, 0] },
};

/** Marks a heading, which the page frame never lets end a page. */
export const HEADING_LEVEL = 1;

/**
 * A heading that never ends a page: pdfmake moves it to the next page when nothing follows
 * it on its own (see `pageBreakBefore` in page-frame.ts).
 */
export const heading = (
  text: string,
  style: 'partHeading' | 'label' | 'paragraphMark',
): Content => ({ text, style, headlineLevel: HEADING_LEVEL });

/**
 * " nr FEMA.09.01‑IZ.00‑0001/24", or nothing without a number: a project's number is one
 * word, never broken at its hyphens.
 */
export const projectNumber = (number: string | null): string =>
  number ? ` nr ${number.replaceAll('-', '\u2011')}` : '';

export const textOr = (value: string | null | undefined, fallback = DASH): string =>
  value && value.trim() !== '' ? value : fallback;

/** A label in bold followed by its value on the same line. */
export function labelled(label: string, value: string): Content {
  return { text: [{ text: `${label} `, bold: true }, value], style: 'paragraph' };
}

/** A numbered list, or a dash when there is nothing to list. */
export function numbered(items: readonly string[]): Content {
  if (items.length === 0) return { text: DASH, style: 'paragraph' };
  return { ol: [...items], margin: [8, 0, 0, 4] };
}

/**
 * Top of the first page, after the model form: the empty box for the office's stamp under
 * its caption "(pieczęć ośrodka pomocy społecznej)", the office's name and address beside it
 * (never inside: the stamp goes there), and on the right the number and date lines.
 */
export function documentHeading(options: {
  office: OfficeHeader;
  /** The document's number on the right, in bold; a draft has none. */
  number: string | null;
  /** Lines under the number, e.g. the model's "Data zawarcia kontraktu socjalnego: …". */
  lines: string[];
  copyLabel: string | null;
}): Content {
  const { office } = options;
  const officeLines = [office.name, office.address, office.phone ? `tel. ${office.phone}` : null];
  const copyLines: Content[] = options.copyLabel
    ? [{ text: options.copyLabel, italics: true, fontSize: 9, margin: [0, 4, 0, 0] }]
    : [];
  return {
    columns: [
      {
        width: 150,
        stack: [
          {
            table: { widths: ['*'], heights: [62], body: [[{ text: '' }]] },
            layout: {
              hLineWidth: () => 0.5,
              vLineWidth: () => 0.5,
              hLineColor: () => '#777777',
              vLineColor: () => '#777777',
            },
          },
          {
            text: '(pieczęć ośrodka pomocy społecznej)',
            style: 'caption',
            alignment: 'center',
            margin: [0, 2, 0, 0],
          },
        ],
      },
      {
        width: '*',
        margin: [10, 4, 10, 0],
        fontSize: 8,
        stack: officeLines
          .filter((line): line is string => line !== null && line !== '')
          .map((line, i) => ({ text: line, bold: i === 0 })),
      },
      {
        width: 170,
        alignment: 'right',
        stack: [
          ...(options.number ? [{ text: options.number, bold: true, fontSize: 10.5 }] : []),
          ...options.lines.map((text): Content => ({ text, fontSize: 9, margin: [0, 2, 0, 0] })),
          ...copyLines,
        ],
      },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 16],
  };
}

/**
 * Thin rules, grey unless `rules` says otherwise, and the header row shaded unless `fill`
 * shades otherwise; each cell padded `x` left and right, `y` above and below.
 */
export function ruledLayout(options: {
  x: number;
  y: number;
  rules?: string;
  fill?: (row: number) => string | null;
}): CustomTableLayout {
  const { x, y, rules = '#666666', fill = (row) => (row === 0 ? '#e8e8e8' : null) } = options;
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => rules,
    vLineColor: () => rules,
    fillColor: fill,
    paddingLeft: () => x,
    paddingRight: () => x,
    paddingTop: () => y,
    paddingBottom: () => y,
  };
}

/** Thin grey rules; the header row shaded. */
const tableLayout = ruledLayout({ x: 4, y: 3 });

/**
 * A table whose header row repeats on every page it spans. `keepRowsWhole` keeps each row
 * on one page; use it only where a row is bounded well below a page (the contract's tasks),
 * since pdfmake cannot split a row taller than a page when it is set.
 */
export function dataTable(options: {
  widths: (number | string)[];
  header: string[];
  rows: (string | Content)[][];
  keepRowsWhole: boolean;
}): ContentTable {
  const cell = (value: string | Content): Content =>
    typeof value === 'string' ? { text: value, style: 'tableCell' } : value;
  return {
    table: {
      headerRows: 1,
      // The header row never stands alone at the foot of a page.
      keepWithHeaderRows: 1,
      dontBreakRows: options.keepRowsWhole,
      widths: options.widths,
      body: [
        options.header.map((text) => ({ text, style: 'tableHeader' })),
        ...options.rows.map((row) => row.map(cell)),
      ],
    },
    layout: tableLayout,
    margin: [0, 2, 0, 6],
  };
}

export type Signature = { caption: string; name?: string };

/** A dotted line to sign or write on by hand. */
function dottedLine(width: number): Content {
  // A new object each time: pdfmake writes layout data into the nodes it is given.
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: width,
        y2: 0,
        lineWidth: 0.8,
        dash: { length: 1.2, space: 2 },
      },
    ],
  };
}

/**
 * One signature on the right, a dotted line 230 pt long with its caption centred under it,
 * kept whole: `above` is the space before it, `captionGap` the space between line and caption.
 */
export function signatureOnRight(
  caption: string,
  options: { above: number; captionGap: number },
): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 230,
        stack: [
          dottedLine(230),
          {
            text: caption,
            style: 'caption',
            alignment: 'center',
            margin: [0, options.captionGap, 0, 0],
          },
        ],
      },
    ],
    margin: [0, options.above, 0, 0],
    unbreakable: true,
  };
}

/**
 * Signature lines, two to a row, as one unbreakable block together with `before` (the
 * closing paragraph): the signatures then never stand alone at the top of a page.
 */
export function closingWithSignatures(before: Content[], signatures: Signature[]): Content {
  // Each party dates their own signature: the person may sign a day after the worker.
  const one = (s: Signature): Column => ({
    width: 200,
    stack: [
      {
        columns: [
          { text: 'data:', style: 'caption', width: 26 },
          { stack: [{ text: ' ', fontSize: 6 }, dottedLine(70)], width: 70 },
        ],
        margin: [0, 0, 0, 22],
      },
      dottedLine(200),
      { text: s.caption, style: 'caption', margin: [0, 3, 0, 0] },
      ...(s.name ? [{ text: s.name, style: 'small' }] : []),
    ],
  });
  const rows: Content[] = [];
  for (let i = 0; i < signatures.length; i += 2) {
    const right = signatures[i + 1];
    rows.push({
      columns: [one(signatures[i]!), { width: '*', text: '' }, right ? one(right) : { text: '' }],
      margin: [0, 34, 0, 0],
    });
  }
  return { stack: [...before, ...rows], unbreakable: true };
}

/** A word in a ruled box, centred: DUPLIKAT, UNIEWAŻNIONE. */
export function stampWord(word: string, margin: [number, number, number, number]): Content {
  return {
    // A table is as wide as its column: centred between two empty columns.
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { body: [[{ text: word, bold: true, fontSize: 14, characterSpacing: 1 }]] },
        layout: {
          hLineWidth: () => 1.2,
          vLineWidth: () => 1.2,
          paddingLeft: () => 9,
          paddingRight: () => 8,
          paddingTop: () => 2,
          paddingBottom: () => 1,
        },
      },
      { width: '*', text: '' },
    ],
    margin,
  };
}
