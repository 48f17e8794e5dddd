import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentDefinition, type PrintedDocument } from './page-frame';
import { heading, labelled } from './parts';

/**
 * The rendering worker's warm-up, while nobody waits: a short document in the fonts and
 * shapes the real ones use (a title, headings, paragraphs with Polish letters, a table, an
 * italic caption, the footer), rendered and thrown away. It opens the fonts (parsed once and
 * kept, font-cache.ts), measures the common words, and gets the layout code compiled, so
 * the first preview a clerk asks for costs what the later ones do. Done in steps, so a
 * request that comes meanwhile waits for one step at most (`shouldStop`).
 */

const TEXT =
  'Zażółć gęślą jaźń — Ośrodek Pomocy Społecznej w Łodzi, ul. Źródłowa 12, 26‑600 Radom. ' +
  'Uczestnik zobowiązuje się do udziału w zajęciach, a pracownik socjalny do wsparcia ' +
  'w poszukiwaniu pracy; § 3 ust. 2 pkt 1 ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu ' +
  'socjalnym (Dz.U. 2022 poz. 2241). ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż „cudzysłów” 0123456789.';

/** A small document of each kind of content: the steps of the warm-up, lightest first. */
export function warmUpDocuments(): PrintedDocument[] {
  const frame = {
    title: 'Rozgrzewka',
    author: 'Aktywator',
    orientation: 'portrait' as const,
    project: null,
  };
  const copy = (body: Content[]): PrintedDocument => ({
    frame,
    copies: [{ footer: 'Rozgrzewka', body }],
  });
  const table: Content = {
    table: {
      headerRows: 1,
      widths: ['auto', '*', 'auto'],
      body: [
        [
          { text: 'Lp.', style: 'tableHeader' },
          { text: 'Treść zadania', style: 'tableHeader' },
          { text: 'Godziny', style: 'tableHeader' },
        ],
        ...[1, 2, 3, 4].map((n) => [
          { text: `${n}.`, style: 'tableCell' },
          { text: TEXT.slice(0, 60 + n * 10), style: 'tableCell' },
          { text: `${n * 4}`, style: 'tableCell' },
        ]),
      ],
    },
  };
  return [
    copy([{ text: TEXT }]),
    copy([
      { text: 'KONTRAKT SOCJALNY', style: 'title' },
      heading('I. Strony kontraktu', 'partHeading'),
      labelled('Imię i nazwisko:', 'Łucja Żółkiewska-Nowak'),
      { text: TEXT, style: 'paragraph' },
      { text: TEXT, style: 'caption' },
    ]),
    copy([
      { text: 'ZAŚWIADCZENIE', style: 'title' },
      { text: TEXT, style: 'subtitle' },
      table,
      { text: TEXT, style: 'clause' },
      { text: TEXT, style: 'small' },
    ]),
  ];
}

/**
 * How many times the last document is laid out again with every word measured anew (no
 * cache of measured words): what gets fontkit's shaping compiled, so that a document full of
 * words never measured before (a contract's tasks) is not the one that pays for it. Measured
 * in Node: the first contract after the warm-up took ~400 ms with none, ~130 ms with 4,
 * ~60–100 ms with 8 (hot: ~50 ms); the warm-up itself ~0.6–1 s of the worker's idle time.
 */
const MEASURING_ROUNDS = 8;

/**
 * Renders the warm-up documents one by one, each in a task of its own; stops before the next
 * when `shouldStop` says a real request is waiting. Never throws: a warm-up that failed only
 * leaves the first preview slower.
 */
export async function warmUp(engine: WarmEngine, shouldStop: () => boolean): Promise<number> {
  const documents = warmUpDocuments();
  const table = documents[documents.length - 1]!;
  const steps = [
    ...documents.map((printed) => ({ printed, measureAgain: false })),
    ...Array.from({ length: MEASURING_ROUNDS }, () => ({ printed: table, measureAgain: true })),
  ];
  let done = 0;
  for (const { printed, measureAgain } of steps) {
    // Another task: a request posted meanwhile is let in first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (shouldStop()) break;
    try {
      await engine
        .createPdf(documentDefinition(printed), measureAgain ? { fontLayoutCache: false } : {})
        .getBuffer();
    } catch {
      break;
    }
    done++;
  }
  return done;
}

/** pdfmake's `createPdf` with its options. */
type WarmEngine = {
  createPdf(
    definition: TDocumentDefinitions,
    options?: { fontLayoutCache?: boolean },
  ): { getBuffer(): Promise<Uint8Array> };
};
