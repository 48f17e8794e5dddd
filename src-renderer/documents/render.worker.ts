import { renderRequest, type WorkerCall, type WorkerReply } from './render-pdf';
import { loadPdfMake } from './render-pdfmake';
import { warmUp } from './warm-up';

/**
 * The rendering worker: print requests (a document, or a batch of them) in, PDFs out, off
 * the page's thread — a batch of certificates takes seconds of pdfmake's layout, during
 * which the page must stay responsive. The page starts it ahead of the first preview
 * (render-browser.ts), so pdfmake and the fonts load here at once, and a short warm-up
 * document is rendered while nobody waits (warm-up.ts): the first preview then costs what
 * the later ones do.
 */

type WorkerScope = {
  postMessage(reply: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerCall>) => void): void;
};
const scope = self as unknown as WorkerScope;

/** Requests received: the warm-up gives way to the first. */
let requests = 0;

// At once, ahead of the first request; a load that failed is tried again by the next one.
loadPdfMake()
  .then((engine) => warmUp(engine, () => requests > 0))
  .catch(() => undefined);

async function render({ id, request }: WorkerCall): Promise<void> {
  try {
    const bytes = await renderRequest(await loadPdfMake(), request, (progress) =>
      scope.postMessage({ id, type: 'progress', progress }),
    );
    const pdf = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    scope.postMessage({ id, type: 'done', pdf });
  } catch (e) {
    scope.postMessage({ id, type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
}

scope.addEventListener('message', (event) => {
  requests++;
  void render(event.data);
});
