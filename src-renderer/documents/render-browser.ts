import type { PrintRequest } from './registry';
import {
  renderRequest,
  type RenderProgress,
  type WorkerCall,
  type WorkerReply,
} from './render-pdf';
import { loadPdfMake } from './render-pdfmake';

/**
 * Renders print requests to PDF blobs for the preview, in the rendering worker
 * (render.worker.ts) so the page never freezes while pdfmake lays out a long batch. On this
 * thread only where there is no Worker (jsdom in component tests) or the worker could not
 * start. A request is the kind and its data, not a pdfmake definition: a definition holds
 * functions (footers, table lines), which cannot be posted to a worker.
 */

export type { RenderProgress };
type OnProgress = (progress: RenderProgress) => void;

/** What the renderer needs of a Worker (a fake one in the tests). */
export type WorkerLike = {
  postMessage(call: WorkerCall): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
};

export type PdfRenderer = {
  /** Starts the worker (and so pdfmake's loading) ahead of the first request. */
  preload(): void;
  /**
   * The request's PDF. `signal` cancels it ("Anuluj" beside a batch's progress bar): the
   * promise rejects at once with an `AbortError` (`isAbortError`). pdfmake cannot be stopped
   * in the middle of a layout, so the worker doing it is terminated; the requests it still
   * held go to a new one, started at once.
   */
  render(request: PrintRequest, onProgress?: OnProgress, signal?: AbortSignal): Promise<Blob>;
};

/** The error a cancelled render rejects with (a DOMException named "AbortError"). */
export const abortError = (): Error =>
  new DOMException('Przygotowanie dokumentu przerwano.', 'AbortError');

/** True for the rejection of a render cancelled by its signal: nothing to show the user. */
export const isAbortError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AbortError';

type Job = {
  request: PrintRequest;
  onProgress?: OnProgress;
  resolve: (pdf: Blob) => void;
  reject: (error: Error) => void;
};

export function createPdfRenderer(options: {
  /** A new worker, or null where there is none. */
  startWorker: () => WorkerLike | null;
  /** This thread's renderer: the fallback. */
  renderHere: (request: PrintRequest, onProgress?: OnProgress) => Promise<Blob>;
  preloadHere: () => void;
}): PdfRenderer {
  /** undefined: not started yet; null: none, render here. */
  let worker: WorkerLike | null | undefined;
  /** The jobs sent to the current worker, by id. */
  const jobs = new Map<number, Job>();
  let nextId = 1;

  const runHere = (job: Job) =>
    options.renderHere(job.request, job.onProgress).then(job.resolve, job.reject);

  function send(target: WorkerLike, job: Job): void {
    const id = nextId++;
    jobs.set(id, job);
    target.postMessage({ id, request: job.request });
  }

  function onReply(reply: WorkerReply): void {
    const job = jobs.get(reply.id);
    if (!job) return;
    if (reply.type === 'progress') return job.onProgress?.(reply.progress);
    jobs.delete(reply.id);
    if (reply.type === 'done') job.resolve(reply.pdf);
    else job.reject(new Error(reply.message));
  }

  /**
   * The worker failed to load (or died): what it held is rendered here, and so is
   * everything after. Errors of a document itself come back as replies, not here.
   */
  function onWorkerError(event: ErrorEvent): void {
    console.warn('Aktywator: dokumenty będą przygotowywane bez osobnego wątku.', event.message);
    worker?.terminate();
    worker = null;
    const waiting = [...jobs.values()];
    jobs.clear();
    waiting.forEach(runHere);
  }

  function started(): WorkerLike | null {
    if (worker !== undefined) return worker;
    let fresh: WorkerLike | null;
    try {
      fresh = options.startWorker();
    } catch {
      fresh = null;
    }
    worker = fresh;
    // A worker terminated for a cancel may still have a reply in flight: only the current
    // worker's replies and errors count.
    fresh?.addEventListener('message', (event) => {
      if (worker === fresh) onReply(event.data);
    });
    fresh?.addEventListener('error', (event) => {
      if (worker === fresh) onWorkerError(event);
    });
    return worker;
  }

  /**
   * Cancels a job: rejected at once. One sent to the worker is dropped with it — the worker
   * is terminated (pdfmake's layout cannot be interrupted) and a new one takes what it held.
   */
  function cancel(job: Job): void {
    const sent = [...jobs.entries()].find(([, j]) => j === job);
    job.reject(abortError());
    if (!sent || !worker) return; // on this thread: its result is simply ignored
    jobs.delete(sent[0]);
    worker.terminate();
    worker = undefined;
    const waiting = [...jobs.values()];
    jobs.clear();
    if (waiting.length === 0) return; // the next render starts a new worker
    const target = started();
    for (const other of waiting) {
      if (target) send(target, other);
      else void runHere(other);
    }
  }

  return {
    preload() {
      if (!started()) options.preloadHere();
    },
    render(request, onProgress, signal) {
      return new Promise<Blob>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        let settled = false;
        const onAbort = () => {
          if (!settled) cancel(job);
        };
        const settle =
          <T>(then: (value: T) => void) =>
          (value: T) => {
            if (settled) return;
            settled = true;
            signal?.removeEventListener('abort', onAbort);
            then(value);
          };
        const job: Job = {
          request,
          // No progress after a cancel: the bar is gone.
          onProgress: onProgress && ((p) => void (settled || onProgress(p))),
          resolve: settle(resolve),
          reject: settle(reject),
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const target = started();
        if (!target) return void runHere(job);
        send(target, job);
      });
    },
  };
}

const renderer = createPdfRenderer({
  startWorker: () =>
    typeof Worker === 'undefined'
      ? null
      : (new Worker(new URL('./render.worker.ts', import.meta.url), {
          type: 'module',
          name: 'aktywator-pdf',
        }) as WorkerLike),
  renderHere: async (request, onProgress) => {
    const bytes = await renderRequest(await loadPdfMake(), request, onProgress);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  },
  preloadHere: () => void loadPdfMake().catch(() => undefined),
});

/**
 * Starts the renderer ahead of the first preview. The worker at once: it loads pdfmake and
 * the fonts and warms up on its own thread, and a clerk may click "Drukuj" the moment the
 * screen shows (waiting for the page to go idle cost up to a second then). Without workers
 * pdfmake would load on this thread: only when the browser is idle.
 */
export function preloadPdfRenderer(): void {
  if (typeof Worker !== 'undefined') return renderer.preload();
  const load = () => renderer.preload();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1000);
}

/**
 * A document, or a batch of them in one file, as a PDF; a batch reports its progress, and
 * `signal` cancels it (the promise rejects with an `AbortError`, see `isAbortError`).
 */
export function renderPdfBlob(
  request: PrintRequest,
  onProgress?: OnProgress,
  signal?: AbortSignal,
): Promise<Blob> {
  return renderer.render(request, onProgress, signal);
}
