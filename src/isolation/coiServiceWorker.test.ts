import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { injectPrecache, type Precache } from '../../scripts/offline-plugin';
import { FakeCaches } from './testing/fakeCaches';

// public/coi-sw.js is a classic service worker script: run it against a fake `self` and
// dispatch fetch events to the listener it adds. A build fills in its list of files to cache.
const SOURCE = readFileSync(new URL('../../public/coi-sw.js', import.meta.url), 'utf8');

const SCOPE = 'https://example.org/playground/';

/** What the fetch handler sees of a request: a real Request can't be no-cors and only-if-cached. */
type RequestLike = Pick<Request, 'url' | 'cache' | 'mode'>;

interface WorkerEvent {
  request?: RequestLike;
  respondWith?(response: Promise<Response>): void;
  waitUntil?(promise: Promise<unknown>): void;
}

interface Build {
  precache: Precache;
  /** Shared by the builds a browser has seen: CacheStorage is the origin's. */
  caches: FakeCaches;
}

function loadServiceWorker(scope: string, upstream: (request: RequestLike) => Response, build?: Build) {
  const listeners = new Map<string, (event: WorkerEvent) => void>();
  const fetched: RequestLike[] = [];
  const self = {
    location: new URL('coi-sw.js', scope),
    registration: { scope },
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    addEventListener: (type: string, listener: (event: WorkerEvent) => void) => listeners.set(type, listener),
  };
  const fetch = async (request: RequestLike) => {
    fetched.push(request);
    return upstream(request);
  };
  const source = build ? injectPrecache(SOURCE, build.precache) : SOURCE;
  runInNewContext(source, { self, fetch, Headers, Request, Response, URL, caches: build?.caches });

  /** The response the worker answers with, or undefined if it leaves the request alone. */
  function dispatchFetch(request: RequestLike): Promise<Response> | undefined {
    let response: Promise<Response> | undefined;
    listeners.get('fetch')?.({ request, respondWith: (promise) => (response = promise) });
    return response;
  }
  /** Runs the install or activate handler to the end of what it waits for. */
  async function dispatch(type: 'install' | 'activate') {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({ waitUntil: (promise) => waits.push(promise) });
    await Promise.all(waits);
  }
  return { dispatchFetch, dispatch, fetched };
}

const page = () =>
  new Response('<!doctype html>', {
    status: 200,
    statusText: 'OK',
    headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': "default-src 'self'" },
  });

