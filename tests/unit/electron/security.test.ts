import { describe, expect, it, vi } from 'vitest';

// `electron` cannot load in plain Node; security.ts only touches it for the default session.
vi.mock('electron', () => ({ session: { defaultSession: {} } }));

import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAppUrl,
  lockDownSession,
  lockDownWebContents,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../../src-main/hosts/electron/security';

const APP = 'app://aktywator/index.html';

describe('isAllowedNavigation', () => {
  it.each([
    [APP, true],
    [`${APP}#/uczestnicy/12`, true],
    [`${APP}?x=1`, true],
    ['app://aktywator/other.html', false],
    ['app://aktywator/', false],
    ['app://evil/index.html', false],
    ['file:///home/ola/aktywator/out/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['https://aktywator/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['blob:app://aktywator/0b7c2f57-1f8e-4a43-9bd4-6c1b1d0c1f39', false],
    ['not a url', false],
  ])('main frame: %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
    expect(isAllowedNavigation(url, APP, true)).toBe(allowed);
  });

  it.each([
    // The PDF preview: a blob: URL the page made, shown by Chromium's PDF viewer.
    ['blob:app://aktywator/0b7c2f57-1f8e-4a43-9bd4-6c1b1d0c1f39', true],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', true],
    ['blob:https://evil.example/0b7c2f57-1f8e-4a43-9bd4-6c1b1d0c1f39', false],
    ['blob:null/0b7c2f57', false],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/index.html', false],
    [APP, false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['data:application/pdf;base64,JVBERi0=', false],
  ])('sub-frame: %s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url, APP, false)).toBe(allowed);
  });

  it('compares scheme, host and path, ignoring query and hash', () => {
    expect(isAppUrl(`${APP}#/`)).toBe(true);
    expect(isAppUrl('app://aktywator/index.html/../index.html')).toBe(true);
    expect(isAppUrl('app://aktywator/assets/index.html')).toBe(false);
  });
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node in the renderer', () => {
    expect(secureWebPreferences('/app/out/main/preload.cjs', true)).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true,
      devTools: true,
      preload: '/app/out/main/preload.cjs',
    });
  });

  it('turns DevTools off when asked (the installed program)', () => {
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(false);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any policy the response had, whatever its casing, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('is strict: no remote origins, no eval, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    // The PDF renderer's worker: a script of the bundle, never a blob: or data: URL.
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

function fakeWebContents() {
  const listeners = new Map<
    string,
    (event: { url?: string; isMainFrame?: boolean; preventDefault: () => void }) => void
  >();
  let openHandler: ((details: unknown) => unknown) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: never) => listeners.set(name, fn)),
    setWindowOpenHandler: vi.fn((fn: (details: unknown) => unknown) => (openHandler = fn)),
  };
  const fire = (name: string, url?: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (d: unknown) => openHandler?.(d),
  };
}

describe('lockDownWebContents', () => {
  it('prevents navigation away from the app but lets the app reload itself', () => {
    const { contents, fire } = fakeWebContents();
    lockDownWebContents(contents, APP);
    expect(fire('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-navigate', 'app://aktywator/assets/x.html')).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'https://example.com/', false)).toHaveBeenCalled();
    expect(fire('will-navigate', `${APP}#/projekty`)).not.toHaveBeenCalled();
    expect(fire('will-frame-navigate', `${APP}#/projekty`)).not.toHaveBeenCalled();
  });

  it('lets the PDF preview frame show its blob: document, and nothing else', () => {
    const { contents, fire } = fakeWebContents();
    lockDownWebContents(contents, APP);
    const blob = 'blob:app://aktywator/0b7c2f57-1f8e-4a43-9bd4-6c1b1d0c1f39';
    expect(fire('will-frame-navigate', blob, false)).not.toHaveBeenCalled();
    expect(fire('will-frame-navigate', blob, true)).toHaveBeenCalled();
    expect(fire('will-frame-navigate', 'file:///C:/Windows/win.ini', false)).toHaveBeenCalled();
  });

  it('denies window.open and <webview>', () => {
    const { contents, fire, open } = fakeWebContents();
    lockDownWebContents(contents, APP);
    expect(open({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(open({ url: APP })).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('lockDownSession', () => {
  function lockedSession() {
    let onHeaders: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    let onRequest:
      ((wc: unknown, perm: string, cb: (granted: boolean) => void) => void) | undefined;
    let onCheck: ((wc: unknown, perm: string, origin: string) => boolean) | undefined;
    const ses = {
      webRequest: { onHeadersReceived: vi.fn((fn: typeof onHeaders) => (onHeaders = fn)) },
      setPermissionRequestHandler: vi.fn((fn: typeof onRequest) => (onRequest = fn)),
      setPermissionCheckHandler: vi.fn((fn: typeof onCheck) => (onCheck = fn)),
    };
    lockDownSession(ses as unknown as Session);
    return { onHeaders: onHeaders!, onRequest: onRequest!, onCheck: onCheck! };
  }

  // Those a page could ask for; 'fullscreen' and the clipboard included.
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'fullscreen',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'unknown',
  ];

  it('adds the CSP header to responses', () => {
    const { onHeaders } = lockedSession();
    const headersCallback = vi.fn();
    onHeaders({ url: APP, responseHeaders: { 'X-A': ['1'] } }, headersCallback);
    expect(headersCallback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it.each(PERMISSIONS)('refuses the permission request for %s', (permission) => {
    const { onRequest } = lockedSession();
    const granted = vi.fn();
    onRequest({}, permission, granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)(
    'answers no to the permission check for %s, even from the app',
    (permission) => {
      const { onCheck } = lockedSession();
      expect(onCheck({}, permission, 'app://aktywator')).toBe(false);
      expect(onCheck(null, permission, 'https://example.com')).toBe(false);
    },
  );
});
