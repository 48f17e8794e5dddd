import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_URL } from './app-protocol';
import { lockDownWebContents, secureWebPreferences } from './security';

/**
 * Paths are taken from the app path (the project folder in development, app.asar when
 * packaged) rather than __dirname, so they are the same for the bundle and for tests.
 */
export function rendererFolder(appPath: string = app.getAppPath()): string {
  return join(appPath, 'out', 'renderer');
}

export function createMainWindow(): BrowserWindow {
  const appPath = app.getAppPath();
  const icon = join(appPath, 'assets', 'icon.png');
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: 'Aktywator',
    // Shown once painted, so the office worker never sees a blank white frame.
    show: false,
    ...(existsSync(icon) ? { icon } : {}),
    webPreferences: secureWebPreferences(
      join(appPath, 'out', 'main', 'preload.cjs'),
      !app.isPackaged,
    ),
  });
  lockDownWebContents(win.webContents, APP_URL);
  win.once('ready-to-show', () => win.show());
  // Served by app-protocol.ts from rendererFolder(); a missing build answers 404.
  win.loadURL(APP_URL).catch((error: unknown) => {
    console.error('[window] cannot load the renderer', error);
  });
  return win;
}
