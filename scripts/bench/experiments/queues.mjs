// The queues lab (#/queues): each queue kind's wall time and its ratio to no queue at each
// worker count, the IPC cost meter, and early exit's wasted work and cost per check interval.
// Unlike the other labs, its parts have buttons of their own: each case names its part, and
// `run` presses that part's button and returns its task as exported (Export JSON).
import { readFile } from 'node:fs/promises';

/** A task that takes longer than this is treated as hung. */
const TASK_TIMEOUT_MS = 10 * 60_000;

const PRESETS = {
  prime: { button: 'A large prime', number: '9,007,199,254,740,881' },
  product: { button: 'A product of two large primes', number: '9,007,197,690,257,581' },
  smallFactor: { button: 'A number with a small factor', number: '9,007,199,254,740,991' },
};

/** What the book shows for each part, printed beside the figures. */
const SHAPES = {
  queues: 'book: 1 process, no queue, beats 2, 4 and 8 with a queue; skipping evens halves the time and still loses',
  ipc: 'slides: time through a Queue grows with N (10^4 … 10^6 integers); per item it stays put',
  earlyExit: 'book: checking too often costs, too rarely wastes work; early exit pays for composites, not primes',
};

const PARTS = {
  queues: { button: 'Run', region: 'Result' },
  ipc: { button: 'Measure the cost of talking', region: 'IPC cost meter' },
  earlyExit: { button: 'Compare check intervals', region: 'Early exit' },
};

