import type { PdfEngine } from './render-pdf';

/**
 * pdfmake's browser build with its Roboto fonts: the one place the renderer loads them. They
 * are large (~2 MB), so they are fetched when the rendering worker starts (ahead of the
 * first preview), not with the application; on a page without workers, here.
 */
type PdfMake = typeof import('pdfmake/build/pdfmake');

let loading: Promise<PdfEngine> | null = null;

export function loadPdfMake(): Promise<PdfEngine> {
  loading ??= (async () => {
    const pdfMake = (await import('pdfmake/build/pdfmake')).default as unknown as PdfMake;
    const vfs = (await import('pdfmake/build/vfs_fonts')).default;
    pdfMake.addVirtualFileSystem(vfs);
    // Documents carry their images as data URLs: nothing is ever fetched.
    pdfMake.setUrlAccessPolicy(() => false);
    return pdfMake as PdfEngine;
  })().catch((e: unknown) => {
    loading = null; // a later preview may try again
    throw e;
  });
  return loading;
}
