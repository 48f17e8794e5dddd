import { describe, expect, it, vi } from 'vitest';
import type { PrintRequest } from '../../../src-renderer/documents/registry';
import { createPdfRenderer, type WorkerLike } from '../../../src-renderer/documents/render-browser';
import type { WorkerCall, WorkerReply } from '../../../src-renderer/documents/render-pdf';
import { amendment, evaluation } from './fixtures';

/** A worker that records what it is sent; the test answers for it. */
function fakeWorker() {
  const calls: WorkerCall[] = [];
  const listeners: {
    message: ((e: MessageEvent<WorkerReply>) => void)[];
    error: ((e: ErrorEvent) => void)[];
  } = {
    message: [],
    error: [],
  };
  const worker = {
    postMessage: (call: WorkerCall) => void calls.push(call),
    addEventListener: (type: 'message' | 'error', listener: never) =>
      listeners[type].push(listener),
    terminate: vi.fn(),
  } as WorkerLike;
  return {
    worker,
    calls,
    reply: (reply: WorkerReply) =>
      listeners.message.forEach((l) => l({ data: reply } as MessageEvent<WorkerReply>)),
    fail: () =>
      listeners.error.forEach((l) =>
        l({ message: 'Failed to load', preventDefault() {} } as ErrorEvent),
      ),
  };
}

const pdf = (name: string) => new Blob([name], { type: 'application/pdf' });
const first: PrintRequest = { kind: 'amendment', data: amendment };
const second: PrintRequest = { kind: 'evaluation', data: evaluation };

describe('the page’s PDF renderer', () => {
  it('sends each request to the worker and routes replies and progress by request', async () => {
    const fake = fakeWorker();
    const startWorker = vi.fn(() => fake.worker);
    const renderHere = vi.fn();
    const renderer = createPdfRenderer({ startWorker, renderHere, preloadHere: vi.fn() });
    const progress: unknown[] = [];
    const a = renderer.render(first, (p) => progress.push(p));
    const b = renderer.render(second);
    expect(fake.calls.map((c) => c.request)).toEqual([first, second]);
    const [idA, idB] = fake.calls.map((c) => c.id);
    fake.reply({ id: idA!, type: 'progress', progress: { done: 0, total: 1 } });
    fake.reply({ id: idB!, type: 'failed', message: 'Zły obraz' });
    fake.reply({ id: idA!, type: 'done', pdf: pdf('a') });
    expect(await (await a).text()).toBe('a');
    await expect(b).rejects.toThrow('Zły obraz');
    expect(progress).toEqual([{ done: 0, total: 1 }]);
    expect(startWorker).toHaveBeenCalledTimes(1);
    expect(renderHere).not.toHaveBeenCalled();
  });

  it('renders on the page where there is no worker (jsdom)', async () => {
    const renderHere = vi.fn(async () => pdf('here'));
    const preloadHere = vi.fn();
    const renderer = createPdfRenderer({ startWorker: () => null, renderHere, preloadHere });
    renderer.preload();
    expect(preloadHere).toHaveBeenCalled();
    expect(await (await renderer.render(first)).text()).toBe('here');
    expect(renderHere).toHaveBeenCalledWith(first, undefined);
  });

  it('renders on the page what a worker that failed to start held, and everything after', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fake = fakeWorker();
    const renderHere = vi.fn(async (request: PrintRequest) => pdf(request.kind));
    const renderer = createPdfRenderer({
      startWorker: () => fake.worker,
      renderHere,
      preloadHere: vi.fn(),
    });
    const waiting = renderer.render(first);
    fake.fail();
    expect(await (await waiting).text()).toBe('amendment');
    expect(fake.worker.terminate).toHaveBeenCalled();
    expect(await (await renderer.render(second)).text()).toBe('evaluation');
    expect(fake.calls).toHaveLength(1);
  });
});
