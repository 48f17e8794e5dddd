import { createHash, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { ErrorCode } from '../../contract/errors';
import type { DbChanged } from '../../contract/events';
import type { Dispatch } from '../../dispatcher';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { safeSegments } from '../static-path';

/**
 * The web host: the built renderer, `POST /rpc` to the core's dispatcher and `GET /events`
 * (Server-Sent Events: `db.changed` after every write), on 127.0.0.1 only. Any page the user
 * opens elsewhere in the same browser can reach 127.0.0.1, so both need the random token
 * handed out in the start-up URL, the server's own Host (against DNS rebinding) and no
 * foreign Origin.
 */
export interface WebServerOptions {
  dispatch: Dispatch;
  /** The core's notices of writes (Core.onChanged), streamed to every tab on `/events`. */
  onChanged?: (listener: (change: DbChanged) => void) => () => void;
  /** The Vite build of the renderer (index.html + assets/). */
  staticDir: string;
  token: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Where unexpected errors are reported; stderr by default. */
  log?: (message: string, error?: unknown) => void;
}

export interface WebServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash and without the token. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-aktywator-token';
/** `GET /events?token=…`: EventSource cannot send headers, so the token comes in the query. */
export const EVENTS_PATH = '/events';
/** How long a tab's EventSource waits before connecting again (e.g. after a restart). */
const EVENTS_RETRY_MS = 3000;
/**
 * The browser tab's session id (a random id the renderer keeps in sessionStorage). The core
 * keeps who is signed in per id, so two tabs sign in separately; the token still gates both.
 */
export const SESSION_HEADER = 'x-aktywator-session';
const SESSION_ID = /^[A-Za-z0-9_-]{16,128}$/;
/** The caller the core knows a browser tab by (prefixed: no tab can pose as another host's caller). */
export const webCaller = (sessionId: string) => `web:${sessionId}`;
export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this much unread oversize body the connection is dropped instead of drained. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

export { CONTENT_SECURITY_POLICY };

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Refusals of the host itself, in the envelope shape the renderer already reads. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const NO_ACCESS = new HttpError(
  401,
  'invalid_state',
  'Brak dostępu: nieprawidłowy klucz sesji. Otwórz program z adresu wypisanego przy jego uruchomieniu.',
);

const defaultLog = (message: string, error?: unknown): void => {
  console.error(`[aktywator web] ${message}`, ...(error === undefined ? [] : [error]));
};

export function createWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log ?? defaultLog;
  const staticRoot = resolve(options.staticDir);
  const tokenDigest = digest(options.token);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Nieobsłużony błąd przy ${req.method ?? '?'} ${req.url ?? '?'}`, error);
      failSafely(res);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const pathname = rawPathname(req.url);
      checkHost(req.headers.host, port);
      if (pathname === '/rpc') await handleRpc(req, res);
      else if (pathname === EVENTS_PATH) handleEvents(req, res);
      else await handleStatic(req, res, pathname);
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(res, error, req);
        return;
      }
      log(`Błąd przy ${req.method ?? '?'} ${req.url ?? '?'}`, error);
      sendError(res, new HttpError(500, 'internal', 'Wewnętrzny błąd programu.'), req);
    }
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      throw new HttpError(405, 'invalid_input', 'Ten adres przyjmuje tylko żądania POST.', {
        Allow: 'POST',
      });
    }
    checkOrigin(req.headers.origin, port);
    if (!tokenMatches(req.headers[TOKEN_HEADER], tokenDigest)) throw NO_ACCESS;
    if (!isJsonContentType(req.headers['content-type'])) {
      throw new HttpError(415, 'invalid_input', 'Żądanie musi mieć typ treści application/json.');
    }
    const sessionId = req.headers[SESSION_HEADER];
    if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) {
      throw new HttpError(400, 'invalid_input', 'Brak identyfikatora sesji karty przeglądarki.');
    }
    const body = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpError(400, 'invalid_input', 'Treść żądania nie jest poprawnym JSON-em.');
    }
    if (!isRpcRequest(parsed)) {
      throw new HttpError(
        400,
        'invalid_input',
        'Treść żądania musi być obiektem { channel: tekst, input?: dane }.',
      );
    }

    let envelope: unknown;
    try {
      envelope = await options.dispatch(parsed.channel, parsed.input, webCaller(sessionId));
    } catch (error) {
      // The dispatcher promises never to throw; if it does, the stack stays here.
      log(`Dispatcher zgłosił wyjątek dla kanału ${parsed.channel}`, error);
      throw new HttpError(500, 'internal', 'Wewnętrzny błąd programu.');
    }
    sendJson(res, 200, envelope);
  }

  /**
   * A stream of the core's events for one tab: only the kind of data a write changed, never
   * the data, so it asks the token but no signed-in session. Ends when the tab goes away.
   */
  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      throw new HttpError(405, 'invalid_input', 'Ten adres przyjmuje tylko żądania GET.', {
        Allow: 'GET',
      });
    }
    checkOrigin(req.headers.origin, port);
    const token = new URLSearchParams(rawQuery(req.url)).get('token') ?? undefined;
    if (!tokenMatches(token, tokenDigest)) throw NO_ACCESS;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.write(`retry: ${EVENTS_RETRY_MS}\n\n`);
    const stop = options.onChanged?.((change) => {
      res.write(`event: db.changed\ndata: ${JSON.stringify(change)}\n\n`);
    });
    res.on('close', () => stop?.());
  }

  async function handleStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'invalid_input', 'Niedozwolona metoda.', { Allow: 'GET, HEAD' });
    }
    const notFound = new HttpError(404, 'not_found', 'Nie znaleziono.');
    const segments = staticSegments(pathname);
    if (!segments) throw notFound;

    let file = await findFile(staticRoot, segments);
    if (!file) {
      // Client-side routes (no extension) get the app; a missing asset stays a 404.
      const last = segments[segments.length - 1] ?? '';
      if (extname(last) !== '') throw notFound;
      file = await findFile(staticRoot, ['index.html']);
      if (!file) throw notFound;
    }
    const isIndex = file.path === resolve(staticRoot, 'index.html');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((done) => {
      const stream = createReadStream(file.path);
      stream.on('error', (error) => {
        log(`Nie udało się odczytać ${file.path}`, error);
        res.destroy();
        done();
      });
      res.on('close', () => {
        stream.destroy();
        done();
      });
      stream.pipe(res);
    });
  }

  server.on('clientError', (error, socket) => {
    // Malformed HTTP, resets and timeouts land here; they must not reach 'uncaughtException'.
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') log('Błąd połączenia', error);
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolvePromise, reject) => {
    const onListenError = (error: Error): void => reject(error);
    server.once('error', onListenError);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', onListenError);
      server.on('error', (error) => log('Błąd serwera', error));
      port = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares digests so neither the token's content nor its length leaks through timing. */
function tokenMatches(header: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof header !== 'string' || header.length === 0) return false;
  return timingSafeEqual(digest(header), expected);
}

function checkHost(host: string | undefined, port: number): void {
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    throw new HttpError(421, 'invalid_state', 'Nieprawidłowy adres serwera (nagłówek Host).');
  }
}

function checkOrigin(origin: string | undefined, port: number): void {
  if (origin === undefined) return;
  if (origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
    throw new HttpError(403, 'invalid_state', 'Żądanie z obcej strony zostało odrzucone.');
  }
}

function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

function isRpcRequest(value: unknown): value is { channel: string; input?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const channel = (value as { channel?: unknown }).channel;
  return typeof channel === 'string' && channel.length > 0 && channel.length <= 200;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const tooLarge = new HttpError(413, 'invalid_input', 'Treść żądania jest za duża (limit 1 MB).', {
    Connection: 'close',
  });
  const declared = Number(req.headers['content-length']);
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    const refuse = (): void => {
      refused = true;
      chunks.length = 0;
      reject(tooLarge);
    };
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) refuse();
    // After refusing, the rest is read and dropped so the client receives the 413 instead
    // of a reset connection; a sender that keeps going past the drain limit is cut off.
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (refused) {
        if (received > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      if (received > MAX_BODY_BYTES) refuse();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolveBody(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}

/** The path exactly as sent (before any `..` folding a URL parser would do), without the query. */
function rawPathname(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

/** The query string without its `?` (empty when there is none). */
function rawQuery(url: string | undefined): string {
  const raw = url ?? '';
  const start = raw.indexOf('?');
  if (start === -1) return '';
  const end = raw.indexOf('#', start);
  return raw.slice(start + 1, end === -1 ? undefined : end);
}

/** Safe segments of a path under the static folder; `/` means index.html. */
function staticSegments(pathname: string): string[] | null {
  if (!pathname.startsWith('/')) return null;
  const segments = safeSegments(pathname);
  if (segments && segments.length === 0) segments.push('index.html');
  return segments;
}

/** A regular file under root (symlinks resolved and re-checked), or null. */
async function findFile(
  root: string,
  segments: string[],
): Promise<{ path: string; size: number } | null> {
  const candidate = resolve(root, ...segments);
  if (!candidate.startsWith(root + sep)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { path: candidate, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: HttpError, req: IncomingMessage): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const envelope = { ok: false, error: { code: error.code, message: error.message } };
  if (req.method === 'HEAD') {
    res.writeHead(error.status, {
      ...SECURITY_HEADERS,
      ...error.headers,
      'Cache-Control': 'no-store',
    });
    res.end();
    return;
  }
  sendJson(res, error.status, envelope, error.headers);
}

/** Last resort when even sending an error failed. */
function failSafely(res: ServerResponse): void {
  try {
    if (!res.headersSent) {
      res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Wewnętrzny błąd programu.');
    } else {
      res.destroy();
    }
  } catch {
    res.destroy();
  }
}
