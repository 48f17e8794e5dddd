import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
    loadFile = vi.fn(() => Promise.resolve());
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    once(name: string, fn: () => void) {
      this.onceListeners.set(name, fn);
      return this;
    }
  }
  return { FakeBrowserWindow, appPath: '/opt/aktywator' };
});

vi.mock('electron', () => ({
  app: { getAppPath: () => fake.appPath },
  BrowserWindow: fake.FakeBrowserWindow,
  session: { defaultSession: {} },
}));

import {
  appUrl,
  createMainWindow,
  rendererIndexPath,
} from '../../../src-main/hosts/electron/window';

const INDEX = join(fake.appPath, 'out', 'renderer', 'index.html');

beforeEach(() => {
  fake.FakeBrowserWindow.created.length = 0;
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
      preload: join(fake.appPath, 'out', 'main', 'preload.cjs'),
    });
  });

  it('loads the built renderer from disk and shows the window only when ready', () => {
    const win = createMainWindow() as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expect(win.loadFile).toHaveBeenCalledWith(INDEX);
    expect(win.show).not.toHaveBeenCalled();
    win.onceListeners.get('ready-to-show')!();
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('blocks navigation to a foreign URL and denies window.open on the created window', () => {
    const win = createMainWindow() as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      win.webContents.listeners.get('will-navigate')!(event);
      return event.preventDefault;
    };
    expect(navigate('https://phishing.example/')).toHaveBeenCalled();
    expect(navigate(pathToFileURL(INDEX).href)).not.toHaveBeenCalled();
    expect(win.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
  });
});

describe('paths', () => {
  it('points at out/renderer/index.html under the app path', () => {
    expect(rendererIndexPath('/x')).toBe(join('/x', 'out', 'renderer', 'index.html'));
    expect(appUrl('/x')).toBe(pathToFileURL(join('/x', 'out', 'renderer', 'index.html')).href);
  });
});
