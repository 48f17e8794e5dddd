import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { safeSegments } from '../static-path';

/**
 * The renderer is served from app://aktywator/ instead of file://. A file:// page shares one
 * origin with every file on the disk and may read any of them the user can; our own scheme
 * answers only with the files of the renderer's build, and gives the page an origin of its own.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'aktywator';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Only what Vite puts in out/renderer; anything else is answered 404. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Must run before the app is ready: Chromium fixes the schemes' privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // standard: relative URLs resolve, the page has a real origin (CSP 'self', localStorage);
        // secure: treated like https (a secure context).
        standard: true,
        secure: true,
        // Vite's module scripts carry `crossorigin`, so they load in CORS mode.
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/**
 * The file under `root` that `url` names, or null. Refused: another scheme or host, any
 * segment starting with a dot (`..`, percent-encoded or not), a backslash, NUL or colon (a
 * way out of the folder, or to a drive, on Windows), and types the build does not have.
 */
export function fileForUrl(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  const segments = safeSegments(parsed.pathname);
  if (!segments) return null;
  const last = segments[segments.length - 1];
  if (!last || !Object.hasOwn(CONTENT_TYPES, extname(last).toLowerCase())) return null;
  return join(root, ...segments);
}

function notFound(): Response {
  return new Response('Nie znaleziono.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The scheme's handler: a file of the build with its type and our CSP, or 404. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = fileForUrl(request.url, root);
    if (!file) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    // Copied into a plain Uint8Array: the DOM's Response type does not take a Node Buffer.
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()]!,
        // The header as well as index.html's <meta>: it then covers every response.
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/** Serves the renderer's build folder on app://aktywator/ (after ready). */
export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
