// @ts-check
// Builds dist/ when it is missing or older than its sources, snapshots it for serving, and
// builds the bench's reference page into the snapshot.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';

const SOURCES = ['src', 'workers', 'public', 'index.html', 'vite.config.ts'];

/**
 * Why dist/ needs building, or null when it is up to date.
 * @param {string} root
 */
export function staleReason(root) {
  const built = statSync(path.join(root, 'dist/index.html'), { throwIfNoEntry: false });
  if (!built) return 'dist/index.html is missing';
  const newer = SOURCES.flatMap((source) => filesUnder(root, source)).find((file) => statSync(path.join(root, file)).mtimeMs > built.mtimeMs);
  return newer ? `${newer} is newer than dist/index.html` : null;
}

/**
 * @param {string} root
 * @param {string} source
 * @returns {string[]}
 */
function filesUnder(root, source) {
  const info = statSync(path.join(root, source), { throwIfNoEntry: false });
  if (!info) return [];
  if (!info.isDirectory()) return [source];
  return readdirSync(path.join(root, source), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) // tests are not in the build
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/**
 * Runs `vite build`, its output on stderr so that stdout stays clean for --json.
 * @param {string} root
 */
export function build(root) {
  return /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      const child = spawn(path.join(root, 'node_modules/.bin/vite'), ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
      child.on('error', reject);
      child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`))));
    })
  );
}

/**
 * Copies dist/ to a temporary folder, so that a rebuild by someone else during the bench cannot
 * swap the files under a running page. Returns { dir, remove() }.
 * @param {string} root
 */
export function snapshotDist(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
  cpSync(path.join(root, 'dist'), dir, { recursive: true });
  return { dir, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Where the reference page lands in the snapshot: served by the same server, beside the app. */
export const REFERENCE_FOLDER = 'bench-reference';
const REFERENCE_HTML = 'scripts/bench/reference/index.html';

/**
 * Bundles scripts/bench/reference/ (a page and its worker, importing the app's kernels and job
 * functions) with the app's own Vite config, so the kernels are compiled as the app's are, into
 * `<snapshot>/bench-reference/`. Returns the page's path below the server's root.
 * @param {string} root
 * @param {string} snapshotDir
 */
export async function buildReference(root, snapshotDir) {
  await viteBuild({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    publicDir: false,
    worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
    build: {
      outDir: path.join(snapshotDir, REFERENCE_FOLDER),
      emptyOutDir: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { input: path.join(root, REFERENCE_HTML), checks: { bundlerTimings: false } },
    },
  });
  // An HTML entry keeps its path below the project's root.
  return `${REFERENCE_FOLDER}/${REFERENCE_HTML}`;
}
