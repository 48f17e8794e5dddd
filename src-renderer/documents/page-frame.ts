import type {
  Content,
  ContentStack,
  DynamicContent,
  Node as LayoutNode,
  PageOrientation,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { HEADING_LEVEL, styles } from './parts';
import { typesetContent } from './typography';

/**
 * The page around a document's content, for every kind of document: A4 in either
 * orientation, Roboto, the EU marking of an EFS project (the logo strip on top, the
 * co-financing sentence at the foot), a draft's watermark, and the footer with the copy's
 * label and "Strona X z Y". A document is printed as one or more copies, each from a new
 * page and numbered on its own, so a batch of certificates of different lengths in one file
 * reads "Strona 1 z 2", "Strona 2 z 2", "Strona 1 z 3"… The frame knows nothing of any
 * particular document: builders hand it a `PrintedDocument`.
 */

/** The project a document belongs to: an EFS project's documents carry the EU marking. */
export type FundedProject = {
  title: string;
  programme: string;
  isEfs: boolean;
  /** A PNG or JPEG data URL of the logo strip the office supplied, or null. */
  logoStrip: string | null;
};

/** What every page of a document shares. */
export type PageFrame = {
  /** The PDF's title, in its properties. */
  title: string;
  /** The issuing office: the PDF's author. */
  author: string;
  orientation: PageOrientation;
  project: FundedProject | null;
  /** A draft: marked across every page so it is never signed by mistake. */
  draft?: boolean;
  /**
   * Printed on both sides of the sheet (certificates with their programme on the back): every
   * copy begins on an odd page, the front of a sheet of its own, so a copy of an odd number of
   * pages is followed by a blank page. The blank page carries no header or footer, and does
   * not count among its copy's pages.
   */
  duplex?: boolean;
};

/** One copy: it begins on a new page and counts its own pages. */
export type DocumentCopy = {
  /** Left of the page number, e.g. "Kontrakt socjalny nr KS/2026/0007 · Egzemplarz ośrodka". */
  footer: string;
  body: Content[];
};

export type PrintedDocument = { frame: PageFrame; copies: DocumentCopy[] };

/** 2 cm in points (1 pt = 1/72 in). */
const MARGIN = 57;
const A4 = { short: 595.28, long: 841.89 };

export const pageWidth = (orientation: PageOrientation): number =>
  orientation === 'portrait' ? A4.short : A4.long;

/** The width between the margins. */
export const contentWidth = (orientation: PageOrientation): number =>
  pageWidth(orientation) - 2 * MARGIN;

/** The logo strip's box in the header of an EFS document (the strip keeps its ratio). */
const STRIP_TOP = 22;
const STRIP_HEIGHT = 56;

/**
 * Marks the header and footer: pdfmake lays them out after the content and lists their
 * nodes among the "following nodes" of every page, which must not count as content.
 */
const PAGE_FURNITURE_LEVEL = -1;

/** True when no content (header and footer aside) follows a node on its page. */
function endsItsPage(followingOnPage: LayoutNode[]): boolean {
  return followingOnPage.length === 0 || followingOnPage[0]!.headlineLevel === PAGE_FURNITURE_LEVEL;
}

/**
 * A title in Polish quotes: „Klub »Nowy Start«” — quotes inside it become the inner pair, so a
 * project named „Nowy Start” does not print as „Klub „Nowy Start””.
 */
export function quotedTitle(title: string): string {
  const inner = title.replace(/[„"]([^„”"]*)[”"]/g, '»$1«');
  return `„${inner}”`;
}

/**
 * The co-financing sentence of an EFS document. In 2021–2027 the EU emblem itself carries
 * "Dofinansowane przez Unię Europejską" (in the logo strip); the sentence under it names
 * the project and agrees with it in gender: "Projekt … jest współfinansowany …".
 */
export function coFinancingSentence(project: FundedProject): string {
  const fund = project.programme.includes('2021')
    ? 'Europejskiego Funduszu Społecznego Plus'
    : 'Europejskiego Funduszu Społecznego';
  return `Projekt ${quotedTitle(project.title)} jest współfinansowany przez Unię Europejską ze środków ${fund}.`;
}

const efs = (project: FundedProject | null): FundedProject | null =>
  project?.isEfs ? project : null;

/**
 * Several documents in one file ("print all certificates"), each copy still numbered on its
 * own. They share one frame: the same orientation, project marking and draft state.
 */
export function printedTogether(title: string, documents: PrintedDocument[]): PrintedDocument {
  const first = documents[0];
  if (!first) throw new Error('Nothing to print: the batch is empty.');
  const shared = (frame: PageFrame) =>
    JSON.stringify([
      frame.orientation,
      efs(frame.project),
      frame.draft ?? false,
      frame.duplex ?? false,
    ]);
  if (documents.some((d) => shared(d.frame) !== shared(first.frame))) {
    throw new Error(
      'Documents printed in one file must share orientation, project, draft and duplex printing.',
    );
  }
  return { frame: { ...first.frame, title }, copies: documents.flatMap((d) => d.copies) };
}

/** Where a page falls: which copy, its page within that copy, and that copy's length. */
export type CopyPage = { copy: number; page: number; of: number };

/**
 * Page `currentPage` of a file of `pageCount` pages whose copies begin on `firstPages`
 * (1-based, ascending; the first copy on page 1).
 */
export function copyPage(
  firstPages: readonly number[],
  currentPage: number,
  pageCount: number,
): CopyPage {
  let copy = 0;
  for (let i = 1; i < firstPages.length; i++) if (firstPages[i]! <= currentPage) copy = i;
  const first = firstPages[copy] ?? 1;
  const next = firstPages[copy + 1] ?? pageCount + 1;
  return { copy, page: currentPage - first + 1, of: next - first };
}

/** What pdfmake writes into each node it lays out: where its lines and blocks went. */
type LaidOut = { positions?: { pageNumber: number }[] };

/**
 * The first page of each copy, as pdfmake laid them out. pdfmake lays out the content, then
 * the footers (they take the page count), and writes the position of every block into the
 * node it was given — so by the time a footer is asked for, each copy's node says where it
 * went. A copy spans the pages up to the next one's start.
 */
export function copyFirstPages(copyNodes: readonly object[]): number[] {
  return copyNodes.map((node) => {
    const positions = (node as LaidOut).positions;
    if (!positions || positions.length === 0) {
      throw new Error('pdfmake did not report where a copy begins: its pages cannot be numbered.');
    }
    let first = Infinity;
    for (const p of positions) first = Math.min(first, p.pageNumber);
    return first;
  });
}

/**
 * The last page each copy's content reached (as `copyFirstPages`, the other end): in a duplex
 * file the pages after it, up to the next copy's first, are blank.
 */
export function copyLastPages(copyNodes: readonly object[]): number[] {
  return copyNodes.map((node) => {
    const positions = (node as LaidOut).positions ?? [];
    let last = 0;
    for (const p of positions) last = Math.max(last, p.pageNumber);
    if (last === 0) throw new Error('pdfmake did not report where a copy ends.');
    return last;
  });
}

/**
 * The same definition (made by `documentDefinition`), telling `onCopiesLaidOut` how many of
 * its copies pdfmake has laid out, as it goes: pdfmake draws the background of each page
 * as it adds the page, and a copy it has begun holds a fresh `positions` array. Progress
 * only — the document is the same. A layout pass that moved a heading to the next page
 * starts the count again.
 */
export function withLayoutProgress(
  definition: TDocumentDefinitions,
  onCopiesLaidOut: (copies: number) => void,
): TDocumentDefinitions {
  const copyNodes = definition.content as object[];
  const footer = definition.footer as DynamicContent;
  let atPassStart: unknown[] = [];
  return {
    ...definition,
    background: (currentPage) => {
      const positions = copyNodes.map((node) => (node as LaidOut).positions);
      if (currentPage === 1) atPassStart = positions;
      else onCopiesLaidOut(positions.filter((p, i) => p !== atPassStart[i]).length - 1);
      return null;
    },
    footer: (currentPage, pageCount, pageSize) => {
      if (currentPage === 1) onCopiesLaidOut(copyNodes.length);
      return footer(currentPage, pageCount, pageSize);
    },
  };
}

/**
 * The whole definition: the frame around each copy's body, every text typeset
 * (typography.ts), each copy from a new page.
 */
export function documentDefinition(document: PrintedDocument): TDocumentDefinitions {
  const { frame, copies } = document;
  if (copies.length === 0 || copies.some((c) => c.body.length === 0)) {
    throw new Error('A document needs at least one copy, and every copy some content.');
  }
  const project = efs(frame.project);
  // Without the office's strip nothing is drawn: a grey box has no place on a signed paper
  // (the screens warn before printing that the strip is missing).
  const strip = project?.logoStrip ?? null;
  const sentence = project ? coFinancingSentence(project) : null;
  const width = contentWidth(frame.orientation);

  // pdfmake 0.3 counts pages from 0 in its odd/even page breaks: 'beforeEven' starts a copy on
  // what people call an odd page (1, 3, 5…), the front of a sheet. Tested on the rendered PDF.
  const pageBreak = frame.duplex ? ('beforeEven' as const) : ('before' as const);
  const copyNodes: ContentStack[] = copies.map((copy, i) => ({
    stack: typesetContent(copy.body),
    ...(i > 0 ? { pageBreak } : {}),
  }));

  let firstPages: number[] = [1];
  /** Duplex only: the last page of each copy; the pages after it are blank. */
  let lastPages: number[] | null = null;
  /**
   * Where page `currentPage` falls. Headers, then footers, are laid out page by page from
   * page 1, after all the content of that pass: page 1 reads where the copies went.
   */
  const pageOf = (currentPage: number, pageCount: number): CopyPage | null => {
    if (currentPage === 1 && copies.length > 1) {
      firstPages = copyFirstPages(copyNodes);
      lastPages = frame.duplex ? copyLastPages(copyNodes) : null;
    }
    const at = copyPage(firstPages, currentPage, pageCount);
    if (!lastPages) return at;
    const last = lastPages[at.copy]!;
    // The blank back of a copy's last sheet.
    if (currentPage > last) return null;
    return { ...at, of: last - firstPages[at.copy]! + 1 };
  };

  const footer: DynamicContent = (currentPage, pageCount) => {
    const at = pageOf(currentPage, pageCount);
    if (!at) return null;
    const { copy, page, of } = at;
    // Nodes made anew for every page: pdfmake writes layout data into them.
    const sentenceLines: Content[] = sentence
      ? [{ text: sentence, alignment: 'center', margin: [0, 0, 0, 4] }]
      : [];
    return {
      headlineLevel: PAGE_FURNITURE_LEVEL,
      margin: [MARGIN, 14, MARGIN, 0],
      fontSize: 7.5,
      color: '#333333',
      stack: [
        ...sentenceLines,
        {
          columns: [
            { text: copies[copy]!.footer },
            // Never broken, however long the label beside it.
            { text: `Strona ${page} z ${of}`, alignment: 'right', width: 'auto', noWrap: true },
          ],
        },
      ],
    };
  };

  return {
    pageSize: 'A4',
    pageOrientation: frame.orientation,
    pageMargins: strip
      ? [MARGIN, STRIP_TOP + STRIP_HEIGHT + 16, MARGIN, MARGIN + 10]
      : [MARGIN, MARGIN, MARGIN, MARGIN + (sentence ? 10 : 0)],
    info: { title: frame.title, author: frame.author, creator: 'Aktywator' },
    language: 'pl-PL',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles,
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === HEADING_LEVEL && endsItsPage(queries.getFollowingNodesOnPage()),
    watermark: frame.draft
      ? { text: 'PROJEKT — nie do podpisu', angle: -50, opacity: 0.13, bold: true, fontSize: 54 }
      : undefined,
    images: strip ? { logoStrip: strip } : undefined,
    header: strip
      ? (currentPage, pageCount) =>
          pageOf(currentPage, pageCount) && {
            // The office's logo strip, as supplied (the office owns the signs and their order).
            stack: [{ image: 'logoStrip', fit: [width, STRIP_HEIGHT], alignment: 'center' }],
            margin: [MARGIN, STRIP_TOP, MARGIN, 0],
            headlineLevel: PAGE_FURNITURE_LEVEL,
          }
      : undefined,
    footer,
    content: copyNodes,
  };
}
