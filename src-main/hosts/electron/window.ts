import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { lockDownWebContents, secureWebPreferences } from './security';

/**
 * Paths are taken from the app path (the project folder in development, app.asar when
 * packaged) rather than __dirname, so they are the same for the bundle and for tests.
 */
export function rendererIndexPath(appPath: string = app.getAppPath()): string {
  return join(appPath, 'out', 'renderer', 'index.html');
}

/** The URL Chromium shows for the index page; navigation and IPC checks compare against it. */
export function appUrl(appPath: string = app.getAppPath()): string {
  return pathToFileURL(rendererIndexPath(appPath)).href;
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
    webPreferences: secureWebPreferences(join(appPath, 'out', 'main', 'preload.cjs')),
  });
  lockDownWebContents(win.webContents, appUrl(appPath));
  win.once('ready-to-show', () => win.show());
  win.loadFile(rendererIndexPath(appPath)).catch((error: unknown) => {
    // A missing renderer build leaves an empty window; say why in the console.
    console.error('[window] cannot load the renderer', error);
  });
  return win;
}
