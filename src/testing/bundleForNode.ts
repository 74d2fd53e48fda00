// Node's worker threads load plain JavaScript, and Node 20 cannot run TypeScript: a test that
// wants the app's own modules in a worker bundles a small entry file into one .mjs first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface NodeBundle {
  /** Absolute path of the bundled .mjs, for `new Worker(file)`. */
  file: string;
  /** Deletes the bundle's temporary directory. */
  remove(): Promise<void>;
}

/** Bundles `entry` (a file URL or an absolute path) and everything it imports into one ES module in a temporary directory. */
export async function bundleForNode(entry: string | URL): Promise<NodeBundle> {
  const entryPath = entry instanceof URL ? fileURLToPath(entry) : entry;
  const name = parse(entryPath).name;
  const outDir = await mkdtemp(join(tmpdir(), 'node-bundle-'));
  const remove = () => rm(outDir, { recursive: true, force: true });
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        // SSR: a build for Node, with node: imports left to Node.
        ssr: entryPath,
        outDir,
        emptyOutDir: false,
        minify: false,
        target: 'node20',
        rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
      },
    });
  } catch (error) {
    await remove();
    throw error;
  }
  return { file: join(outDir, `${name}.mjs`), remove };
}
