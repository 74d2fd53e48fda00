// @ts-check
// The Content-Security-Policy, in one place: vite.config.ts puts the page policy in the built
// index.html as a <meta> tag (for static hosts that can't send headers), and serve.mjs sends it
// as a header. Only the header can carry frame-ancestors: browsers ignore it in a <meta> tag.
//
// Worker scripts get their own policy from their own response header. It adds
// 'wasm-unsafe-eval' so that WebAssembly kernels can be compiled inside the workers; the page
// never gets it, and nothing ever gets 'unsafe-eval'.

const directives = (scriptSources) => [
  "default-src 'self'",
  `script-src ${scriptSources}`,
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** For the built index.html's <meta> tag. */
export const META_POLICY = directives("'self'").join('; ');

/** The page's policy as a response header: the <meta> policy plus frame-ancestors. */
export const PAGE_POLICY = [...directives("'self'"), "frame-ancestors 'self'"].join('; ');

/** For worker scripts only: may compile WebAssembly. */
export const WORKER_POLICY = [...directives("'self' 'wasm-unsafe-eval'"), "frame-ancestors 'self'"].join('; ');

/**
 * Whether a file is a worker script's entry point, by name: Vite builds `compute.worker.ts` as
 * `assets/compute.worker-<hash>.js`. Modules a worker imports need no policy of their own: the
 * worker's policy comes from its entry script's response.
 */
export function isWorkerScript(fileName) {
  return /\.worker(?:-[\w-]+)?\.m?js$/i.test(fileName.split(/[\\/]/).pop() ?? '');
}

/** The policy to send with the file of this name. */
export function policyFor(fileName) {
  return isWorkerScript(fileName) ? WORKER_POLICY : PAGE_POLICY;
}
