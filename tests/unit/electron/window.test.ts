import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (event: { url?: string; preventDefault: () => void }) => void;
  class FakeWebContents {
    listeners = new Map<string, Listener>();
    openHandler: ((details: unknown) => unknown) | undefined;
    on(name: string, fn: Listener) {
      this.listeners.set(name, fn);
      return this;
    }
    setWindowOpenHandler(fn: (details: unknown) => unknown) {
      this.openHandler = fn;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    onceListeners = new Map<string, () => void>();
    show = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once(name: string, fn: () => void) {
      this.onceListeners.set(name, fn);
      return this;
    }
  }
  return { FakeBrowserWindow, appPath: '/opt/aktywator', isPackaged: false };
});

vi.mock('electron', () => ({
  app: {
    getAppPath: () => fake.appPath,
    get isPackaged() {
      return fake.isPackaged;
    },
  },
  BrowserWindow: fake.FakeBrowserWindow,
  session: { defaultSession: {} },
}));

import { createMainWindow, rendererFolder } from '../../../src-main/hosts/electron/window';

const APP_URL = 'app://aktywator/index.html';
type Win = InstanceType<typeof fake.FakeBrowserWindow>;

beforeEach(() => {
  fake.FakeBrowserWindow.created.length = 0;
  fake.isPackaged = false;
});

describe('createMainWindow', () => {
  it('creates one window with the secure webPreferences and the bundled preload', () => {
    createMainWindow();
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    const options = fake.FakeBrowserWindow.created[0]!.options;
    expect(options).toMatchObject({
      width: 1280,
      height: 860,
      minWidth: 1024,
      minHeight: 700,
      title: 'Aktywator',
      show: false,
    });
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true,
      devTools: true,
      preload: join(fake.appPath, 'out', 'main', 'preload.cjs'),
    });
  });

  it('has no DevTools in the installed program', () => {
    fake.isPackaged = true;
    const win = createMainWindow() as unknown as Win;
    expect(win.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('loads the renderer from the app scheme, not file://, and shows the window only when ready', () => {
    const win = createMainWindow() as unknown as Win;
    expect(win.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(win.show).not.toHaveBeenCalled();
    win.onceListeners.get('ready-to-show')!();
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('blocks navigation to a foreign URL and denies window.open on the created window', () => {
    const win = createMainWindow() as unknown as Win;
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      win.webContents.listeners.get('will-navigate')!(event);
      return event.preventDefault;
    };
    expect(navigate('https://phishing.example/')).toHaveBeenCalled();
    expect(navigate('file:///opt/aktywator/out/renderer/index.html')).toHaveBeenCalled();
    expect(navigate(`${APP_URL}#/projekty`)).not.toHaveBeenCalled();
    expect(win.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });
});

describe('paths', () => {
  it('serves out/renderer under the app path', () => {
    expect(rendererFolder('/x')).toBe(join('/x', 'out', 'renderer'));
  });
});