export const queues = {
  id: 'queues',

  cases({ workers }) {
    return [
      ...workers.map((w) => ({ label: `work queues, ${w} ${w === 1 ? 'worker' : 'workers'}`, settings: { part: 'queues', workers: w, numbers: 100_000 } })),
      { label: 'IPC meter, N up to 10^6', settings: { part: 'ipc', workers: 1, upTo: 1_000_000 } },
      ...Object.keys(PRESETS).map((preset) => ({
        label: `early exit, ${PRESETS[preset].button.toLowerCase()}`,
        settings: { part: 'earlyExit', workers: 2, preset },
      })),
    ];
  },

  async fill(page, settings) {
    const field = (label) => page.getByLabel(label, { exact: true });
    await field('Workers').fill(String(settings.workers));
    if (settings.part === 'queues') {
      await field('Queue').selectOption({ label: 'Every way, one after another' });
      await field('Numbers').fill(String(settings.numbers));
      await field('Batch size').fill('1,000');
      await field('Skip even numbers').setChecked(false);
    } else if (settings.part === 'ipc') {
      await field('Up to N').fill(String(settings.upTo));
    } else {
      await page.getByRole('button', { name: PRESETS[settings.preset].button }).click();
    }
  },

  /** Presses the part's button, waits for its task to end, and returns { status, wallMs, task } from its Export JSON. */
  async run(page, settings, errors) {
    const part = PARTS[settings.part];
    const region = page.getByRole('region', { name: part.region });
    await page.getByRole('button', { name: part.button, exact: true }).click();
    const invalid = page.locator('[aria-invalid="true"]');
    const alert = page.getByRole('alert');
    // The Result shows once the run has ended; a part's panel says "Done: …" (or how it ended).
    const ended = settings.part === 'queues' ? region : region.getByRole('status').filter({ hasText: /^(Done|Stopped|Failed)/ });
    await ended.or(invalid).or(alert).first().waitFor({ timeout: TASK_TIMEOUT_MS });
    if ((await invalid.count()) > 0) throw new Error(`the page rejected the settings (${await invalid.first().evaluate((e) => e.labels?.[0]?.textContent)})`);
    if ((await alert.count()) > 0) throw new Error(`the page shows an alert: ${(await alert.first().innerText()).trim()}`);
    if (errors.length > 0) throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Export JSON' }).click()]);
    const task = JSON.parse(await readFile(await download.path(), 'utf8'));
    return { status: task.status, wallMs: task.runs.reduce((sum, run) => sum + (run.wallMs ?? 0), 0), task };
  },

  /** JSON rows: one per way and worker count, per IPC measurement, per preset and check interval (medians over repeats). */
  summarise(runs, cases) {
    const rows = [];
    for (const { label, settings } of cases) {
      const tasks = runs.get(label).map((record) => record.task);
      const pick = (points, key) => median(points.map((p) => p[key]));
      const grouped = groupBy(
        tasks.flatMap((task) => task.points),
        settings.part === 'queues' ? (p) => p.way : settings.part === 'ipc' ? (p) => `${p.method} ${p.n}` : (p) => `${p.variant} ${p.checkEvery}`,
      );
      if (settings.part === 'queues') {
        const baselineMs = pick(grouped.get('none'), 'wallMs');
        for (const [way, points] of grouped) {
          rows.push({
            experiment: 'queues',
            part: 'queues',
            way,
            workers: points[0].workers,
            numbers: settings.numbers,
            wallMs: pick(points, 'wallMs'),
            ratioToNoQueue: pick(points, 'wallMs') / baselineMs,
            primes: points[0].primes,
            primesAgree: points.every((p) => p.primeSum === points[0].primeSum),
            repeats: points.length,
            expected: SHAPES.queues,
          });
        }
      } else if (settings.part === 'ipc') {
        for (const points of grouped.values()) {
          rows.push({
            experiment: 'queues',
            part: 'ipc',
            method: points[0].method,
            n: points[0].n,
            ms: pick(points, 'ms'),
            microsPerInteger: pick(points, 'microsPerInteger'),
            megabytesPerSecond: pick(points, 'megabytesPerSecond'),
            complete: points.every((p) => p.complete),
            repeats: points.length,
            expected: SHAPES.ipc,
          });
        }
        for (const refused of String(tasks[0].summary.refused ?? '')
          .split('; ')
          .filter(Boolean))
          rows.push({ experiment: 'queues', part: 'ipcRefused', note: refused });
      } else {
        const baseline = grouped.get(`baseline ${2 ** 20}`);
        for (const points of grouped.values()) {
          if (points[0].variant !== 'search') continue;
          const cost = grouped.get(`checkCost ${points[0].checkEvery}`) ?? [];
          rows.push({
            experiment: 'queues',
            part: 'earlyExit',
            preset: settings.preset,
            workers: settings.workers,
            checkEvery: points[0].checkEvery,
            factor: points[0].factor,
            answerMs: pick(points, 'answerMs'),
            wallMs: pick(points, 'wallMs'),
            noFlagWallMs: pick(baseline, 'wallMs'),
            divisions: pick(points, 'divisions'),
            noFlagDivisions: pick(baseline, 'divisions'),
            wastedDivisions: pick(points, 'wastedDivisions'),
            checkCost: cost.length ? pick(cost, 'checkCost') : null,
            repeats: points.length,
            expected: SHAPES.earlyExit,
          });
        }
      }
    }
    return rows;
  },

  formatTable(rows) {
    const sections = [
      table(
        'Work queues: wall time per way, ratio to no queue (one worker), 100,000 numbers from 10^8',
        ['way', 'workers', 'wall ms', 'ratio', 'primes'],
        rows
          .filter((r) => r.part === 'queues')
          .map((r) => [r.way, String(r.workers), r.wallMs.toFixed(0), `${r.ratioToNoQueue.toFixed(2)}x`, `${r.primes}${r.primesAgree ? '' : ' (differ!)'}`]),
        SHAPES.queues,
      ),
      table(
        'IPC cost meter: N integers to a worker and back',
        ['way', 'N', 'ms', 'µs/integer', 'MB/s'],
        rows
          .filter((r) => r.part === 'ipc')
          .map((r) => [r.method, String(r.n), r.ms.toFixed(1), r.microsPerInteger.toFixed(3), r.megabytesPerSecond.toFixed(2)]),
        [...rows.filter((r) => r.part === 'ipcRefused').map((r) => `not measured: ${r.note}`), SHAPES.ipc].join('\n'),
      ),
      table(
        'Early exit: per check interval (2 workers)',
        ['number', 'check every', 'factor at ms', 'stopped ms', 'no flag ms', 'divisions', 'no flag', 'wasted ≤', 'check cost'],
        rows
          .filter((r) => r.part === 'earlyExit')
          .map((r) => [
            r.preset,
            String(r.checkEvery),
            r.answerMs === null ? '–' : r.answerMs.toFixed(0),
            r.wallMs.toFixed(0),
            r.noFlagWallMs.toFixed(0),
            String(r.divisions),
            String(r.noFlagDivisions),
            String(r.wastedDivisions),
            r.checkCost === null ? '' : `${(r.checkCost * 100).toFixed(1)} %`,
          ]),
        SHAPES.earlyExit,
      ),
    ];
    return [...sections.filter(Boolean), `Medians of ${rows.find((r) => r.repeats)?.repeats ?? 0} runs per row.`].join('\n\n');
  },
};

/** A titled table, or null without rows. */
function table(title, header, lines, shape) {
  if (lines.length === 0) return null;
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((line) => line[c].length)));
  const format = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [title, format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format), shape].join('\n');
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function median(values) {
  const present = values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v));
  if (present.length === 0) return null;
  const sorted = [...present].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
