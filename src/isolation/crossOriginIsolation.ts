// Makes the page cross-origin isolated (needed for SharedArrayBuffer) on hosts that can't send
// COOP/COEP headers: register public/coi-sw.js, which adds them, then reload once so the
// document itself is served through it.

export type IsolationState = 'isolated' | 'reloading' | 'unavailable';

// Set just before the one reload; if the page is still not isolated afterwards, give up.
const RELOAD_GUARD_KEY = 'parallel-playground:coi-reloaded';

export function isCrossOriginIsolated(): boolean {
  return typeof self !== 'undefined' && self.crossOriginIsolated === true;
}

export async function ensureCrossOriginIsolation(options: { timeoutMs?: number } = {}): Promise<IsolationState> {
  const { timeoutMs = 4000 } = options;
  try {
    if (isCrossOriginIsolated()) {
      // The reload worked. Forget it, so a later non-isolated load in this tab (e.g. after a
      // hard reload, which bypasses the worker) may reload once again.
      sessionStorage.removeItem(RELOAD_GUARD_KEY);
      return 'isolated';
    }
    if (!('serviceWorker' in navigator) || !self.isSecureContext) return 'unavailable';
    if (sessionStorage.getItem(RELOAD_GUARD_KEY) !== null) return 'unavailable';

    // Relative to the document, so the same build works at "/" and under any sub-path.
    const scriptUrl = new URL('coi-sw.js', document.baseURI);
    const scope = new URL('./', document.baseURI);
    const active = await withTimeout(whenActive(scriptUrl, scope), timeoutMs);
    if (!active) return 'unavailable';

    sessionStorage.setItem(RELOAD_GUARD_KEY, String(Date.now()));
    location.reload();
    return 'reloading';
  } catch {
    // Service workers can be disabled, storage blocked, registration refused: all mean "no".
    return 'unavailable';
  }
}

async function whenActive(scriptUrl: URL, scope: URL): Promise<true> {
  await navigator.serviceWorker.register(scriptUrl, { scope: scope.href });
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
