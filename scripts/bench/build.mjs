// Builds dist/ when it is missing or older than its sources, and snapshots it for serving.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SOURCES = ['src', 'workers', 'public', 'index.html', 'vite.config.ts'];

/** Why dist/ needs building, or null when it is up to date. */
export function staleReason(root) {
  const built = statSync(path.join(root, 'dist/index.html'), { throwIfNoEntry: false });
  if (!built) return 'dist/index.html is missing';
  const newer = SOURCES.flatMap((source) => filesUnder(root, source)).find((file) => statSync(path.join(root, file)).mtimeMs > built.mtimeMs);
  return newer ? `${newer} is newer than dist/index.html` : null;
}

function filesUnder(root, source) {
  const info = statSync(path.join(root, source), { throwIfNoEntry: false });
  if (!info) return [];
  if (!info.isDirectory()) return [source];
  return readdirSync(path.join(root, source), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) // tests are not in the build
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Runs `vite build`, its output on stderr so that stdout stays clean for --json. */
export function build(root) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/vite'), ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`))));
  });
}

/**
 * Copies dist/ to a temporary folder, so that a rebuild by someone else during the bench cannot
 * swap the files under a running page. Returns { dir, remove() }.
 */
export function snapshotDist(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
  cpSync(path.join(root, 'dist'), dir, { recursive: true });
  return { dir, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}
