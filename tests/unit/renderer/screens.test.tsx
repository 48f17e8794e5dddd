import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen, retryFailedScreens } from '../../../src-renderer/app/screens';
import { ScreenBoundary } from '../../../src-renderer/ui/ScreenBoundary';

afterEach(() => vi.restoreAllMocks());

/** Lets the chunk's promise and React's retry run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function render(Screen: () => React.ReactNode, place = '/a') {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const draw = (at: string) =>
    act(async () =>
      root.render(
        <ScreenBoundary place={at} onRetry={retryFailedScreens}>
          <Suspense fallback={<p>Wczytywanie…</p>}>
            <Screen />
          </Suspense>
        </ScreenBoundary>,
      ),
    );
  await draw(place);
  await settle();
  return { container, draw, unmount: () => act(() => root.unmount()) };
}

describe('a screen fetched as a chunk of its own', () => {
  it('fetches its module once, whether preloaded or opened', async () => {
    const load = vi.fn(async () => ({ Hello: () => <h1>Uczestnicy</h1> }));
    const Screen = lazyScreen(load, 'Hello');
    await Screen.preload();
    const { container, unmount } = await render(Screen);
    expect(container.textContent).toContain('Uczestnicy');
    expect(load).toHaveBeenCalledTimes(1);
    await unmount();
  });

  it('says in Polish that it failed to load, and loads on "Spróbuj ponownie"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ Hello: () => React.ReactNode }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ Hello: () => <h1>Uczestnicy</h1> });
    const Screen = lazyScreen(load, 'Hello');
    const { container, unmount } = await render(Screen);
    expect(container.querySelector('h1')?.textContent).toBe('Nie udało się otworzyć ekranu');
    expect(container.textContent).toContain('spróbuj jeszcze raz');
    // Not fetched again and again behind the message: only when asked.
    await settle();
    expect(load).toHaveBeenCalledTimes(1);

    const retry = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Spróbuj ponownie',
    )!;
    act(() => retry.click());
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Uczestnicy');
    expect(load).toHaveBeenCalledTimes(2);
    await unmount();
  });

  it('starts afresh at another address after a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ Hello: () => React.ReactNode }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ Hello: () => <h1>Projekty</h1> });
    const Screen = lazyScreen(load, 'Hello');
    const { container, draw, unmount } = await render(Screen, '/a');
    expect(container.querySelector('h1')?.textContent).toBe('Nie udało się otworzyć ekranu');
    await draw('/b');
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Projekty');
    await unmount();
  });
});
