import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// public/coi-sw.js is a classic service worker script: run it against a fake `self` and
// dispatch fetch events to the listener it adds.
const SOURCE = readFileSync(new URL('../../public/coi-sw.js', import.meta.url), 'utf8');

const SCOPE = 'https://example.org/playground/';

/** What the fetch handler sees of a request: a real Request can't be no-cors and only-if-cached. */
type RequestLike = Pick<Request, 'url' | 'cache' | 'mode'>;

interface FetchEvent {
  request: RequestLike;
  respondWith(response: Promise<Response>): void;
}

function loadServiceWorker(scope: string, upstream: (request: RequestLike) => Response) {
  const listeners = new Map<string, (event: FetchEvent) => void>();
  const fetched: RequestLike[] = [];
  const self = {
    location: new URL('coi-sw.js', scope),
    registration: { scope },
    clients: { claim: async () => {} },
    skipWaiting: async () => {},
    addEventListener: (type: string, listener: (event: FetchEvent) => void) => listeners.set(type, listener),
  };
  const fetch = async (request: RequestLike) => {
    fetched.push(request);
    return upstream(request);
  };
  runInNewContext(SOURCE, { self, fetch, Headers, Response, URL });

  /** The response the worker answers with, or undefined if it leaves the request alone. */
  function dispatchFetch(request: RequestLike): Promise<Response> | undefined {
    let response: Promise<Response> | undefined;
    listeners.get('fetch')?.({ request, respondWith: (promise) => (response = promise) });
    return response;
  }
  return { dispatchFetch, fetched };
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
