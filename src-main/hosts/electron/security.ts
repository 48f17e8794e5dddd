import { session, type Session, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { APP_URL } from './app-protocol';

export { CONTENT_SECURITY_POLICY };

/**
 * The renderer gets no Node, runs in Chromium's sandbox and sees the preload only via the
 * bridge. DevTools only for a developer: in the installed program they would let anyone at the
 * PC call the core and read the page's data past every screen.
 */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    // Electron shows PDFs only through Chromium's PDF viewer plugin, and the preview of documents
    // before printing (PdfPreviewDialog: a blob: PDF in an iframe) needs it; no other plugin exists.
    plugins: true,
    devTools,
    preload,
  };
}

/**
 * True when `url` is the app's own page (`appUrl`, app://aktywator/index.html). Query and
 * hash are ignored: the router keeps its state in the hash.
 */
export function isAppUrl(url: string, appUrl: string = APP_URL): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return (
      target.protocol === app.protocol &&
      target.host === app.host &&
      target.pathname === app.pathname
    );
  } catch {
    return false;
  }
}

/** The origin of Chromium's PDF viewer (the same built-in extension id in Electron and Chrome). */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** A blob: URL the app page itself created (blob:app://aktywator/<uuid>). */
function isOwnBlob(url: string, appUrl: string): boolean {
  if (!url.startsWith('blob:')) return false;
  try {
    const inner = new URL(url.slice('blob:'.length));
    const app = new URL(appUrl);
    return inner.protocol === app.protocol && inner.host === app.host;
  } catch {
    return false;
  }
}

/**
 * The window may only ever (re)load the app itself. A frame inside it may only show the PDF
 * preview: a blob: PDF the page made, and Chromium's PDF viewer that displays it (Electron asks
 * about every frame's navigation the page starts, the preview's iframe included).
 */
export function isAllowedNavigation(
  url: string,
  appUrl: string = APP_URL,
  isMainFrame: boolean = true,
): boolean {
  if (isMainFrame) return isAppUrl(url, appUrl);
  return isOwnBlob(url, appUrl) || url.startsWith(PDF_VIEWER);
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
    if (!isAllowedNavigation(event.url, appUrl, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Session-wide: the CSP header on every response, and no permission at all (camera,
 * microphone, location, notifications, clipboard reading, devices…): the register needs
 * none, and the PDF preview needs none either. Chromium first checks (synchronously) and
 * then requests; both answers are no.
 */
export function lockDownSession(target: Session = session.defaultSession): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  target.setPermissionCheckHandler(() => false);
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
