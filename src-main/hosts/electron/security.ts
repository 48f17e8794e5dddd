import { session, type Session, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** The renderer gets no Node, runs in Chromium's sandbox and sees the preload only via the bridge. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    // Chromium's PDF viewer, for the preview of documents before printing; no other plugin exists.
    plugins: true,
    preload,
  };
}

/**
 * A file URL's path in a form two spellings of the same file agree on: Chromium and Node
 * percent-encode differently (spaces, Polish letters in a user name) and Windows paths
 * ignore case, including the drive letter Chromium upper-cases.
 */
function comparablePath(url: URL, ignoreCase: boolean): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/\\/g, '/');
  } catch {
    return null;
  }
  return ignoreCase ? path.toLowerCase() : path;
}

/**
 * True when `url` is the app's own page (`appUrl`, a file:// URL). Query and hash are
 * ignored: the router keeps its state in the hash.
 */
export function isAppUrl(
  url: string,
  appUrl: string,
  ignoreCase: boolean = process.platform === 'win32',
): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (target.protocol !== 'file:' || app.protocol !== 'file:') return false;
  if (target.host.toLowerCase() !== app.host.toLowerCase()) return false;
  const a = comparablePath(target, ignoreCase);
  return a !== null && a === comparablePath(app, ignoreCase);
}

/** The window may only ever (re)load the app itself; every other navigation is refused. */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** Response headers with our policy in place of any the response carried (any casing). */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

/** Navigation, pop-ups and <webview> are all ways out of the sandboxed page: deny them. */
export function lockDownWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Session-wide: the CSP header on every response and no permission (camera, geolocation…). */
export function lockDownSession(target: Session = session.defaultSession): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
