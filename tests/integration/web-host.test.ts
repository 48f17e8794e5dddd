import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore } from '../../src-main/bootstrap';
import type { Envelope } from '../../src-main/contract/errors';
import { fixedClock } from '../../src-main/domain/clock';
import {
  CONTENT_SECURITY_POLICY,
  createWebServer,
  type WebServer,
} from '../../src-main/hosts/web/server';
import { TEST_TODAY } from '../support/clock';

const TOKEN = 'test-token-0123456789abcdef';
/** The browser tab's session id, which the host hands to the core as the caller. */
const SESSION = 'tab-session-0123456789';
const SECRET = 'SECRET-OUTSIDE-STATIC-DIR';
const INDEX_HTML = '<!doctype html><html><head><title>Aktywator</title></head><body></body></html>';

const dispatch = vi.fn(async (channel: string, input: unknown): Promise<Envelope<unknown>> => ({
  ok: true,
  data: { echo: { channel, input } },
}));

let root: string;
let server: WebServer;
const logged: unknown[] = [];

beforeAll(async () => {
  // root/secret.txt sits next to the static folder: the traversal tests aim at it.
  root = mkdtempSync(join(tmpdir(), 'aktywator-web-host-'));
  const staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: SECRET }));
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app-1a2b.js'), 'console.log("app");');
  writeFileSync(join(staticDir, 'assets', 'app-1a2b.css'), 'body{margin:0}');
  writeFileSync(join(staticDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(staticDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(staticDir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  writeFileSync(join(staticDir, '.env'), SECRET);

  server = await createWebServer({
    dispatch,
    staticDir,
    token: TOKEN,
    port: 0,
    log: (message, error) => logged.push([message, error]),
  });
});

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  dispatch.mockClear();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http instead of fetch: it lets a test set Host and send a path without normalising `..`. */
function raw(options: {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function rpc(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/rpc`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-aktywator-token': TOKEN,
      'x-aktywator-session': SESSION,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectRefused(response: Response | RawResponse, status: number): Promise<void> {
  expect(response.status).toBe(status);
  const text = response instanceof Response ? await response.text() : response.body;
  const parsed = JSON.parse(text) as Envelope<unknown>;
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.error.message).toMatch(/[a-ząćęłńóśźż]/i);
  expect(dispatch).not.toHaveBeenCalled();
}

describe('web host: POST /rpc', () => {
  it('passes a valid request to the dispatcher and returns its envelope', async () => {
    const response = await rpc({ channel: 'participants.search', input: { query: 'Kowal' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      ok: true,
      data: { echo: { channel: 'participants.search', input: { query: 'Kowal' } } },
    });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith(
      'participants.search',
      { query: 'Kowal' },
      `web:${SESSION}`,
    );
  });

  it('returns an error envelope from the dispatcher unchanged with 200', async () => {
    const envelope: Envelope<unknown> = {
      ok: false,
      error: { code: 'not_found', message: 'Nie znaleziono uczestnika.' },
    };
    dispatch.mockResolvedValueOnce(envelope);
    const response = await rpc({ channel: 'participants.get', input: { id: 999 } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(envelope);
  });

  it('accepts a request without input and a JSON content type with a charset', async () => {
    const response = await rpc(
      { channel: 'settings.get' },
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(response.status).toBe(200);
    expect(dispatch).toHaveBeenCalledWith('settings.get', undefined, `web:${SESSION}`);
  });

  it('accepts the server’s own Origin', async () => {
    const response = await rpc({ channel: 'settings.get', input: null }, { origin: server.url });
    expect(response.status).toBe(200);
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it.each([
    ['without a session id', undefined],
    ['with a too short session id', 'abc'],
    ['with characters outside the id alphabet', 'tab session 0123456789 <x>'],
  ])('refuses a request %s with 400, never dispatching', async (_case, id) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-aktywator-token': TOKEN,
    };
    if (id !== undefined) headers['x-aktywator-session'] = id;
    const response = await fetch(`${server.url}/rpc`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel: 'settings.get' }),
    });
    await expectRefused(response, 400);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a request without a token with 401', async () => {
    const response = await fetch(`${server.url}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'settings.get', input: null }),
    });
    await expectRefused(response, 401);
  });

  it('refuses a wrong token with 401, including one of the same length and a prefix', async () => {
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { 'x-aktywator-token': 'x'.repeat(TOKEN.length) }),
      401,
    );
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { 'x-aktywator-token': TOKEN.slice(0, -1) }),
      401,
    );
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { 'x-aktywator-token': `${TOKEN}x` }),
      401,
    );
  });

  it('refuses a foreign Origin with 403', async () => {
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { origin: 'https://evil.example' }),
      403,
    );
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { origin: `http://127.0.0.1:${server.port + 1}` }),
      403,
    );
    await expectRefused(await rpc({ channel: 'settings.get' }, { origin: 'null' }), 403);
  });

  it('refuses a foreign Host header (DNS rebinding) with 4xx', async () => {
    const body = JSON.stringify({ channel: 'settings.get', input: null });
    const headers = {
      'content-type': 'application/json',
      'x-aktywator-token': TOKEN,
      'x-aktywator-session': SESSION,
    };
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      const response = await raw({
        method: 'POST',
        path: '/rpc',
        headers: { ...headers, host },
        body,
      });
      expect(response.status, host).toBeGreaterThanOrEqual(400);
      expect(response.status, host).toBeLessThan(500);
      expect(dispatch).not.toHaveBeenCalled();
    }
    const viaLocalhost = await raw({
      method: 'POST',
      path: '/rpc',
      headers: { ...headers, host: `localhost:${server.port}` },
      body,
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses malformed JSON with 400', async () => {
    await expectRefused(await rpc('{"channel": "settings.get",'), 400);
    await expectRefused(await rpc(''), 400);
  });

  it('refuses a body that is not { channel: string, input? } with 400', async () => {
    for (const body of [
      '[]',
      'null',
      '"settings.get"',
      '42',
      '{}',
      '{"channel": 5}',
      '{"channel": ""}',
      '{"input": {}}',
    ]) {
      await expectRefused(await rpc(body), 400);
    }
  });

  it('refuses a content type other than application/json with 415', async () => {
    await expectRefused(
      await rpc({ channel: 'settings.get' }, { 'content-type': 'text/plain' }),
      415,
    );
    await expectRefused(
      await rpc(
        { channel: 'settings.get' },
        { 'content-type': 'application/x-www-form-urlencoded' },
      ),
      415,
    );
  });

  it('refuses a body over 1 MB with 413', async () => {
    const big = JSON.stringify({ channel: 'settings.get', input: 'x'.repeat(1024 * 1024 + 10) });
    await expectRefused(await rpc(big), 413);
  });

  it('refuses an oversize body sent without Content-Length (chunked) with 413', async () => {
    const response = await new Promise<RawResponse>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/rpc',
          headers: {
            'content-type': 'application/json',
            'x-aktywator-token': TOKEN,
            'x-aktywator-session': SESSION,
          },
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    });
    await expectRefused(response, 413);
  });

  it('answers other methods on /rpc with 405', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${server.url}/rpc`, {
        method,
        headers: { 'x-aktywator-token': TOKEN, 'x-aktywator-session': SESSION },
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('returns 500 with an internal envelope when the dispatcher throws, and keeps serving', async () => {
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const response = await rpc({ channel: 'settings.get' });
    expect(response.status).toBe(500);
    const body = (await response.json()) as Envelope<unknown>;
    expect(body).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(body)).not.toContain('boom');
    expect((await rpc({ channel: 'settings.get' })).status).toBe(200);
  });
});

describe('web host: static files', () => {
  it('serves index.html at / with the CSP and security headers and no caching', async () => {
    const response = await fetch(`${server.url}/?token=${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX_HTML);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves assets with their content types', async () => {
    const cases: [string, string][] = [
      ['/assets/app-1a2b.js', 'text/javascript'],
      ['/assets/app-1a2b.css', 'text/css'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/assets/font.woff2', 'font/woff2'],
      ['/favicon.ico', 'image/x-icon'],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(
        new RegExp(`^${type.replace('+', '\\+')}`),
      );
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await raw({
      method: 'HEAD',
      path: '/assets/app-1a2b.js',
      headers: { host: `127.0.0.1:${server.port}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String('console.log("app");'.length));
    expect(response.body).toBe('');
  });

  it('falls back to index.html for client routes without an extension, 404 for missing files', async () => {
    const route = await fetch(`${server.url}/uczestnicy/12`);
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX_HTML);
    expect(route.headers.get('cache-control')).toBe('no-store');

    const missing = await fetch(`${server.url}/assets/missing-123.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other methods on static paths with 405', async () => {
    const response = await fetch(`${server.url}/index.html`, { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it('never serves a file outside the static folder or a dot-file', async () => {
    const host = `127.0.0.1:${server.port}`;
    const paths = [
      '/../secret.txt',
      '/../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E/package.json',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/.env',
      '/%2eenv',
      '/secret.txt%00.js',
      '/%E0%A4%A.js',
    ];
    for (const path of paths) {
      const response = await raw({ path, headers: { host } });
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain(SECRET);
    }
  });

  it('refuses a foreign Host for static files too', async () => {
    const response = await raw({ path: '/', headers: { host: 'evil.example' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toContain('<title>');
  });
});

describe('web host: resilience', () => {
  it('still answers a good request after all the bad ones, with nothing unexpected logged', async () => {
    // Garbage on a raw socket goes through the 'clientError' path.
    const { connect } = await import('node:net');
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('data', () => undefined);
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });

    const response = await rpc({ channel: 'projects.list', input: {} });
    expect(response.status).toBe(200);
    expect(dispatch).toHaveBeenCalledWith('projects.list', {}, `web:${SESSION}`);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    // Refusals are not errors: only the deliberate dispatcher failure and the garbage
    // connection may have been logged.
    const messages = logged.map((entry) => String((entry as unknown[])[0]));
    expect(messages.filter((m) => !/^(Dispatcher|Błąd połączenia)/.test(m))).toEqual([]);
  });

  it('rejects when the port is taken instead of crashing', async () => {
    await expect(
      createWebServer({
        dispatch,
        staticDir: join(root, 'static'),
        token: TOKEN,
        port: server.port,
      }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('closes cleanly and frees the port', async () => {
    const other = await createWebServer({
      dispatch,
      staticDir: join(root, 'static'),
      token: TOKEN,
      port: 0,
    });
    expect(other.url).toBe(`http://127.0.0.1:${other.port}`);
    expect((await fetch(`${other.url}/`)).status).toBe(200);
    await other.close();
    await expect(fetch(`${other.url}/`)).rejects.toThrow();
  });
});

interface EventStream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** What arrived so far: each event's name and its parsed data. */
  events: { name: string; data: unknown }[];
  close(): void;
}

/** Opens `GET /events` as a tab's EventSource does, and collects what the server streams. */
function listen(url: string, path: string): Promise<EventStream> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: { accept: 'text/event-stream' }, agent: false },
      (res) => {
        const events: EventStream['events'] = [];
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const field = (name: string) =>
              block
                .split('\n')
                .find((line) => line.startsWith(`${name}: `))
                ?.slice(name.length + 2);
            const name = field('event');
            if (name) events.push({ name, data: JSON.parse(field('data') ?? 'null') });
          }
        });
        res.on('error', () => undefined);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          events,
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web host: GET /events', () => {
  it('refuses a stream without the token, with a wrong one, and other methods', async () => {
    const missing = await raw({ path: '/events' });
    expect(missing.status).toBe(401);
    const wrong = await raw({ path: '/events?token=test-token-0123456789abcdeX' });
    expect(wrong.status).toBe(401);
    const posted = await raw({ method: 'POST', path: `/events?token=${TOKEN}` });
    expect(posted.status).toBe(405);
    const foreign = await raw({
      path: `/events?token=${TOKEN}`,
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('streams db.changed with only the kind of data after a write by another tab', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aktywator-web-events-'));
    // `await` keeps the test valid whether the core starts synchronously or not.
    const core = await startCore({
      dbPath: join(dir, 'aktywator.sqlite'),
      migrationsFolder: resolve('drizzle'),
      demo: false,
      clock: fixedClock(TEST_TODAY),
      logError: (channel, error) => logged.push([channel, error]),
    });
    const live = await createWebServer({
      dispatch: core.dispatch,
      onChanged: core.onChanged,
      staticDir: join(root, 'static'),
      token: TOKEN,
      port: 0,
    });
    const call = async (channel: string, input: unknown, session: string) => {
      const response = await fetch(`${live.url}/rpc`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-aktywator-token': TOKEN,
          'x-aktywator-session': session,
        },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as Envelope<unknown>;
    };
    // The tab that watches has not even signed in: the stream carries no data to protect.
    const watching = await listen(live.url, `/events?token=${TOKEN}`);
    try {
      expect(watching.status).toBe(200);
      expect(watching.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(watching.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

      const writer = 'writer-tab-0123456789';
      // Signing in, locking and reporting activity change nobody else's screen.
      expect(
        await call(
          'session.setup',
          {
            office: { officeName: 'Ośrodek Pomocy Społecznej' },
            administrator: {
              firstName: 'Tadeusz',
              lastName: 'Tester',
              login: 'tester',
              password: 'haslo-testowe-1',
              roles: ['administrator', 'coordinator', 'socialWorker'],
            },
          },
          writer,
        ),
      ).toMatchObject({ ok: true });
      expect(await call('session.touch', {}, writer)).toMatchObject({ ok: true });
      // A refused write sends nothing.
      expect(await call('instruments.create', { group: 'health', name: '' }, writer)).toMatchObject(
        { ok: false },
      );
      expect(
        await call('instruments.create', { group: 'health', name: 'Dietetyk' }, writer),
      ).toMatchObject({ ok: true });

      await vi.waitFor(() => expect(watching.events).toHaveLength(1));
      expect(watching.events).toEqual([{ name: 'db.changed', data: { entity: 'instruments' } }]);
    } finally {
      watching.close();
      await live.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
