// Makes the page cross-origin isolated (needed for SharedArrayBuffer) on hosts that can't send
// COOP/COEP headers: register public/coi-sw.js, which adds them, then reload once so the
// document itself is served through it. The same worker keeps the built app for offline use, so
// a built page registers it on any host; one that is isolated already needs no reload.

export type IsolationState = 'isolated' | 'reloading' | 'unavailable';

// Set just before the one reload; if the page is still not isolated afterwards, give up.
const RELOAD_GUARD_KEY = 'parallel-playground:coi-reloaded';

export function isCrossOriginIsolated(): boolean {
  return typeof self !== 'undefined' && self.crossOriginIsolated === true;
}

export async function ensureCrossOriginIsolation(options: { timeoutMs?: number; offline?: boolean } = {}): Promise<IsolationState> {
  const { timeoutMs = 4000, offline = false } = options;
  const workable = 'serviceWorker' in navigator && self.isSecureContext;
  try {
    if (isCrossOriginIsolated()) {
      // The reload worked (or the host sent the headers). Forget it, so a later non-isolated load
      // in this tab (e.g. after a hard reload, which bypasses the worker) may reload once again.
      sessionStorage.removeItem(RELOAD_GUARD_KEY);
      // Once the page has loaded: caching the app must not compete with what it loads first.
      if (offline && workable) afterLoad(() => void register().catch(() => undefined));
      return 'isolated';
    }
    if (!workable) return 'unavailable';
    if (sessionStorage.getItem(RELOAD_GUARD_KEY) !== null) return 'unavailable';

    const active = await withTimeout(whenActive(), timeoutMs);
    if (!active) return 'unavailable';

    sessionStorage.setItem(RELOAD_GUARD_KEY, String(Date.now()));
    location.reload();
    return 'reloading';
  } catch {
    // Service workers can be disabled, storage blocked, registration refused: all mean "no".
    return 'unavailable';
  }
}

/** Registers the worker for the app's folder: relative to the document, so the same build works at "/" and under any sub-path. */
function register(): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.register(new URL('coi-sw.js', document.baseURI), { scope: new URL('./', document.baseURI).href });
}

function afterLoad(then: () => void) {
  if (document.readyState === 'complete') then();
  else window.addEventListener('load', then, { once: true });
}

async function whenActive(): Promise<true> {
  await register();
  // `ready` resolves once a worker controlling this page's scope is activating or active;
  // navigations wait for activation to finish, so reloading then is safe.
  await navigator.serviceWorker.ready;
  return true;
}

// With service workers blocked, register() may never settle: race it against a timer.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
