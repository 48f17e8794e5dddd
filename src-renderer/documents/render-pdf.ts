import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentDefinition, withLayoutProgress } from './page-frame';
import { printedDocument, type PrintRequest } from './registry';

/**
 * A print request → the PDF's bytes, given pdfmake: the same code runs in the rendering
 * worker (render.worker.ts), on the page when there is no worker (render-browser.ts), and in
 * Node for the tests (tests/support/pdf.ts).
 */

/** The part of pdfmake this needs; its Node and browser builds both have it. */
export type PdfEngine = {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
};

/** How far a request has got, in copies (a batch of 30 certificates: 0…30 of 30). */
export type RenderProgress = { done: number; total: number };

/** Page → worker. */
export type WorkerCall = { id: number; request: PrintRequest };

/** Worker → page: progress, then the PDF or why there is none. */
export type WorkerReply =
  | { id: number; type: 'progress'; progress: RenderProgress }
  | { id: number; type: 'done'; pdf: Blob }
  | { id: number; type: 'failed'; message: string };

export async function renderRequest(
  engine: PdfEngine,
  request: PrintRequest,
  onProgress?: (progress: RenderProgress) => void,
): Promise<Uint8Array> {
  const printed = printedDocument(request);
  const definition = documentDefinition(printed);
  if (!onProgress) return engine.createPdf(definition).getBuffer();

  const total = printed.copies.length;
  // pdfmake lays the whole file out before it draws any of it, and the two take about as
  // long: a copy counts half once laid out and half once drawn. `total` is reported only
  // when the file is complete.
  let laidOut = 0;
  let drawn = 0;
  let reported = -1;
  const report = (done: number) => {
    if (done <= reported) return;
    reported = done;
    onProgress({ done, total });
  };
  const estimate = () => report(Math.min(total - 1, Math.floor((laidOut + drawn) / 2)));
  estimate();

  const watched = withLayoutProgress(definition, (copies) => {
    laidOut = Math.max(laidOut, copies);
    estimate();
  });
  // pdfmake takes the callback when the document is created; it is the engine's, so it is
  // cleared at once for the next document.
  engine.setProgressCallback((fraction) => {
    drawn = Math.floor(fraction * total);
    estimate();
  });
  let pdf: ReturnType<PdfEngine['createPdf']>;
  try {
    pdf = engine.createPdf(watched);
  } finally {
    engine.setProgressCallback(undefined);
  }
  const bytes = await pdf.getBuffer();
  report(total);
  return bytes;
}
