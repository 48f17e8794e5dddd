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

const APP = 'file:///home/ola/aktywator/out/renderer/index.html';
const WIN_APP =
  'file:///C:/Users/J%C3%B3zef%20Nowak/AppData/Local/Programs/Aktywator/resources/app.asar/out/renderer/index.html';

describe('isAllowedNavigation', () => {
  it.each([
    [APP, true],
    [`${APP}#/uczestnicy/12`, true],
    [`${APP}?x=1`, true],
    ['file:///home/ola/aktywator/out/renderer/other.html', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['file://evil-host/home/ola/aktywator/out/renderer/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url, APP)).toBe(allowed);
  });

  it('treats Chromium and Node spellings of a Windows path as the same file', () => {
    // Chromium: upper-case drive, UTF-8 escapes; Node: may differ in case and escaping.
    const chromium =
      'file:///C:/Users/J%C3%B3zef%20Nowak/AppData/Local/Programs/Aktywator/resources/app.asar/out/renderer/index.html#/';
    const nodeSpelling =
      'file:///c:/Users/Józef Nowak/AppData/Local/Programs/Aktywator/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(chromium, WIN_APP, true)).toBe(true);
    expect(isAppUrl(nodeSpelling, WIN_APP, true)).toBe(true);
    expect(isAppUrl(nodeSpelling, WIN_APP, false)).toBe(false);
    expect(isAppUrl('file:///C:/Users/Public/index.html', WIN_APP, true)).toBe(false);
  });
});

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node in the renderer', () => {
    expect(secureWebPreferences('/app/out/main/preload.cjs')).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      plugins: true,
      preload: '/app/out/main/preload.cjs',
    });
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
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

function fakeWebContents() {
  const listeners = new Map<
    string,
    (event: { url?: string; preventDefault: () => void }) => void
  >();
  let openHandler: ((details: unknown) => unknown) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: never) => listeners.set(name, fn)),
    setWindowOpenHandler: vi.fn((fn: (details: unknown) => unknown) => (openHandler = fn)),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
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
    expect(fire('will-frame-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(fire('will-navigate', `${APP}#/projekty`)).not.toHaveBeenCalled();
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
  it('adds the CSP header to responses and refuses every permission request', () => {
    let onHeaders: ((details: unknown, cb: (r: unknown) => void) => void) | undefined;
    let onPermission:
      ((wc: unknown, perm: string, cb: (granted: boolean) => void) => void) | undefined;
    const ses = {
      webRequest: { onHeadersReceived: vi.fn((fn: typeof onHeaders) => (onHeaders = fn)) },
      setPermissionRequestHandler: vi.fn((fn: typeof onPermission) => (onPermission = fn)),
    };
    lockDownSession(ses as unknown as Session);

    const headersCallback = vi.fn();
    onHeaders!({ url: APP, responseHeaders: { 'X-A': ['1'] } }, headersCallback);
    expect(headersCallback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });

    for (const permission of ['media', 'geolocation', 'notifications']) {
      const granted = vi.fn();
      onPermission!({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
    }
  });
});
