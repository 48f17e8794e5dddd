import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The core's interface (src-main/bootstrap.ts), restated here so this test does not load
// the database layer: the lifecycle gets startCore injected.
interface CoreOptions {
  dbPath: string;
  migrationsFolder: string;
  demo: boolean;
  logError?: (channel: string, e: unknown) => void;
}
type Envelope =
  { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
interface Core {
  dispatch: (channel: string, input: unknown, caller: string) => Promise<Envelope>;
  onChanged(listener: (change: { entity: string }) => void): () => void;
  lockAllSessions(): void;
  backupOnClose(): Promise<void>;
  close(): void;
}

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    lock: true,
    isPackaged: false,
    appListeners: new Map<string, () => void>(),
    powerListeners: new Map<string, () => void>(),
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    windows: [] as FakeWindow[],
    ready: Promise.resolve(),
  };
  class FakeWindow {
    minimized = false;
    listeners = new Map<string, () => void>();
    webContents = {
      id: 7,
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      send: vi.fn(),
    };
    constructor(public options: Record<string, unknown>) {
      state.log.push('window');
      state.windows.push(this);
    }
    loadURL = vi.fn(() => Promise.resolve());
    once() {}
    on(name: string, fn: () => void) {
      this.listeners.set(name, fn);
    }
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    restore = vi.fn(() => (this.minimized = false));
    show = vi.fn();
    focus = vi.fn();
  }
  const app = {
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(() => state.log.push('quit')),
    whenReady: vi.fn(() => state.ready),
    on: vi.fn((name: string, fn: () => void) => state.appListeners.set(name, fn)),
    getPath: vi.fn((name: string) =>
      name === 'userData' ? '/home/ola/.config/Aktywator' : `/tmp/${name}`,
    ),
    getAppPath: () => '/opt/aktywator',
    get isPackaged() {
      return state.isPackaged;
    },
    setAppUserModelId: vi.fn(),
  };
  return { state, app, FakeWindow };
});

vi.mock('electron', () => ({
  app: fake.app,
  powerMonitor: {
    on: (name: string, fn: () => void) => fake.state.powerListeners.set(name, fn),
  },
  BrowserWindow: fake.FakeWindow,
  dialog: { showErrorBox: vi.fn(() => fake.state.log.push('errorBox')) },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(() => fake.state.log.push('scheme')),
    handle: vi.fn((scheme: string) => fake.state.log.push(`protocol:${scheme}`)),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => template),
    setApplicationMenu: vi.fn(() => fake.state.log.push('menu')),
  },
  ipcMain: {
    handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => {
      fake.state.log.push(`handle:${channel}`);
      fake.state.ipcHandlers.set(channel, fn);
    }),
    removeHandler: vi.fn(),
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn(() => fake.state.log.push('csp')) },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
    },
  },
}));

import { dialog, protocol } from 'electron';
import {
  runElectronApp,
  startupErrorMessage,
  chooseDatabase,
} from '../../../src-main/hosts/electron/lifecycle';

const APP_URL = 'app://aktywator/index.html';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeCore() {
  return {
    dispatch: vi.fn(
      async (channel: string, _input: unknown, _caller: string): Promise<Envelope> => ({
        ok: true,
        data: channel,
      }),
    ),
    onChanged: vi.fn((_listener: (change: { entity: string }) => void) => () => undefined),
    lockAllSessions: vi.fn(),
    backupOnClose: vi.fn(() => Promise.resolve()),
    close: vi.fn(),
  } satisfies Core;
}

/** Runs the lifecycle with a fake startCore (the real one is async: it opens and seeds the file). */
const run = (startCore: (options: CoreOptions) => Core) =>
  runElectronApp((async (options: CoreOptions) => startCore(options)) as Parameters<
    typeof runElectronApp
  >[0]);
const startCoreSpy = () => vi.fn((_options: CoreOptions): Core => fakeCore());

