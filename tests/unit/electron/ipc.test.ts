import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => {
      if (fake.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.handlers.set(channel, fn);
    }),
    removeHandler: vi.fn((channel: string) => fake.handlers.delete(channel)),
  },
  session: { defaultSession: {} },
}));

import type { BrowserWindow } from 'electron';
import { registerIpc, sendEvent } from '../../../src-main/hosts/electron/ipc';

const APP_URL = 'app://aktywator/index.html';
const REFUSED = {
  ok: false,
  error: { code: 'internal', message: 'Odrzucono żądanie z nieznanego źródła' },
};

function setup(options: { dispatchThrows?: boolean } = {}) {
  fake.handlers.clear();
  const webContents = { id: 3, send: vi.fn() };
  const win = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const dispatch = vi.fn(async (channel: string, input: unknown) => {
    if (options.dispatchThrows) throw new Error('boom');
    return { ok: true, data: { channel, input } };
  });
  const logError = vi.fn();
  const remove = registerIpc({ dispatch, getWindow: () => win, appUrl: APP_URL, logError });
  const handler = fake.handlers.get('aktywator:invoke');
  if (!handler) throw new Error('no handler registered on aktywator:invoke');
  const topFrame = (url: string) => ({ url, parent: null });
  const event = (frame: unknown, sender: unknown = webContents) => ({ sender, senderFrame: frame });
  const call = (ev: unknown, channel: unknown, input?: unknown) => handler(ev, channel, input);
  return { win, webContents, dispatch, logError, remove, topFrame, event, call };
}

beforeEach(() => fake.handlers.clear());

describe('aktywator:invoke', () => {
  it('registers exactly one handler, on aktywator:invoke', () => {
    setup();
    expect([...fake.handlers.keys()]).toEqual(['aktywator:invoke']);
  });

  it('dispatches a call from the main window showing the app page', async () => {
    const t = setup();
    const result = await t.call(
      t.event(t.topFrame(`${APP_URL}#/uczestnicy`)),
      'participants.search',
      {
        query: 'Kowal',
      },
    );
    // The session is the window's own: derived from its webContents, never from the renderer.
    expect(t.dispatch).toHaveBeenCalledWith('participants.search', { query: 'Kowal' }, 'window:3');
    expect(result).toEqual({
      ok: true,
      data: { channel: 'participants.search', input: { query: 'Kowal' } },
    });
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    [
      'the app page from file://',
      { url: 'file:///opt/aktywator/out/renderer/index.html', parent: null },
    ],
    ['another page of the app scheme', { url: 'app://aktywator/other.html', parent: null }],
    ['the PDF preview', { url: 'blob:app://aktywator/0b7c2f57', parent: null }],
    ['an iframe of the app page', { url: APP_URL, parent: {} }],
    ['a destroyed frame', null],
  ])('refuses %s with an error envelope and never dispatches', async (_name, frame) => {
    const t = setup();
    await expect(t.call(t.event(frame), 'participants.search', {})).resolves.toEqual(REFUSED);
    expect(t.dispatch).not.toHaveBeenCalled();
    expect(t.logError).toHaveBeenCalled();
  });

  it('refuses the app URL when it comes from a webContents other than the main window', async () => {
    const t = setup();
    const other = { send: vi.fn() };
    await expect(
      t.call(t.event(t.topFrame(APP_URL), other), 'participants.search', {}),
    ).resolves.toEqual(REFUSED);
    expect(t.dispatch).not.toHaveBeenCalled();
  });

  it('refuses when the frame throws on access (navigated away mid-call)', async () => {
    const t = setup();
    const ev = {
      sender: t.webContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(t.call(ev, 'participants.search', {})).resolves.toEqual(REFUSED);
  });

  it.each([[42], [null], [undefined], [{ toString: () => 'participants.search' }]])(
    'answers a non-string channel (%j) with unknown_channel, without dispatching',
    async (channel) => {
      const t = setup();
      const result = (await t.call(t.event(t.topFrame(APP_URL)), channel, {})) as {
        ok: boolean;
        error: { code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('unknown_channel');
      expect(t.dispatch).not.toHaveBeenCalled();
    },
  );

  it('turns an unexpected throw of the dispatcher into an internal envelope', async () => {
    const t = setup({ dispatchThrows: true });
    const result = await t.call(t.event(t.topFrame(APP_URL)), 'participants.search', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(t.logError).toHaveBeenCalledWith('participants.search', expect.any(Error));
  });

  it('can be removed again', () => {
    const t = setup();
    t.remove();
    expect(fake.handlers.has('aktywator:invoke')).toBe(false);
  });
});

describe('sendEvent', () => {
  it('sends name and payload on aktywator:event', () => {
    const t = setup();
    sendEvent(t.win, 'db.changed', { table: 'participants' });
    expect(t.webContents.send).toHaveBeenCalledWith('aktywator:event', {
      name: 'db.changed',
      payload: { table: 'participants' },
    });
  });

  it('does nothing for a closed or missing window', () => {
    const send = vi.fn();
    sendEvent(
      { isDestroyed: () => true, webContents: { send } } as unknown as BrowserWindow,
      'db.changed',
      1,
    );
    sendEvent(null, 'db.changed', 1);
    expect(send).not.toHaveBeenCalled();
  });
});