describe('coi-sw.js', () => {
  it('adds COOP, COEP and CORP to responses inside its scope, keeping the rest', async () => {
    const worker = loadServiceWorker(SCOPE, page);
    for (const url of [SCOPE, `${SCOPE}index.html`, `${SCOPE}assets/compute.worker-abc.js?x=1`]) {
      const response = await worker.dispatchFetch(new Request(url));
      expect(response).toBeDefined();
      expect(response!.status).toBe(200);
      expect(response!.statusText).toBe('OK');
      expect(await response!.text()).toBe('<!doctype html>');
      expect(response!.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(response!.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
      expect(response!.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
      expect(response!.headers.get('Content-Type')).toBe('text/html');
      expect(response!.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    }
    expect(worker.fetched.map((request) => request.url)).toEqual([SCOPE, `${SCOPE}index.html`, `${SCOPE}assets/compute.worker-abc.js?x=1`]);
  });

  it('keeps the status and body of error responses', async () => {
    const worker = loadServiceWorker(SCOPE, () => new Response('gone', { status: 404, statusText: 'Not Found' }));
    const response = await worker.dispatchFetch(new Request(`${SCOPE}missing.js`));
    expect(response!.status).toBe(404);
    expect(response!.statusText).toBe('Not Found');
    expect(await response!.text()).toBe('gone');
    expect(response!.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
  });

  it.each([
    'https://example.org/',
    'https://example.org/index.html',
    'https://example.org/other-app/',
    'https://example.org/other-app/api/data.json',
    'https://example.org/playground',
    'https://example.org/playground-2/',
    'https://example.org/Playground/',
  ])('leaves other pages of the origin alone: %s', (url) => {
    const worker = loadServiceWorker(SCOPE, page);
    expect(worker.dispatchFetch(new Request(url))).toBeUndefined();
    expect(worker.fetched).toEqual([]);
  });

  it.each(['https://cdn.example.org/playground/app.js', 'http://example.org/playground/', 'https://example.org:8443/playground/'])(
    'leaves other origins alone: %s',
    (url) => {
      const worker = loadServiceWorker(SCOPE, page);
      expect(worker.dispatchFetch(new Request(url))).toBeUndefined();
      expect(worker.fetched).toEqual([]);
    },
  );

  it('leaves only-if-cached requests alone unless they are same-origin mode', async () => {
    const worker = loadServiceWorker(SCOPE, page);
    const url = `${SCOPE}index.html`;
    expect(worker.dispatchFetch({ url, cache: 'only-if-cached', mode: 'no-cors' })).toBeUndefined();
    const sameOrigin = worker.dispatchFetch(new Request(url, { cache: 'only-if-cached', mode: 'same-origin' }));
    expect((await sameOrigin)!.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });

  it('passes opaque responses through untouched', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers() } as unknown as Response;
    const worker = loadServiceWorker(SCOPE, () => opaque);
    expect(await worker.dispatchFetch(new Request(`${SCOPE}redirect`))).toBe(opaque);
  });

  it('covers the whole origin only when the app is served from its root', async () => {
    const worker = loadServiceWorker('https://example.org/', page);
    const response = await worker.dispatchFetch(new Request('https://example.org/other-app/'));
    expect(response!.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe('coi-sw.js in a build: the app offline', () => {
  const FILES = ['index.html', 'assets/app-1.js', 'assets/pi-2.wasm'];
  const cacheName = (version: string, scope = SCOPE) => `parallel-playground:${scope}:${version}`;
  const served = (request: RequestLike) => new Response(`served ${new URL(request.url).pathname}`, { status: 200, statusText: 'OK' });
  const offline = (): Response => {
    throw new TypeError('Failed to fetch');
  };

  async function installed(version: string, caches: FakeCaches, upstream: (request: RequestLike) => Response = served, files = FILES) {
    const worker = loadServiceWorker(SCOPE, upstream, { precache: { version, files }, caches });
    await worker.dispatch('install');
    await worker.dispatch('activate');
    return worker;
  }

  it('stores every file of the build on install, from the server rather than the HTTP cache', async () => {
    const caches = new FakeCaches(async (request) => served(request));
    const worker = await installed('v1', caches);
    expect(caches.urls(cacheName('v1'))).toEqual(FILES.map((file) => SCOPE + file));
    expect(worker.fetched).toEqual([]);
    const fetchedByCache: string[] = [];
    await installed('v2', new FakeCaches(async (request) => (fetchedByCache.push(request.cache), served(request))));
    expect(fetchedByCache).toEqual(['reload', 'reload', 'reload']);
  });

  it('answers the build’s files from the cache with the isolation headers, the folder’s address with index.html', async () => {
    const caches = new FakeCaches(async (request) => served(request));
    const online = await installed('v1', caches);
    // The network is gone: a fresh worker (as after a restart) answers from the cache alone.
    const worker = loadServiceWorker(SCOPE, offline, { precache: { version: 'v1', files: FILES }, caches });
    for (const [url, body] of [
      [SCOPE, 'served /playground/index.html'],
      [`${SCOPE}?from=link`, 'served /playground/index.html'],
      [`${SCOPE}assets/pi-2.wasm`, 'served /playground/assets/pi-2.wasm'],
    ]) {
      const response = await worker.dispatchFetch(new Request(url));
      expect(await response!.text()).toBe(body);
      expect(response!.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(response!.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    }
    expect(worker.fetched).toEqual([]);
    expect(online.fetched).toEqual([]);
    // Anything else still goes to the network (and fails without one).
    await expect(worker.dispatchFetch(new Request(`${SCOPE}data/other.json`))).rejects.toThrow('Failed to fetch');
  });

  it('replaces the cache with a new build’s, keeping the previous build’s for pages still open on it', async () => {
    const caches = new FakeCaches(async (request) => served(request));
    await installed('v1', caches);
    await installed('v2', caches, served, [...FILES, 'assets/old-chunk.js']);
    expect(await caches.keys()).toEqual([cacheName('v1'), cacheName('v2')]);
    await installed('v3', caches);
    expect(await caches.keys()).toEqual([cacheName('v2'), cacheName('v3')]);
    // A page that loaded build v2 may still load a file only v2 had, from v2's cache.
    const worker = loadServiceWorker(SCOPE, offline, { precache: { version: 'v3', files: FILES }, caches });
    expect(await (await worker.dispatchFetch(new Request(`${SCOPE}assets/old-chunk.js`)))!.text()).toBe('served /playground/assets/old-chunk.js');
  });

  it('leaves the caches of an app in another folder of the origin alone', async () => {
    const caches = new FakeCaches(async (request) => served(request));
    const other = loadServiceWorker('https://example.org/other-app/', served, { precache: { version: 'x', files: ['index.html'] }, caches });
    await other.dispatch('install');
    await installed('v1', caches);
    await installed('v2', caches);
    await installed('v3', caches);
    expect(await caches.keys()).toContain(cacheName('x', 'https://example.org/other-app/'));
  });

  it('still isolates when the build cannot be stored: the incomplete cache is dropped', async () => {
    const missing = (request: RequestLike) => (request.url.endsWith('.wasm') ? new Response('gone', { status: 404 }) : served(request));
    const caches = new FakeCaches(async (request) => missing(request));
    const worker = await installed('v1', caches, missing);
    expect(await caches.keys()).toEqual([]);
    const response = await worker.dispatchFetch(new Request(`${SCOPE}index.html`));
    expect(await response!.text()).toBe('served /playground/index.html');
    expect(response!.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe('injectPrecache', () => {
  it('fills in the list of the build’s files, and refuses a worker without the line to fill', () => {
    const built = injectPrecache(SOURCE, { version: 'abc', files: ['index.html'] });
    expect(built).toContain('const PRECACHE = {"version":"abc","files":["index.html"]};');
    expect(built.replace(/^const PRECACHE = .*$/m, '')).toBe(SOURCE.replace(/^const PRECACHE = .*$/m, ''));
    expect(() => injectPrecache('self.addEventListener("fetch", () => {});', { version: 'abc', files: [] })).toThrow(/no "const PRECACHE/);
  });
});
