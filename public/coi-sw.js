// The app's service worker: cross-origin isolation for static hosts that cannot set response
// headers, and the app offline once it has been loaded.
//
// Isolation: SharedArrayBuffer needs the page to be cross-origin isolated, which takes COOP/COEP
// headers on the document. This worker serves the app's own responses with those headers added;
// src/isolation/crossOriginIsolation.ts registers it for the app's folder (and reloads once
// where the host sent no headers). Only requests inside that folder (the worker's scope) are
// touched: other pages and files of the same origin, and other origins, are left alone, even
// when the app requests them.
//
// Offline: the build writes the list of its files and a version into PRECACHE below
// (scripts/offline-plugin.ts). On install the worker stores every file of that build in a cache
// named after the app's folder and the version, and answers requests for them from it, the
// network only for anything else. The browser fetches this script anew on every visit: a new
// build's script differs, so it installs, fills its own cache and deletes the older ones but
// the latest, which a page still open on the previous build may load its last files from.
// In development the list is empty and nothing is cached.

const PRECACHE = { version: 'development', files: [] };

const CACHE_PREFIX = `parallel-playground:${self.registration.scope}:`;
const CACHE = CACHE_PREFIX + PRECACHE.version;
const caching = PRECACHE.files.length > 0;

self.addEventListener('install', (event) => {
  self.skipWaiting();
  if (caching) event.waitUntil(precache());
});

self.addEventListener('activate', (event) => event.waitUntil(activate()));

self.addEventListener('fetch', (event) => {
  if (isAppRequest(event.request)) event.respondWith(respond(event.request));
});

async function precache() {
  try {
    const cache = await caches.open(CACHE);
    // Past the browser's HTTP cache: the files must be this build's.
    await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, self.registration.scope).href, { cache: 'reload' })));
  } catch {
    // Isolation must not depend on the cache: without every file the app still runs online.
    await caches.delete(CACHE);
  }
}

async function activate() {
  if (caching) {
    // Caches are listed in the order they were made: keep the newest older one.
    const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
    await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
  }
  await self.clients.claim();
}

function isAppRequest(request) {
  // Chrome DevTools may issue these; fetching one from a worker throws.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return false;
  const url = new URL(request.url);
  return url.origin === self.location.origin && url.href.startsWith(self.registration.scope);
}

async function respond(request) {
  const response = (await cached(request)) ?? (await fetch(request));
  return withIsolationHeaders(response);
}

/** This build's copy of an app file (or the previous build's), or undefined. */
async function cached(request) {
  if (!caching || request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // The app is one page: its folder's own address is its index.html.
  const key = url.href === self.registration.scope ? `${url.href}index.html` : url.href;
  return (await caches.match(key, { cacheName: CACHE })) ?? (await olderCopy(key));
}

async function olderCopy(key) {
  for (const name of (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX)).reverse()) {
    const response = await (await caches.open(name)).match(key);
    if (response) return response;
  }
  return undefined;
}

function withIsolationHeaders(response) {
  // Opaque and opaque-redirect responses (status 0) can't be read or rebuilt.
  if (response.status === 0) return response;

  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
