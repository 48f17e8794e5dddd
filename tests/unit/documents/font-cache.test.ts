import { describe, expect, it } from 'vitest';
import {
  fontCacheStats,
  shareParsedFonts,
  type StreamingEngine,
} from '../../../src-renderer/documents/font-cache';
import type { PrintRequest } from '../../../src-renderer/documents/registry';
import { renderRequest } from '../../../src-renderer/documents/render-pdf';
import { warmUp, warmUpDocuments } from '../../../src-renderer/documents/warm-up';
import { flat, pdfEngine, readPdf, renderPdf } from '../../support/pdf';
import { courseCertificate } from './course-certificate-fixtures';
import { familyContract } from './fixtures';

/*
 * One file, in order: pdfmake's engine is one object per process, and sharing its fonts
 * changes it for good, so the documents rendered the usual way come first.
 */

const certificate: PrintRequest = { kind: 'courseCertificate', data: courseCertificate() };
const contract: PrintRequest = { kind: 'contract', data: familyContract };
const engine = pdfEngine as unknown as StreamingEngine;

/**
 * The file without its moment of creation and the id pdfkit derives from it: the only things
 * two renderings of one document may differ in.
 */
const timeless = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID');

describe('fonts parsed once per engine', () => {
  it('leaves an engine that is not pdfmake as it is', async () => {
    const createPdf = () => ({ getStream: async () => ({ something: 'else' }) });
    expect(await shareParsedFonts({ createPdf })).toBe(false);
  });

  it('renders every later document the same, byte for byte, from fonts parsed once', async () => {
    // The usual way: each document parses its fonts.
    const before = [
      await renderRequest(pdfEngine, certificate),
      await renderRequest(pdfEngine, contract),
    ].map(timeless);
    expect(fontCacheStats()).toEqual({ parsed: 0, reused: 0 });

    expect(await shareParsedFonts(engine)).toBe(true);
    expect(await shareParsedFonts(engine)).toBe(true); // once is enough: not patched twice
    const after = [
      await renderRequest(pdfEngine, certificate),
      await renderRequest(pdfEngine, contract),
      await renderRequest(pdfEngine, certificate),
    ].map(timeless);
    expect(after).toEqual([...before, before[0]]);
    // Regular, Medium (bold) and Italic parsed by the first document; reused by the others.
    const { parsed, reused } = fontCacheStats();
    expect(parsed).toBe(3);
    expect(reused).toBeGreaterThanOrEqual(4);
  });

  it('keeps every letter readable after a document that held it only inside another', async () => {
    // Roboto draws "Ć" from "C" and an accent: a document's font file takes "C" in for it
    // without saying which letter it is, and the next document must not inherit that.
    await renderPdf({ content: ['Ćma', 'ĆŚŹŻŃ ćśźżń'] });
    const next = readPdf(await renderPdf({ content: ['Centrum Społeczne Szczecin, Zażółć'] }));
    expect(flat(next.text).trim()).toBe('Centrum Społeczne Szczecin, Zażółć');
  });

  it('reads Polish letters from a contract rendered after a certificate', async () => {
    await renderRequest(pdfEngine, certificate);
    const text = flat(readPdf(Buffer.from(await renderRequest(pdfEngine, contract))).text);
    expect(text).toContain('KONTRAKT SOCJALNY');
    expect(text).toMatch(/[ąćęłńóśźż]/);
    expect(text).toContain(familyContract.person.lastName);
  });
});

describe('the worker’s warm-up', () => {
  it('opens every font the documents use, so a real one parses none', async () => {
    const steps = await warmUp(pdfEngine, () => false);
    expect(steps).toBe(warmUpDocuments().length + 8);
    const { parsed } = fontCacheStats();
    await renderRequest(pdfEngine, contract);
    await renderRequest(pdfEngine, certificate);
    expect(fontCacheStats().parsed).toBe(parsed);
  });

  it('gives way to a request: stops before its next document', async () => {
    let asked = false;
    const steps = await warmUp(pdfEngine, () => {
      const stop = asked;
      asked = true;
      return stop;
    });
    expect(steps).toBe(1);
  });
});
