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
  render(request: PrintRequest, onProgress?: OnProgress): Promise<Blob>;
};

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
  const jobs = new Map<number, Job>();
  let nextId = 1;

  const runHere = (job: Job) =>
    options.renderHere(job.request, job.onProgress).then(job.resolve, job.reject);

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
    try {
      worker = options.startWorker();
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (event) => onReply(event.data));
    worker?.addEventListener('error', onWorkerError);
    return worker;
  }

  return {
    preload() {
      if (!started()) options.preloadHere();
    },
    render(request, onProgress) {
      return new Promise<Blob>((resolve, reject) => {
        const job: Job = { request, onProgress, resolve, reject };
        const target = started();
        if (!target) return void runHere(job);
        const id = nextId++;
        jobs.set(id, job);
        target.postMessage({ id, request });
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

/** Starts the renderer ahead of the first preview, when the browser is idle. */
export function preloadPdfRenderer(): void {
  const load = () => renderer.preload();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 1000);
}

/** A document, or a batch of them in one file, as a PDF; a batch reports its progress. */
export function renderPdfBlob(request: PrintRequest, onProgress?: OnProgress): Promise<Blob> {
  return renderer.render(request, onProgress);
}
