// Checks that a parsed JSON document is a task exported by this app (src/runs/exportFormat.ts),
// before it is kept: a file from another machine may be anything. The first problem found is
// reported with where it is, e.g. "runs[0].wallMs should be a number or null".
import { APP_NAME, SCHEMA_VERSION, type TaskExport } from '../../runs/exportFormat';

export type Checked = { ok: true; task: TaskExport } | { ok: false; problem: string };

/** A check of one value: null if it passes, else what is wrong with it at `path`. */
type Check = (value: unknown, path: string) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const number: Check = (value, path) => (typeof value === 'number' && Number.isFinite(value) ? null : `${path} should be a number`);
const count: Check = (value, path) => (Number.isInteger(value) && (value as number) >= 0 ? null : `${path} should be a whole number`);
const text: Check = (value, path) => (typeof value === 'string' ? null : `${path} should be a text`);
const flag: Check = (value, path) => (typeof value === 'boolean' ? null : `${path} should be true or false`);
const time: Check = (value, path) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : `${path} should be a date and time`);

const orNull =
  (check: Check): Check =>
  (value, path) => {
    if (value === null) return null;
    const problem = check(value, path);
    return problem && `${problem} or null`;
  };

const oneOf =
  (...values: string[]): Check =>
  (value, path) =>
    typeof value === 'string' && values.includes(value) ? null : `${path} should be one of ${values.join(', ')}`;

const listOf =
  (check: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} should be a list`;
    for (const [index, item] of value.entries()) {
      const problem = check(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  };

const shape =
  (checks: Record<string, Check>): Check =>
  (value, path) => {
    if (!isObject(value)) return `${path} should be an object`;
    for (const [key, check] of Object.entries(checks)) {
      const problem = check(value[key], path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
    return null;
  };

/** Plain values only (a lab's summary of a chunk, a run, a task or a point). */
const fields: Check = (value, path) => {
  if (!isObject(value)) return `${path} should be an object`;
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && !['number', 'string', 'boolean'].includes(typeof item)) return `${path}.${key} should be a number, a text, true or false, or null`;
  }
  return null;
};

const object: Check = (value, path) => (isObject(value) ? null : `${path} should be an object`);

const STATUSES = ['starting', 'running', 'done', 'stopped', 'failed'];

const event = shape({ chunk: count, worker: count, items: number, startMs: number, endMs: number, result: fields });

const run = shape({
  settings: object,
  // Modes and strategies are open: a lab may add its own.
  mode: text,
  workers: count,
  strategy: text,
  chunkCount: count,
  totalItems: number,
  status: oneOf(...STATUSES),
  error: orNull(text),
  spawnMs: orNull(number),
  warmUpMs: orNull(number),
  wallMs: orNull(number),
  page: shape({ longTasks: number, longestTaskMs: number, frames: orNull(number), framesPerSecond: orNull(number) }),
  summary: fields,
  events: listOf(event),
});

const task = shape({
  experiment: text,
  kind: text,
  exportedAt: time,
  environment: shape({ userAgent: text, logicalCores: count, crossOriginIsolated: flag, startedAt: time }),
  status: oneOf(...STATUSES.slice(2)),
  error: orNull(text),
  summary: fields,
  points: listOf(fields),
  runs: listOf(run),
});

/** Whether `value` is one of this app's exports, of a version this page reads, in good order. */
export function validateExport(value: unknown): Checked {
  if (!isObject(value) || value.app !== APP_NAME) return { ok: false, problem: notOurs(value) };
  const version = value.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, problem: 'it is damaged: its schemaVersion should be a whole number from 1' };
  if ((version as number) > SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `it was exported by a newer version of ${APP_NAME} (schema version ${version}; this page reads version ${SCHEMA_VERSION}). Reload this page to update it, then import the file again`,
    };
  }
  const problem = task(value, '');
  if (problem) return { ok: false, problem: `it is damaged: ${problem}` };
  if ((value.runs as unknown[]).length === 0) return { ok: false, problem: 'it holds no run to compare' };
  return { ok: true, task: value as unknown as TaskExport };
}

function notOurs(value: unknown): string {
  if (isObject(value) && Array.isArray(value.traceEvents)) return 'it is a Chrome trace (Export trace), not a run: import the file Export JSON saves';
  return `it is not a run exported by ${APP_NAME} (it has no "app": "${APP_NAME}")`;
}
