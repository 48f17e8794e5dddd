import { describe, expect, it, vi } from 'vitest';
import {
  copyPage,
  documentDefinition,
  printedTogether,
  quotedTitle,
  type DocumentCopy,
  type PageFrame,
  type PrintedDocument,
} from '../../../src-renderer/documents/page-frame';
import { buildDocument, printedDocument } from '../../../src-renderer/documents/registry';
import { renderRequest, type RenderProgress } from '../../../src-renderer/documents/render-pdf';
import { flat, pdfEngine, pdfText, readPdf } from '../../support/pdf';
import { amendment, contractWithTasks, efs2021Project, familyContract } from './fixtures';

// Rendering a PDF takes a few hundred milliseconds; a busy two-core CI machine needs room.
vi.setConfig({ testTimeout: 60_000 });

const frame: PageFrame = {
  title: 'Zaświadczenia',
  author: 'Miejski Ośrodek Pomocy Społecznej',
  orientation: 'portrait',
  project: null,
};

/** A certificate whose body fills about `pages` pages. */
function certificate(name: string, pages: number): DocumentCopy {
  const paragraph = `${name}: `.padEnd(1400, 'treść zaświadczenia ');
  return {
    footer: `Zaświadczenie — ${name}`,
    body: [
      { text: `ZAŚWIADCZENIE ${name}`, style: 'title' },
      // About 3 paragraphs to a page.
      ...Array.from({ length: pages * 3 - 2 }, () => ({ text: paragraph, style: 'paragraph' })),
    ],
  };
}

/** Each page's "Strona X z Y" and the footer's label, as printed. */
function footers(pages: string[]): { label: string; page: string }[] {
  return pages.map((text) => {
    const lines = text.trimEnd().split('\n');
    const last = flat(lines[lines.length - 1]!).trim();
    const match = /^(.*?)\s*Strona (\d+ z \d+)$/.exec(last);
    return { label: match?.[1] ?? last, page: match?.[2] ?? '' };
  });
}

describe('copyPage: where a page falls among copies', () => {
  it('counts within each copy, whatever their lengths', () => {
    const starts = [1, 4, 5];
    expect([1, 2, 3, 4, 5, 6].map((p) => copyPage(starts, p, 6))).toEqual([
      { copy: 0, page: 1, of: 3 },
      { copy: 0, page: 2, of: 3 },
      { copy: 0, page: 3, of: 3 },
      { copy: 1, page: 1, of: 1 },
      { copy: 2, page: 1, of: 2 },
      { copy: 2, page: 2, of: 2 },
    ]);
    expect(copyPage([1], 2, 4)).toEqual({ copy: 0, page: 2, of: 4 });
  });
});

describe('a batch of copies of different lengths in one file', () => {
  it('numbers the pages of each copy on its own and labels each with its copy', async () => {
    const doc: PrintedDocument = {
      frame,
      copies: [certificate('Anna', 3), certificate('Jan', 1), certificate('Oleh', 2)],
    };
    const { pages, pageCount } = await pdfText(documentDefinition(doc));
    expect(pageCount).toBe(6);
    expect(footers(pages)).toEqual([
      { label: 'Zaświadczenie — Anna', page: '1 z 3' },
      { label: 'Zaświadczenie — Anna', page: '2 z 3' },
      { label: 'Zaświadczenie — Anna', page: '3 z 3' },
      { label: 'Zaświadczenie — Jan', page: '1 z 1' },
      { label: 'Zaświadczenie — Oleh', page: '1 z 2' },
      { label: 'Zaświadczenie — Oleh', page: '2 z 2' },
    ]);
    expect(pages[3]).toContain('ZAŚWIADCZENIE Jan');
    expect(pages[4]).toContain('ZAŚWIADCZENIE Oleh');
  });

  it('contracts of 5, 3 and 2 pages printed together through the registry', async () => {
    const { pages, pageCount } = await pdfText(
      buildDocument({
        kind: 'contract',
        title: 'Kontrakty socjalne',
        items: [
          { data: contractWithTasks(40) },
          { data: { ...familyContract, number: 'KS/2026/0008' } },
          { data: familyContract, options: { copies: { familyMember: 0 } } },
        ],
      }),
    );
    const expected = [
      ...[1, 2, 3, 4, 5].map((p) => ['Kontrakt socjalny nr KS/2026/0007', `${p} z 5`]),
      ...[1, 2, 3].map((p) => ['Kontrakt socjalny nr KS/2026/0008', `${p} z 3`]),
      ...[1, 2].map((p) => [
        'Kontrakt socjalny nr KS/2026/0007 · Egzemplarz członka rodziny: Anna Kowalska',
        `${p} z 2`,
      ]),
    ].map(([label, page]) => ({ label, page }));
    expect(pageCount).toBe(expected.length);
    expect(footers(pages)).toEqual(expected);
    // Each copy begins with its own heading.
    for (const first of [0, 5, 8]) expect(pages[first]).toContain('(pieczęć ośrodka');
  });

  it('prints only documents that share a frame', () => {
    const one = (draft: boolean): PrintedDocument => ({
      frame: { ...frame, draft },
      copies: [certificate('Anna', 1)],
    });
    expect(printedTogether('Dwa', [one(false), one(false)]).copies).toHaveLength(2);
    expect(() => printedTogether('Dwa', [one(false), one(true)])).toThrow(/share/);
    expect(() => printedTogether('Nic', [])).toThrow(/empty/);
  });
});

