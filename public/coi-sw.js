// Cross-origin isolation for static hosts that cannot set response headers.
//
// SharedArrayBuffer needs the page to be cross-origin isolated, which takes COOP/COEP headers
// on the document. This worker re-serves every same-origin response with those headers added;
// src/isolation/crossOriginIsolation.ts registers it and reloads the page once.
// Requests to other origins are left alone (the app makes none).

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Chrome DevTools may issue these; fetching one from a worker throws.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(withIsolationHeaders(request));
});

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
