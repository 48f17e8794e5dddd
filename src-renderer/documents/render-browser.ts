import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Renders a document definition to a PDF in the browser: the one place that loads
 * pdfmake and its Roboto fonts. They are large, so they are fetched on the first preview,
 * not with the application.
 */
type PdfMake = typeof import('pdfmake/build/pdfmake');

let loading: Promise<PdfMake> | null = null;

function loadPdfMake(): Promise<PdfMake> {
  loading ??= (async () => {
    const pdfMake = (await import('pdfmake/build/pdfmake')).default as unknown as PdfMake;
    const vfs = (await import('pdfmake/build/vfs_fonts')).default;
    pdfMake.addVirtualFileSystem(vfs);
    // Documents carry their images as data URLs: nothing is ever fetched.
    pdfMake.setUrlAccessPolicy(() => false);
    return pdfMake;
  })().catch((e: unknown) => {
    loading = null; // a later preview may try again
    throw e;
  });
  return loading;
}

/** Starts loading pdfmake ahead of the first preview, when the browser is idle. */
export function preloadPdfRenderer(): void {
  const load = () => void loadPdfMake().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1000);
}

export async function renderPdfBlob(doc: TDocumentDefinitions): Promise<Blob> {
  const pdfMake = await loadPdfMake();
  return pdfMake.createPdf(doc).getBlob();
}
