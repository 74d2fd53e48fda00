// Compiles AssemblyScript to WebAssembly inside Vite (build, dev server and Vitest):
// `import url from './assembly/pi.ts?wasm-url'` gives the URL of the compiled module. The build
// emits it as a hashed asset; the dev server and Vitest inline it as a data: URL, which both the
// browser's and Node's fetch can read. Nothing compiled is committed: `npm install` brings the
// compiler.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const QUERY = '?wasm-url';
/** Resolved ids carry no .ts extension, so no TypeScript transform touches the generated code. */
const PREFIX = '\0wasm-url:';

export interface AssemblyScriptOptions {
  /** Entry files (relative to the project root) compiled with the SIMD feature enabled. */
  simd?: string[];
}

interface Compiled {
  bytes: Uint8Array;
  /** Every source file the compiler read, with the text it read. */
  sources: Map<string, string>;
}

// Shared by every instance of the plugin: the app and its workers are bundled separately.
const cache = new Map<string, Compiled>();
/** One compile at a time: the compiler keeps some of Binaryen's settings in global state. */
let queue: Promise<unknown> = Promise.resolve();

export function assemblyScript(options: AssemblyScriptOptions = {}): Plugin {
  let config: ResolvedConfig;
  /** Source file -> ids of the modules compiled from it, for the dev server's reloads. */
  const dependents = new Map<string, Set<string>>();
  const simdEntries = new Set((options.simd ?? []).map((file) => path.normalize(file)));

  return {
    name: 'assemblyscript-wasm',
    // Before Vite's own resolver, which would resolve the .ts file and keep the query.
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    // The filters keep every other import from calling into JavaScript.
    resolveId: {
      filter: { id: /\?wasm-url$/ },
      async handler(source, importer) {
        const file = source.slice(0, -QUERY.length);
        const resolved = await this.resolve(file, importer, { skipSelf: true });
        if (!resolved) this.error(`Cannot find AssemblyScript source ${file}`);
        return PREFIX + resolved.id;
      },
    },
    load: {
      filter: { id: /^\0wasm-url:/ },
      async handler(id) {
        const entry = id.slice(PREFIX.length);
        const features = simdEntries.has(path.relative(config.root, entry)) ? ['--enable', 'simd'] : [];
        const { bytes, sources } = await compileCached(entry, config.root, features).catch((error: Error) => this.error(error.message));
        for (const file of sources.keys()) {
          if (!dependents.has(file)) dependents.set(file, new Set());
          dependents.get(file)!.add(id);
        }
        if (config.command === 'build') {
          // Not in the dev server: there the sources would become imports of the module, which
          // Vite would try to load as JavaScript. hotUpdate handles their changes instead.
          for (const file of sources.keys()) this.addWatchFile(file);
          const name = path.basename(entry).replace(/\.ts$/, '.wasm');
          const reference = this.emitFile({ type: 'asset', name, source: bytes });
          return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
        }
        return `export default ${JSON.stringify(`data:application/wasm;base64,${Buffer.from(bytes).toString('base64')}`)};`;
      },
    },
    hotUpdate({ file, modules }) {
      const { moduleGraph } = this.environment;
      const compiled = [...(dependents.get(file) ?? [])].flatMap((id) => moduleGraph.getModuleById(id) ?? []);
      if (compiled.length === 0) return;
      // Recompiled on the next load; their importers (the worker) reload.
      for (const module of compiled) moduleGraph.invalidateModule(module);
      return [...modules, ...compiled];
    },
  };
}

async function compileCached(entry: string, root: string, features: string[]): Promise<Compiled> {
  const key = [entry, ...features].join(' ');
  const cached = cache.get(key);
  if (cached && (await unchanged(cached.sources))) return cached;
  const compiled = queue.then(() => compile(entry, root, features));
  queue = compiled.catch(() => undefined);
  cache.set(key, await compiled);
  return compiled;
}

async function unchanged(sources: Map<string, string>): Promise<boolean> {
  for (const [file, text] of sources) {
    if ((await readFile(file, 'utf8').catch(() => null)) !== text) return false;
  }
  return true;
}

async function compile(entry: string, root: string, features: string[]): Promise<Compiled> {
  // Loaded on first use: the compiler (Binaryen included) takes a moment to load.
  const asc = (await import('assemblyscript/asc')).default;
  const sources = new Map<string, string>();
  let bytes: Uint8Array | undefined;
  const { error, stderr } = await asc.main(
    [
      path.relative(root, entry),
      '--baseDir',
      root,
      '--outFile',
      'module.wasm',
      '-O3',
      '--runtime',
      'stub',
      '--noAssert',
      // No imports: an abort becomes a trap.
      '--use',
      'abort=',
      // Trapping conversions: V8 compiles them to fewer instructions than saturating ones.
      '--disable',
      'nontrapping-f2i',
      ...features,
    ],
    {
      readFile: async (name, baseDir) => {
        const file = path.resolve(baseDir, name);
        const text = await readFile(file, 'utf8').catch(() => null);
        if (text !== null) sources.set(file, text);
        return text;
      },
      writeFile: (name, contents) => {
        if (name === 'module.wasm' && typeof contents !== 'string') bytes = contents;
      },
      listFiles: () => [],
    },
  );
  if (error || !bytes) throw new Error(`AssemblyScript could not compile ${entry}:\n${stderr.toString()}`);
  return { bytes, sources };
}
