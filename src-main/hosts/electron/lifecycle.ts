import { join } from 'node:path';
import { app, dialog, powerMonitor, type BrowserWindow } from 'electron';
import type { Core, CoreOptions } from '../../bootstrap';
import { APP_URL, registerAppScheme, serveApp } from './app-protocol';
import { registerIpc, sendEvent } from './ipc';
import { installApplicationMenu } from './menu';
import { lockDownSession } from './security';
import { createMainWindow, rendererFolder } from './window';

export type StartCore = (options: CoreOptions) => Promise<Core>;

/**
 * Which database to open. The demo lives in a file of its own, so that fictional people never
 * mix with an office's real register: the installed program opens the real database unless
 * started with `--demo`; a developer's `npm start` opens the demo unless given `--empty` or
 * AKTYWATOR_EMPTY=1.
 */
export function chooseDatabase(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  isPackaged: boolean,
): { fileName: string; demo: boolean } {
  const empty = argv.includes('--empty') || env.AKTYWATOR_EMPTY === '1';
  const demo = argv.includes('--demo') || (!isPackaged && !empty);
  return { fileName: demo ? 'aktywator-demo.sqlite' : 'aktywator.sqlite', demo };
}

/** Migrations ship next to app.asar in the installer (extraResources), in the repo in development. */
export function migrationsFolder(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'drizzle')
    : join(app.getAppPath(), 'drizzle');
}

/** The planner's worker bundle, unpacked beside app.asar when installed (electron-builder.yml). */
function plannerWorkerFile(): string {
  const file = join('out', 'main', 'planner-worker.mjs');
  return app.isPackaged
    ? join(process.resourcesPath, 'app.asar.unpacked', file)
    : join(app.getAppPath(), file);
}

/**
 * The core's own errors (a database from a newer version, another program's, damaged or
 * locked file — db/file-checks.ts) already speak Polish to the
 * user; anything else is technical, so it gets a Polish sentence in front of it.
 */
const USER_FACING_ERRORS = new Set(['DatabaseTooNewError', 'DatabaseRefusedError']);

export function startupErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && USER_FACING_ERRORS.has(error.name)) return message;
  return `Nie udało się uruchomić programu.\n\n${message}`;
}

function logError(channel: string, error: unknown): void {
  console.error(`[${channel}]`, error);
}

function focus(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * The desktop app's life: one instance per user (two processes writing one SQLite file
 * would fight over it), core first, then IPC, then the window, core closed on the way out.
 */
export function runElectronApp(startCore: StartCore): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Must match the installer's appId, or Windows groups the taskbar button apart from the shortcut.
  if (process.platform === 'win32') app.setAppUserModelId('pl.aktywator.app');
  // Before ready, or Chromium will not treat app:// as a standard, secure scheme.
  registerAppScheme();

  let win: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => focus(win));
  // The closing copy (if copies are set up) is made before Electron may quit.
  let backedUp = false;
  app.on('before-quit', (event) => {
    if (backedUp || !core) return;
    event.preventDefault();
    void core.backupOnClose().finally(() => {
      backedUp = true;
      app.quit();
    });
  });
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  const onReady = async (): Promise<void> => {
    const database = chooseDatabase(process.argv, process.env, app.isPackaged);
    const running = await startCore({
      dbPath: join(app.getPath('userData'), database.fileName),
      migrationsFolder: migrationsFolder(),
      demo: database.demo,
      logError,
      plannerWorker: plannerWorkerFile(),
    });
    core = running;
    lockDownSession();
    serveApp(rendererFolder());
    // Registered before the window exists, so the page's first call finds a handler.
    registerIpc({
      dispatch: (channel, input, caller) => running.dispatch(channel, input, caller),
      getWindow: () => win,
      appUrl: APP_URL,
      logError,
    });
    installApplicationMenu(app.isPackaged);
    // Locking Windows (or putting the PC to sleep) locks the program's window too.
    const lockWindows = () => {
      running.lockAllSessions();
      sendEvent(win, 'session.locked', null);
    };
    powerMonitor.on('lock-screen', lockWindows);
    powerMonitor.on('suspend', lockWindows);
    // After a write, the window re-reads the lists it shows (only the kind of data travels).
    running.onChanged((change) => sendEvent(win, 'db.changed', change));
    win = createMainWindow();
    win.on('closed', () => {
      win = null;
    });
  };

  // Without a window the app would linger invisibly: say what failed and leave.
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      logError('startup', error);
      dialog.showErrorBox('Aktywator', startupErrorMessage(error));
      app.quit();
    });
}
