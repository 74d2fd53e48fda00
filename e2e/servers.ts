// The two test servers. E2E_PORT moves both (it and the next port), so two checkouts can run
// their end-to-end tests at once without one reusing the other's server.
export const ISOLATED_PORT = Number(process.env.E2E_PORT ?? 4173);
export const STATIC_HOST_PORT = ISOLATED_PORT + 1;
/** Serves dist/ with COOP/COEP headers. */
export const ISOLATED_URL = `http://127.0.0.1:${ISOLATED_PORT}/`;
/** Serves dist/ under a sub-path without isolation headers, like GitHub Pages. */
export const STATIC_HOST_URL = `http://127.0.0.1:${STATIC_HOST_PORT}/playground/`;