const originalArgv = process.argv;
const originalEmpty = process.env.AKTYWATOR_EMPTY;

beforeEach(() => {
  vi.clearAllMocks();
  Object.assign(fake.state, {
    log: [],
    lock: true,
    isPackaged: false,
    appListeners: new Map(),
    powerListeners: new Map(),
    ipcHandlers: new Map(),
    windows: [],
    ready: Promise.resolve(),
  });
  process.argv = ['electron', '.'];
  delete process.env.AKTYWATOR_EMPTY;
});

afterEach(() => {
  process.argv = originalArgv;
  if (originalEmpty === undefined) delete process.env.AKTYWATOR_EMPTY;
  else process.env.AKTYWATOR_EMPTY = originalEmpty;
});

describe('single instance', () => {
  it('quits at once when another instance holds the lock, touching nothing else', async () => {
    fake.state.lock = false;
    const startCore = startCoreSpy();
    run(startCore);
    await flush();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(startCore).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    run(fakeCore);
    await flush();
    const win = fake.state.windows[0]!;
    win.minimized = true;
    fake.state.appListeners.get('second-instance')!();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(fake.app.quit).not.toHaveBeenCalled();
  });
});

describe('startup', () => {
  it('opens the demo database in userData with the repo migrations when not installed', async () => {
    const startCore = startCoreSpy();
    run(startCore);
    await flush();
    expect(startCore).toHaveBeenCalledTimes(1);
    expect(startCore.mock.calls[0]![0]).toMatchObject({
      dbPath: join('/home/ola/.config/Aktywator', 'aktywator-demo.sqlite'),
      migrationsFolder: join('/opt/aktywator', 'drizzle'),
      demo: true,
    });
  });

  it('opens the real database without demo data when installed, and the demo only with --demo', async () => {
    fake.state.isPackaged = true;
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', {
      value: 'C:/Aktywator/resources',
      configurable: true,
    });
    try {
      let startCore = startCoreSpy();
      run(startCore);
      await flush();
      expect(startCore.mock.calls[0]![0]).toMatchObject({
        dbPath: join('/home/ola/.config/Aktywator', 'aktywator.sqlite'),
        demo: false,
      });
      process.argv = ['Aktywator.exe', '--demo'];
      startCore = startCoreSpy();
      run(startCore);
      await flush();
      expect(startCore.mock.calls[0]![0]).toMatchObject({
        dbPath: join('/home/ola/.config/Aktywator', 'aktywator-demo.sqlite'),
        demo: true,
      });
    } finally {
      if (original) Object.defineProperty(process, 'resourcesPath', original);
      else delete (process as { resourcesPath?: string }).resourcesPath;
    }
  });

  it('uses the migrations shipped in resources when packaged', async () => {
    fake.state.isPackaged = true;
    const original = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', {
      value: 'C:/Aktywator/resources',
      configurable: true,
    });
    try {
      const startCore = startCoreSpy();
      run(startCore);
      await flush();
      expect(startCore.mock.calls[0]![0].migrationsFolder).toBe(
        join('C:/Aktywator/resources', 'drizzle'),
      );
    } finally {
      if (original) Object.defineProperty(process, 'resourcesPath', original);
      else delete (process as { resourcesPath?: string }).resourcesPath;
    }
  });

  it('starts without demo data for --empty or AKTYWATOR_EMPTY=1', async () => {
    process.argv = ['electron', '.', '--empty'];
    const startCore = startCoreSpy();
    run(startCore);
    await flush();
    expect(startCore.mock.calls[0]![0]).toMatchObject({
      dbPath: join('/home/ola/.config/Aktywator', 'aktywator.sqlite'),
      demo: false,
    });

    const demo = { fileName: 'aktywator-demo.sqlite', demo: true };
    const real = { fileName: 'aktywator.sqlite', demo: false };
    expect(chooseDatabase(['x'], { AKTYWATOR_EMPTY: '1' }, false)).toEqual(real);
    expect(chooseDatabase(['x'], { AKTYWATOR_EMPTY: '0' }, false)).toEqual(demo);
    expect(chooseDatabase(['x', '--empty'], {}, false)).toEqual(real);
    expect(chooseDatabase(['x'], {}, false)).toEqual(demo);
    expect(chooseDatabase(['x'], {}, true)).toEqual(real);
    expect(chooseDatabase(['x', '--demo'], {}, true)).toEqual(demo);
  });

  it('registers the app scheme before ready, then locks the session, serves the renderer, registers IPC and sets the menu before the window is created', async () => {
    let ready!: () => void;
    fake.state.ready = new Promise<void>((resolve) => (ready = resolve));
    run(fakeCore);
    expect(fake.state.log).toEqual(['scheme']);
    ready();
    await flush();
    expect(fake.state.log).toEqual([
      'scheme',
      'csp',
      'protocol:app',
      'handle:aktywator:invoke',
      'menu',
      'window',
    ]);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.state.windows[0]!.loadURL).toHaveBeenCalledWith(APP_URL);
  });

  it('routes a call from the window to the core through the registered handler', async () => {
    const core = fakeCore();
    run(() => core);
    await flush();
    const win = fake.state.windows[0]!;
    const handler = fake.state.ipcHandlers.get('aktywator:invoke')!;
    const event = {
      sender: win.webContents,
      senderFrame: { url: `${APP_URL}#/projekty`, parent: null },
    };
    await expect(handler(event, 'projects.list', {})).resolves.toEqual({
      ok: true,
      data: 'projects.list',
    });
    // The window's session is its webContents: the renderer cannot name another one.
    expect(core.dispatch).toHaveBeenCalledWith('projects.list', {}, 'window:7');
  });

  it.each(['lock-screen', 'suspend'])(
    'locks every session and tells the window when the computer reports %s',
    async (signal) => {
      const core = fakeCore();
      run(() => core);
      await flush();
      const win = fake.state.windows[0]!;
      expect(core.lockAllSessions).not.toHaveBeenCalled();
      fake.state.powerListeners.get(signal)!();
      expect(core.lockAllSessions).toHaveBeenCalledTimes(1);
      expect(win.webContents.send).toHaveBeenCalledWith('aktywator:event', {
        name: 'session.locked',
        payload: null,
      });
    },
  );

  it('pushes the kind of data a write changed to the window as db.changed', async () => {
    const core = fakeCore();
    run(() => core);
    await flush();
    const win = fake.state.windows[0]!;
    expect(core.onChanged).toHaveBeenCalledTimes(1);
    core.onChanged.mock.calls[0]![0]({ entity: 'contracts' });
    expect(win.webContents.send).toHaveBeenCalledWith('aktywator:event', {
      name: 'db.changed',
      payload: { entity: 'contracts' },
    });
  });

  it('shows the core error in a dialog and quits when the database cannot be opened', async () => {
    const tooNew = Object.assign(
      new Error('Ta baza danych została zapisana przez nowszą wersję programu Aktywator.'),
      {
        name: 'DatabaseTooNewError',
      },
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    run(() => {
      throw tooNew;
    });
    await flush();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Aktywator', tooNew.message);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.ipcHandlers.size).toBe(0);
  });

  it('prefixes technical errors with a Polish sentence', () => {
    expect(startupErrorMessage(new Error('SQLITE_CANTOPEN'))).toBe(
      'Nie udało się uruchomić programu.\n\nSQLITE_CANTOPEN',
    );
  });
});

describe('shutdown', () => {
  it('closes the core once on will-quit', async () => {
    const core = fakeCore();
    run(() => core);
    await flush();
    const willQuit = fake.state.appListeners.get('will-quit')!;
    willQuit();
    willQuit();
    expect(core.close).toHaveBeenCalledTimes(1);
  });
});
