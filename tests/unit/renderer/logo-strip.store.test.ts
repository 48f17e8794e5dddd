import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { createApiClient } from '../../../src-renderer/api/client';
import {
  createLogoStripStore,
  logoStripPresent,
} from '../../../src-renderer/features/settings/logo-strip.store';
import { createFakeTransport, deferred, type FakeHandlers } from '../../support/fake-transport';

function setup(handlers: FakeHandlers = {}) {
  const transport = createFakeTransport(handlers);
  return { transport, store: createLogoStripStore(createApiClient(transport)) };
}

describe('logo strip store', () => {
  it('checks whether the EU logo strip is uploaded, afresh each time', async () => {
    let dataUrl: string | null = null;
    const { store } = setup({ 'settings.getLogoStrip': () => ({ dataUrl }) });
    expect(logoStripPresent(store.getState())).toBeNull();
    await store.getState().load();
    expect(store.getState().loaded).toBe(true);
    expect(logoStripPresent(store.getState())).toBe(false);
    dataUrl = 'data:image/png;base64,AAAA';
    const asking = store.getState().load();
    // While asking again, the old answer is not offered.
    expect(store.getState().loaded).toBe(false);
    expect(logoStripPresent(store.getState())).toBeNull();
    await asking;
    expect(logoStripPresent(store.getState())).toBe(true);
  });

  it('a logo strip that cannot be checked is unknown: no warning either way', async () => {
    const { store } = setup({
      'settings.getLogoStrip': () => {
        throw new AppError('internal', 'Wystąpił błąd programu');
      },
    });
    await store.getState().load();
    expect(store.getState()).toMatchObject({ loaded: true, error: 'Wystąpił błąd programu' });
    expect(logoStripPresent(store.getState())).toBeNull();
  });

  it('an answer asked before an upload does not bring back the strip just replaced', async () => {
    const old = deferred<{ dataUrl: string | null }>();
    const { store } = setup({
      'settings.getLogoStrip': () => old.promise,
      'settings.setLogoStrip': ({ dataUrl }) => ({ dataUrl: dataUrl ?? null }),
    });
    const loading = store.getState().load();
    await store.getState().save('data:image/png;base64,NEW');
    old.resolve({ dataUrl: null });
    await loading;
    expect(store.getState()).toMatchObject({
      dataUrl: 'data:image/png;base64,NEW',
      loaded: true,
      saving: false,
    });
  });
});
