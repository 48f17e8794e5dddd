import { shareParsedFonts, type StreamingEngine } from './font-cache';
import type { PdfEngine } from './render-pdf';

/**
 * pdfmake's browser build with its Roboto fonts: the one place the renderer loads them. They
 * are large (~2 MB), so they are fetched when the rendering worker starts (ahead of the
 * first preview), not with the application; on a page without workers, here. The fonts are
 * parsed once and kept for every later document (font-cache.ts).
 */
type PdfMake = typeof import('pdfmake/build/pdfmake');

let loading: Promise<PdfEngine> | null = null;

export function loadPdfMake(): Promise<PdfEngine> {
  loading ??= (async () => {
    const [pdfMakeModule, vfsModule] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('pdfmake/build/vfs_fonts'),
    ]);
    const pdfMake = pdfMakeModule.default as unknown as PdfMake;
    pdfMake.addVirtualFileSystem(vfsModule.default);
    // Documents carry their images as data URLs: nothing is ever fetched.
    pdfMake.setUrlAccessPolicy(() => false);
    // Without it every document parses its fonts anew: slower, never wrong.
    await shareParsedFonts(pdfMake as unknown as StreamingEngine).catch(() => false);
    return pdfMake as PdfEngine;
  })().catch((e: unknown) => {
    loading = null; // a later preview may try again
    throw e;
  });
  return loading;
}
