import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, fn: (request: Request) => Promise<Response>) =>
      fake.handlers.set(scheme, fn),
    ),
  },
}));

import { protocol } from 'electron';
import {
  APP_URL,
  fileForUrl,
  registerAppScheme,
  serveApp,
} from '../../../src-main/hosts/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/hosts/content-security-policy';

// A build folder with a secret beside it, which no URL may reach.
let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'aktywator-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Aktywator</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("ok")');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'notes.md'), 'not part of the build');
  writeFileSync(join(base, 'secret.json'), 'PESEL 85010112345');
  serveApp(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => fake.handlers.get('app')!({ url } as Request);

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    const [schemes] = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0]!;
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]!.privileges?.bypassCSP).toBeFalsy();
    expect(APP_URL).toBe('app://aktywator/index.html');
  });
});

describe('the app:// handler', () => {
  it.each([
    ['app://aktywator/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://aktywator/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['app://aktywator/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://aktywator/assets/index-abc.js?v=1#x', 'text/javascript; charset=utf-8', 'console'],
  ])('serves %s as %s with the CSP', async (url, type, start) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await response.text()).startsWith(start)).toBe(true);
  });

  it('serves binary files byte for byte', async () => {
    const response = await get('app://aktywator/favicon.png');
    expect(response.headers.get('Content-Type')).toBe('image/png');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it.each([
    // Traversal, in every spelling that reaches the handler.
    'app://aktywator/..%2fsecret.json',
    'app://aktywator/assets/..%2f..%2fsecret.json',
    'app://aktywator/assets/..%5c..%5csecret.json',
    'app://aktywator/%2e%2e%2fsecret.json',
    'app://aktywator/..%252fsecret.json',
    'app://aktywator/../secret.json',
    'app://aktywator/assets/../../secret.json',
    'app://aktywator/C:%5cWindows%5cwin.ini',
    'app://aktywator/index.html%00.js',
    'app://aktywator/%E0%A4%A',
    // Unknown paths, hidden files, types the build does not have, directories.
    'app://aktywator/missing.js',
    'app://aktywator/assets/missing.css',
    'app://aktywator/.env.js',
    'app://aktywator/notes.md',
    'app://aktywator/',
    'app://aktywator/assets',
    // Other hosts and schemes.
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://aktywator/index.html',
    'not a url',
  ])('answers 404 to %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('PESEL');
  });
});

describe('fileForUrl', () => {
  it('maps a URL to a file under the root and nothing else', () => {
    expect(fileForUrl('app://aktywator/assets/index-abc.js', '/r')).toBe(
      join('/r', 'assets', 'index-abc.js'),
    );
    expect(fileForUrl('app://aktywator/Polski%20plik.css', '/r')).toBe(
      join('/r', 'Polski plik.css'),
    );
    expect(fileForUrl('app://aktywator/..%2f..%2fetc%2fpasswd.json', '/r')).toBeNull();
  });
});
