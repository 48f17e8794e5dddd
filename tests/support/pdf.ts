import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfEngine } from '../../src-renderer/documents/render-pdf';

/**
 * Renders document definitions in Node the way the application does in the browser
 * (Roboto, no URL access), and reads them back with poppler-utils (pdftotext, pdfinfo):
 * tests then assert on what a person would read on paper.
 */

const fonts = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts/Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: join(fonts, 'Roboto-Regular.ttf'),
    bold: join(fonts, 'Roboto-Medium.ttf'),
    italics: join(fonts, 'Roboto-Italic.ttf'),
    bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
  },
});
// Documents carry their images as data URLs: nothing is fetched, only the fonts are read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts));

/** pdfmake set up as above, for code that takes the engine (render-pdf.ts). */
export const pdfEngine: PdfEngine = pdfmake;

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(doc).getBuffer();
}

export type PdfText = {
  /**
   * `pdftotext -layout` of the whole document, U+00A0 replaced by ordinary spaces and the
   * non-breaking hyphen U+2011 by '-' (both are what the typesetting puts in).
   */
  text: string;
  /** The same, page by page (`pdftotext -f N -l N`); `pages[0]` is page 1. */
  pages: string[];
  pageCount: number;
  /** pdfinfo's "Page size" of the first page, e.g. "595.28 x 841.89 pts (A4)". */
  pageSize: string;
};

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' })
      .replaceAll('\u00a0', ' ')
      .replaceAll('\u2011', '-');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${cmd} not found: install poppler-utils (apt-get install -y poppler-utils)`,
        {
          cause: e,
        },
      );
    }
    throw e;
  }
}

/** Text and page count of a rendered PDF. */
export function readPdf(pdf: Buffer): PdfText {
  const dir = mkdtempSync(join(tmpdir(), 'aktywator-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const info = run('pdfinfo', [file]);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '';
    if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error('pdfinfo: no page count');
    const text = run('pdftotext', ['-layout', file, '-']);
    const pages = Array.from({ length: pageCount }, (_, i) =>
      run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']),
    );
    return { text, pages, pageCount, pageSize };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function pdfText(doc: TDocumentDefinitions): Promise<PdfText> {
  return readPdf(await renderPdf(doc));
}

/** Whitespace (line breaks of wrapped paragraphs included) collapsed to single spaces. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The texts of a definition's content in reading order, without rendering it: one string per
 * paragraph (its inline runs joined), list item and table cell — tables row by row, columns
 * left to right, an ordered list's items numbered as pdfmake numbers them ("1. …"). The page
 * furniture (header, footer, watermark) is left out: it is drawn page by page, so what it
 * says is checked on the rendered PDF. Non-breaking spaces and hyphens read as ordinary ones,
 * as in `readPdf`, so `flat(definitionText(doc))` can be searched like `flat(pdf.text)`.
 */
export function definitionTexts(doc: TDocumentDefinitions): string[] {
  return contentTexts(doc.content, []);
}

/** `definitionTexts` one to a line. */
export const definitionText = (doc: TDocumentDefinitions): string =>
  definitionTexts(doc).join('\n');

/** Every table row of the definition's content, as the texts of its cells. */
export function definitionRows(doc: TDocumentDefinitions): string[][] {
  const rows: string[][] = [];
  contentTexts(doc.content, rows);
  return rows;
}

const readable = (text: string): string => text.replaceAll('\u00a0', ' ').replaceAll('\u2011', '-');

/** The text of one paragraph: its runs, however nested, joined without separators. */
function inlineText(runs: unknown): string {
  if (Array.isArray(runs)) return runs.map(inlineText).join('');
  if (runs !== null && typeof runs === 'object')
    return inlineText((runs as { text?: unknown }).text);
  return typeof runs === 'string' || typeof runs === 'number' ? String(runs) : '';
}

function contentTexts(node: unknown, rows: string[][]): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [readable(String(node))];
  if (Array.isArray(node)) return node.flatMap((n) => contentTexts(n, rows));
  if (node === null || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  if ('text' in n) return [readable(inlineText(n.text))];
  if (Array.isArray(n.ol)) {
    const start = typeof n.start === 'number' ? n.start : 1;
    return n.ol.flatMap((item, i) => {
      const [first = '', ...rest] = contentTexts(item, rows);
      return [`${start + i}. ${first}`, ...rest];
    });
  }
  for (const key of ['stack', 'columns', 'ul'] as const)
    if (Array.isArray(n[key])) return contentTexts(n[key], rows);
  const body = (n.table as { body?: unknown[][] } | undefined)?.body;
  if (Array.isArray(body))
    return body.flatMap((row) => {
      const cells = row.map((cell) => contentTexts(cell, rows));
      rows.push(cells.map((texts) => texts.join(' ')));
      return cells.flat();
    });
  return [];
}
