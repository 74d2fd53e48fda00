// The location hash holds the route and its settings: "#/pi?samples=1e8&workers=4".

export interface Route {
  experimentId: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const queryStart = body.indexOf('?');
  const path = queryStart === -1 ? body : body.slice(0, queryStart);
  // URLSearchParams never throws: malformed escapes come through as they are.
  const query = new URLSearchParams(queryStart === -1 ? '' : body.slice(queryStart + 1));
  return { experimentId: path.split('/')[0] ?? '', query };
}

export function formatHash(route: Route): string {
  const query = route.query.toString();
  return `#/${route.experimentId}${query ? `?${query}` : ''}`;
}
