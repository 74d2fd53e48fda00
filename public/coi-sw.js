// Cross-origin isolation for static hosts that cannot set response headers.
//
// SharedArrayBuffer needs the page to be cross-origin isolated, which takes COOP/COEP headers
// on the document. This worker re-serves the app's own responses with those headers added;
// src/isolation/crossOriginIsolation.ts registers it for the app's folder and reloads once.
// Only requests inside that folder (the worker's scope) are touched: other pages and files of
// the same origin, and other origins, are left alone, even when the app requests them.

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  if (isAppRequest(event.request)) event.respondWith(withIsolationHeaders(event.request));
});

function isAppRequest(request) {
  // Chrome DevTools may issue these; fetching one from a worker throws.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return false;
  const url = new URL(request.url);
  return url.origin === self.location.origin && url.href.startsWith(self.registration.scope);
}

async function withIsolationHeaders(request) {
  const response = await fetch(request);
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
