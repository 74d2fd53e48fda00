// Writes the built site's file list and a version into the service worker (public/coi-sw.js),
// so that it caches exactly this build for offline use, and a new build (whose files, and so
// version, differ) replaces the cache. Runs after the build has written every file.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The service worker, as public/ holds it and the build copies it. */
export const SERVICE_WORKER = 'coi-sw.js';

/** The line of the service worker that the build rewrites. */
const PRECACHE_LINE = /^const PRECACHE = \{.*\};$/m;

export interface Precache {
  version: string;
  /** Paths relative to the app's folder, with forward slashes. */
  files: string[];
}

/** The service worker's source with this precache list in place of the one it holds. */
export function injectPrecache(source: string, precache: Precache): string {
  if (!PRECACHE_LINE.test(source)) throw new Error(`${SERVICE_WORKER} has no "const PRECACHE = {...};" line to fill in.`);
  return source.replace(PRECACHE_LINE, () => `const PRECACHE = ${JSON.stringify(precache)};`);
}

/** Every file of the built site but the service worker, and a version that changes with any of them. */
export async function precacheOf(outDir: string): Promise<Precache> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== SERVICE_WORKER)
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(outDir, file)))
      .update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

export function offlineCache(): Plugin {
  let outDir = '';
  // A build without public/ (the bench's reference page) has no service worker to fill in.
  let copiesServiceWorker = true;
  return {
    name: 'offline-cache',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      copiesServiceWorker = Boolean(config.publicDir) && config.build.copyPublicDir;
    },
    // After every file is written, public/ included.
    async closeBundle() {
      if (!copiesServiceWorker) return;
      const worker = path.join(outDir, SERVICE_WORKER);
      const source = await readFile(worker, 'utf8');
      await writeFile(worker, injectPrecache(source, await precacheOf(outDir)));
    },
  };
}
