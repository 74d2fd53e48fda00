// The location hash holds the route and its settings: "#/pi?samples=1e8&workers=4", or a view's
// own path: "#/lessons/pi-processes/2".

export interface Route {
  /** A lab's id, or a view's: "lessons", "compare". */
  experimentId: string;
  /** The path after it, e.g. ["pi-processes", "2"]. */
  rest: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const queryStart = body.indexOf('?');
  const path = queryStart === -1 ? body : body.slice(0, queryStart);
  // URLSearchParams never throws: malformed escapes come through as they are.
  const query = new URLSearchParams(queryStart === -1 ? '' : body.slice(queryStart + 1));
  const [experimentId = '', ...rest] = path.split('/');
  return { experimentId, rest: rest.filter((segment) => segment !== ''), query };
}

export function formatHash(route: Omit<Route, 'rest'> & { rest?: readonly string[] }): string {
  const query = route.query.toString();
  const path = [route.experimentId, ...(route.rest ?? [])].map(encodeURIComponent).join('/');
  return `#/${path}${query ? `?${query}` : ''}`;
}
