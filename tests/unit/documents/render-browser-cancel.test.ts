import { describe, expect, it, vi } from 'vitest';
import type { PrintRequest } from '../../../src-renderer/documents/registry';
import {
  createPdfRenderer,
  isAbortError,
  type WorkerLike,
} from '../../../src-renderer/documents/render-browser';
import type { WorkerCall, WorkerReply } from '../../../src-renderer/documents/render-pdf';
import { courseCertificate } from './course-certificate-fixtures';
import { amendment } from './fixtures';

/** Workers that record what they are sent; the test answers for them. */
function fakeWorkers() {
  const started: {
    worker: WorkerLike;
    calls: WorkerCall[];
    reply: (reply: WorkerReply) => void;
  }[] = [];
  const startWorker = vi.fn(() => {
    const calls: WorkerCall[] = [];
    const listeners: ((e: MessageEvent<WorkerReply>) => void)[] = [];
    const worker = {
      postMessage: (call: WorkerCall) => void calls.push(call),
      addEventListener: (type: 'message' | 'error', listener: never) => {
        if (type === 'message') listeners.push(listener);
      },
      terminate: vi.fn(),
    } as WorkerLike;
    started.push({
      worker,
      calls,
      reply: (reply) => listeners.forEach((l) => l({ data: reply } as MessageEvent<WorkerReply>)),
    });
    return worker;
  });
  return { started, startWorker };
}

const pdf = (name: string) => new Blob([name], { type: 'application/pdf' });
const batch: PrintRequest = {
  kind: 'courseCertificate',
  title: 'Zaświadczenia',
  items: [{ data: courseCertificate() }, { data: courseCertificate({ number: '13/2026' }) }],
};
const other: PrintRequest = { kind: 'amendment', data: amendment };

function renderer() {
  const fakes = fakeWorkers();
  const renderHere = vi.fn();
  const created = createPdfRenderer({
    startWorker: fakes.startWorker,
    renderHere,
    preloadHere: vi.fn(),
  });
  return { ...fakes, renderHere, renderer: created };
}

describe('cancelling a render', () => {
  it('rejects with an AbortError, terminates the worker and hands its other jobs to a new one', async () => {
    const { started, startWorker, renderer: r, renderHere } = renderer();
    const cancel = new AbortController();
    const progress: unknown[] = [];
    const cancelled = r.render(batch, (p) => progress.push(p), cancel.signal);
    const waiting = r.render(other);
    const first = started[0]!;
    const [batchCall, otherCall] = first.calls;
    first.reply({ id: batchCall!.id, type: 'progress', progress: { done: 1, total: 2 } });

    cancel.abort();
    const error = await cancelled.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(first.worker.terminate).toHaveBeenCalledTimes(1);

    // The old worker's late replies count for nothing.
    first.reply({ id: batchCall!.id, type: 'progress', progress: { done: 2, total: 2 } });
    first.reply({ id: otherCall!.id, type: 'done', pdf: pdf('stale') });
    expect(progress).toEqual([{ done: 1, total: 2 }]);

    // The job still waiting went to a new worker, and is answered there.
    expect(startWorker).toHaveBeenCalledTimes(2);
    const second = started[1]!;
    expect(second.calls.map((c) => c.request)).toEqual([other]);
    second.reply({ id: second.calls[0]!.id, type: 'done', pdf: pdf('other') });
    expect(await (await waiting).text()).toBe('other');
    expect(renderHere).not.toHaveBeenCalled();
  });

  it('starts a new worker for the next render after a cancel that left none waiting', async () => {
    const { started, startWorker, renderer: r } = renderer();
    const cancel = new AbortController();
    const cancelled = r.render(batch, undefined, cancel.signal);
    cancel.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(startWorker).toHaveBeenCalledTimes(1);

    const next = r.render(other);
    expect(startWorker).toHaveBeenCalledTimes(2);
    const second = started[1]!;
    second.reply({ id: second.calls[0]!.id, type: 'done', pdf: pdf('next') });
    expect(await (await next).text()).toBe('next');
  });

  it('never sends a request whose signal is already aborted', async () => {
    const { started, renderer: r } = renderer();
    r.preload();
    const cancel = new AbortController();
    cancel.abort();
    await expect(r.render(batch, undefined, cancel.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(started[0]!.calls).toEqual([]);
    expect(started[0]!.worker.terminate).not.toHaveBeenCalled();
  });

  it('a cancel after the PDF arrived changes nothing', async () => {
    const { started, startWorker, renderer: r } = renderer();
    const cancel = new AbortController();
    const done = r.render(batch, undefined, cancel.signal);
    const first = started[0]!;
    first.reply({ id: first.calls[0]!.id, type: 'done', pdf: pdf('batch') });
    expect(await (await done).text()).toBe('batch');
    cancel.abort();
    expect(first.worker.terminate).not.toHaveBeenCalled();
    expect(startWorker).toHaveBeenCalledTimes(1);
  });

  it('on the page (no worker) rejects at once and drops the late result', async () => {
    let finish: (blob: Blob) => void = () => {};
    const renderHere = vi.fn(() => new Promise<Blob>((resolve) => (finish = resolve)));
    const r = createPdfRenderer({ startWorker: () => null, renderHere, preloadHere: vi.fn() });
    const cancel = new AbortController();
    const cancelled = r.render(batch, undefined, cancel.signal);
    cancel.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    finish(pdf('late'));
    expect(renderHere).toHaveBeenCalledTimes(1);
  });
});
