// CacheStorage as a service worker sees it, in memory, for the service worker's tests in Node.
type Key = string | { url: string };

const urlOf = (key: Key) => (typeof key === 'string' ? key : key.url);

export class FakeCaches {
  private readonly stores = new Map<string, Map<string, Response>>();

  /** `fetch` is what Cache.addAll fetches with (the worker's network). */
  constructor(private readonly fetch: (request: Request) => Promise<Response>) {}

  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    return {
      match: async (key: Key) => store.get(urlOf(key))?.clone(),
      // All or nothing, as Cache.addAll: any failed or non-OK response rejects and stores none.
      addAll: async (requests: Request[]) => {
        const responses = await Promise.all(requests.map((request) => this.fetch(request)));
        if (responses.some((response) => !response.ok)) throw new TypeError('addAll: a response was not OK');
        requests.forEach((request, i) => store.set(request.url, responses[i]));
      },
    };
  }

  /** In the order the caches were made. */
  async keys() {
    return [...this.stores.keys()];
  }

  async delete(name: string) {
    return this.stores.delete(name);
  }

  async match(key: Key, options: { cacheName?: string } = {}) {
    const names = options.cacheName ? [options.cacheName] : [...this.stores.keys()];
    for (const name of names) {
      const response = this.stores.get(name)?.get(urlOf(key));
      if (response) return response.clone();
    }
    return undefined;
  }

  /** What a cache holds, by URL. */
  urls(name: string): string[] {
    return [...(this.stores.get(name)?.keys() ?? [])];
  }
}