describe('quotedTitle', () => {
  it('puts a title in Polish quotes, and quotes inside it in the inner pair', () => {
    expect(quotedTitle('Razem po zmianę')).toBe('„Razem po zmianę”');
    expect(quotedTitle('Klub Integracji Społecznej „Nowy Start”')).toBe(
      '„Klub Integracji Społecznej »Nowy Start«”',
    );
    expect(quotedTitle('Klub "Nowy Start"')).toBe('„Klub »Nowy Start«”');
  });
});

describe('orientation', () => {
  it('lays a landscape A4 with the logo strip across its width', async () => {
    const definition = documentDefinition({
      frame: { ...frame, orientation: 'landscape', project: efs2021Project },
      copies: [certificate('Harmonogram', 1)],
    });
    expect(definition.pageOrientation).toBe('landscape');
    const header = (definition.header as unknown as () => { stack: { fit: number[] }[] })();
    expect(header.stack[0]!.fit).toEqual([841.89 - 2 * 57, 56]);
    const pdf = await pdfText(definition);
    expect(pdf.pageSize).toMatch(/^841\.89 x 595\.28 pts/);
    expect(flat(pdf.text)).toContain('Projekt „Razem po zmianę” jest współfinansowany');
  });

  it('keeps every existing document A4 portrait', () => {
    expect(buildDocument({ kind: 'contract', data: familyContract }).pageOrientation).toBe(
      'portrait',
    );
  });
});

describe('rendering a batch reports its progress in copies', () => {
  it('from 0 to the number of copies, never backwards, the last only when the file is done', async () => {
    const items = [contractWithTasks(20), familyContract, contractWithTasks(6), familyContract];
    const seen: RenderProgress[] = [];
    const bytes = await renderRequest(
      pdfEngine,
      { kind: 'contract', title: 'Kontrakty', items: items.map((data) => ({ data })) },
      (p) => seen.push(p),
    );
    expect(seen[0]).toEqual({ done: 0, total: 4 });
    expect(seen[seen.length - 1]).toEqual({ done: 4, total: 4 });
    expect(seen.every((p) => p.total === 4)).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    // Something between the start and the end, so a progress bar moves.
    expect(done.some((d) => d > 0 && d < 4)).toBe(true);
    expect(readPdf(Buffer.from(bytes)).pageCount).toBeGreaterThan(4);
  });

  it('renders the same document with or without a listener', async () => {
    const request = { kind: 'amendment', data: amendment } as const;
    const plain = readPdf(Buffer.from(await renderRequest(pdfEngine, request)));
    const watched = readPdf(Buffer.from(await renderRequest(pdfEngine, request, () => {})));
    expect(watched.text).toBe(plain.text);
    expect(printedDocument(request).copies).toHaveLength(1);
  });
});
