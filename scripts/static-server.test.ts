import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_POLICY, WORKER_POLICY } from './csp.mjs';
import { normaliseBase, startServer, type ServeOptions } from './static-server.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const SECRET = 'outside the served folder';
let tmp: string;
let site: string;

// A site with an app, a worker bundle, a wasm file and a folder named like a host; beside it,
// a file that must never be served.
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
  site = path.join(tmp, 'site');
  await mkdir(path.join(site, 'assets'), { recursive: true });
  await mkdir(path.join(site, 'evil.com'));
  await mkdir(path.join(site, 'empty'));
  await writeFile(path.join(tmp, 'secret.txt'), SECRET);
  await writeFile(path.join(site, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(site, 'evil.com', 'index.html'), 'a folder, not a host');
  await writeFile(path.join(site, 'assets', 'index-Dq1_-x.js'), 'console.log(1);');
  await writeFile(path.join(site, 'assets', 'compute.worker-cvc_RW-l.js'), 'self.onmessage = null;');
  await writeFile(path.join(site, 'assets', 'kernel.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Serves the test site for the tests of one describe block; returns its port. */
function serve(options: Omit<ServeOptions, 'dir'> = {}): () => number {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({ dir: site, port: 0, host: '127.0.0.1', ...options });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  return () => (server.address() as AddressInfo).port;
}

/** Sends `rawPath` exactly as written (fetch would normalise it first). */
function send(port: number, rawPath: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A redirect must stay on this server: a path with one leading "/", never "//" or a scheme. */
function expectSameOriginRedirect(reply: Reply, port: number, expected: string) {
  expect(reply.status).toBe(302);
  const location = String(reply.headers.location);
  expect(location).toMatch(/^\/(?![/\\])/);
  const origin = `http://127.0.0.1:${port}`;
  expect(new URL(location, `${origin}/some/page`).origin).toBe(origin);
  expect(location).toBe(expected);
}

const TRAVERSALS = [
  '/../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/..%2fsecret.txt',
  '/assets/..%2f..%2fsecret.txt',
  '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  '/..%5csecret.txt',
  '/assets\\..\\..\\secret.txt',
  '/assets/..%5c..%5csecret.txt',
  '//../secret.txt',
  '/%2f..%2fsecret.txt',
  '/secret.txt%00',
  '/%00/../secret.txt',
  '/assets/%00%2f..%2f..%2fsecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%',
];

describe('serve.mjs at the root', () => {
  const port = serve();

  it('serves index.html for the folder, with the page policy and isolation headers', async () => {
    const reply = await send(port(), '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>app</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(PAGE_POLICY);
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('sends the worker policy with worker bundles and the page policy with other scripts', async () => {
    const worker = await send(port(), '/assets/compute.worker-cvc_RW-l.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-security-policy']).toBe(WORKER_POLICY);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const script = await send(port(), '/assets/index-Dq1_-x.js');
    expect(script.headers['content-security-policy']).toBe(PAGE_POLICY);
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves .wasm as application/wasm', async () => {
    const reply = await send(port(), '/assets/kernel.wasm');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/wasm');
    expect(reply.headers['content-length']).toBe('8');
  });

  it('sends the same headers on errors and redirects', async () => {
    for (const reply of [await send(port(), '/missing.js'), await send(port(), '/assets')]) {
      expect(reply.headers['content-security-policy']).toBe(PAGE_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['cross-origin-embedder-policy']).toBe('require-corp');
    }
  });

  it.each(TRAVERSALS)('never serves a file outside the folder: %s', async (rawPath) => {
    const reply = await send(port(), rawPath);
    expect(reply.body).not.toContain(SECRET);
    expect([400, 404]).toContain(reply.status);
  });

  it('resolves dot segments that stay inside the folder', async () => {
    const reply = await send(port(), '/assets/%2e%2e%2findex.html');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>app</title>');
  });

  it('redirects a folder without its trailing slash to the same path with one', async () => {
    expectSameOriginRedirect(await send(port(), '/assets'), port(), '/assets/');
    expectSameOriginRedirect(await send(port(), '/assets?run=1'), port(), '/assets/?run=1');
  });

  it.each([
    ['/.//evil.com/x%2f..%2f..%2fassets', '/assets/'],
    ['//evil.com', '/evil.com/'],
    ['/.//evil.com', '/evil.com/'],
    ['/\\evil.com', '/evil.com/'],
    ['/%2fevil.com', '/evil.com/'],
    ['/%2F%2Fevil.com', '/evil.com/'],
    ['/./%2f/evil.com', '/evil.com/'],
    ['/assets/..%2f%2fevil.com', '/evil.com/'],
    ['/.%2f', '/'],
  ])('never redirects off the origin: %s', async (rawPath, expected) => {
    expectSameOriginRedirect(await send(port(), rawPath), port(), expected);
  });

  it('serves a folder through its index.html, and 404s a folder without one', async () => {
    const folder = await send(port(), '//evil.com/');
    expect(folder.status).toBe(200);
    expect(folder.body).toBe('a folder, not a host');
    expect((await send(port(), '/empty/')).status).toBe(404);
  });

  it('refuses targets that are not a path', async () => {
    const reply = await send(port(), 'http://evil.com/index.html');
    expect(reply.status).toBe(400);
    expect(reply.headers.location).toBeUndefined();
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await send(port(), '/assets/compute.worker-cvc_RW-l.js');
    const head = await send(port(), '/assets/compute.worker-cvc_RW-l.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)));
    for (const name of ['content-type', 'content-security-policy', 'x-content-type-options', 'cross-origin-embedder-policy']) {
      expect(head.headers[name]).toBe(get.headers[name]);
    }
    const missing = await send(port(), '/missing', 'HEAD');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('answers %s with 405 and the allowed methods', async (method) => {
    const reply = await send(port(), '/index.html', method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('serve.mjs under a base path, without isolation headers', () => {
  const port = serve({ base: '/playground', isolation: false });

  it('serves the app below the base, without COOP/COEP but with the other headers', async () => {
    const reply = await send(port(), '/playground/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>app</title>');
    expect(reply.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(reply.headers['cross-origin-embedder-policy']).toBeUndefined();
    expect(reply.headers['content-security-policy']).toBe(PAGE_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leads "/" and the base without its slash to the app', async () => {
    expectSameOriginRedirect(await send(port(), '/'), port(), '/playground/');
    expectSameOriginRedirect(await send(port(), '/playground'), port(), '/playground/');
    expectSameOriginRedirect(await send(port(), '/playground?x=1'), port(), '/playground/?x=1');
  });

  it('redirects folders below the base to paths below the base', async () => {
    expectSameOriginRedirect(await send(port(), '/playground/assets'), port(), '/playground/assets/');
    expectSameOriginRedirect(await send(port(), '/playground//evil.com'), port(), '/playground/evil.com/');
    expectSameOriginRedirect(await send(port(), '/playground/.//evil.com/x%2f..%2f..%2fassets'), port(), '/playground/assets/');
  });

  it('serves nothing outside the base', async () => {
    expect((await send(port(), '/index.html')).status).toBe(404);
    expect((await send(port(), '/assets/kernel.wasm')).status).toBe(404);
  });

  it.each([...TRAVERSALS.map((rawPath) => `/playground${rawPath}`), '/playground/..%2fsite/index.html'])(
    'never serves a file outside the folder: %s',
    async (rawPath) => {
      const reply = await send(port(), rawPath);
      expect(reply.body).not.toContain(SECRET);
      expect(reply.body).not.toContain('<title>app</title>');
      expect([400, 404]).toContain(reply.status);
    },
  );
});

describe('normaliseBase', () => {
  it('gives "/" or a path with a slash at both ends', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('playground')).toBe('/playground/');
    expect(normaliseBase('//sub//path')).toBe('/sub/path/');
  });

  it.each(['/\\evil.com/', '/..', '/./', '/a b/', '/%2e%2e/'])('refuses %s', (base) => {
    expect(() => normaliseBase(base)).toThrow(/invalid base/);
  });
});
