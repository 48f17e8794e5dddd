import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

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
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1]);
    if (!Number.isInteger(pageCount) || pageCount < 1) throw new Error('pdfinfo: no page count');
    const text = run('pdftotext', ['-layout', file, '-']);
    const pages = Array.from({ length: pageCount }, (_, i) =>
      run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']),
    );
    return { text, pages, pageCount };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function pdfText(doc: TDocumentDefinitions): Promise<PdfText> {
  return readPdf(await renderPdf(doc));
}

/** Whitespace (line breaks of wrapped paragraphs included) collapsed to single spaces. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
