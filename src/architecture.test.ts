// The import-direction check: arrows only point down. A lower layer never imports a higher one,
// so the pool knows nothing of the GIL or of any lab, kernels know nothing of workers, and charts
// take plain data.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

/**
 * Each layer and the layers it may import (besides itself), from the top down. `workshop` (the
 * lessons and the Compare view) sits above the labs: it embeds their pages and reads their
 * exports, and no lab knows it exists. `threads` is the
 * GIL's threads mode, a wrapper around the pool's jobs; `gil` is the simulator itself, which runs
 * inside workers and is read by pages.
 */
const ALLOWED: Record<string, readonly string[]> = {
  app: ['workshop', 'experiments', 'lab', 'runs', 'charts', 'base'],
  workshop: ['experiments', 'lab', 'runs', 'charts', 'base'],
  experiments: ['lab', 'runs', 'threads', 'pool', 'gil', 'workers', 'kernels', 'charts', 'base'],
  lab: ['runs', 'threads', 'pool', 'gil', 'kernels', 'charts', 'base'],
  runs: ['pool', 'base'],
  threads: ['pool', 'workers', 'gil', 'kernels', 'base'],
  pool: ['workers', 'kernels', 'base'],
  workers: ['gil', 'kernels', 'base'],
  gil: ['kernels', 'base'],
  kernels: ['base'],
  charts: ['base'],
  base: [],
  // Helpers for tests only.
  testing: ['base'],
};

function layerOf(file: string): string {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  if (relative.startsWith('workers/')) return 'workers';
  if (relative === 'src/main.tsx' || relative.startsWith('src/app/')) return 'app';
  if (relative.startsWith('src/gil/threadsMode.')) return 'threads';
  for (const folder of ['workshop', 'experiments', 'lab', 'runs', 'pool', 'gil', 'kernels', 'charts', 'testing']) {
    if (relative.startsWith(`src/${folder}/`)) return folder;
  }
  // src/format.ts, theme.ts, clock.ts, nextTask.ts, platform.ts, isolation/, analysis/.
  if (relative.startsWith('src/')) return 'base';
  throw new Error(`${relative} is in no layer`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes(`${path.sep}assembly`))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every relative module a file imports (statically, dynamically or re-exported), as an absolute path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|new URL\(\s*'([^']+)'/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s.split('?')[0]));
}

const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'workers'))];

describe('import directions', () => {
  it('puts every source file in a layer', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(ALLOWED[layerOf(file)], file).toBeDefined();
  });

  it('has every import point down, or sideways within a layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file)) {
        if (!target.startsWith(path.join(ROOT, 'src')) && !target.startsWith(path.join(ROOT, 'workers'))) continue;
        const to = layerOf(target);
        const isTest = /\.test\.tsx?$/.test(file);
        // Tests may build their fixtures from the testing helpers and the real kernels.
        const fixture = isTest && (to === 'testing' || to === 'kernels' || target.includes(`${path.sep}testing${path.sep}`));
        if (to === from || ALLOWED[from].includes(to) || fixture) continue;
        wrong.push(`${path.relative(ROOT, file)} (${from}) imports ${path.relative(ROOT, target)} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('catches an import that points up', () => {
    // The check itself: a pool module importing a lab would be reported.
    expect(ALLOWED[layerOf(path.join(ROOT, 'src/pool/runJob.ts'))]).not.toContain(layerOf(path.join(ROOT, 'src/experiments/pi/job.ts')));
    expect(ALLOWED.charts).toEqual(['base']);
  });
});
