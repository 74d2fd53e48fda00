// A run's record as files: JSON (everything), CSV (one row per chunk), Chrome trace (timeline).
import type { RunRecord } from './record';
import { gilTotals } from '../gil/readStats';

export type ResultFields = Record<string, number | string | boolean>;

/** The record with each chunk result reduced to plain fields (drawing samples left out). */
export function runToJson<P, R>(record: RunRecord<P, R>, resultFields: (result: R) => ResultFields): string {
  const { events, gil, ...rest } = record;
  return JSON.stringify({ ...rest, gil: gil && { ...gil.settings, ...gilTotals(gil.buffers, record.wallMs ?? 0) }, events: events.map((e) => ({ ...e, result: resultFields(e.result) })) }, null, 2);
}

export function runToCsv<P, R>(record: RunRecord<P, R>, resultFields: (result: R) => ResultFields): string {
  const first = record.events[0];
  const resultColumns = first ? Object.keys(resultFields(first.result)) : [];
  const header = ['chunk', 'worker', 'items', 'startMs', 'endMs', ...resultColumns];
  const rows = record.events.map((e) => {
    const fields = resultFields(e.result);
    return [e.chunk, e.worker + 1, e.items, e.startMs.toFixed(3), e.endMs.toFixed(3), ...resultColumns.map((c) => fields[c])].join(',');
  });
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** Chrome's trace event format: open it in chrome://tracing or ui.perfetto.dev. */
export function runToTrace<P, R>(record: RunRecord<P, R>, resultFields: (result: R) => ResultFields): string {
  const lanes = Array.from({ length: record.workers }, (_, w) => ({
    name: 'thread_name', ph: 'M', pid: 1, tid: w + 1, args: { name: record.mode === 'mainThread' ? 'main thread' : `worker ${w + 1}` },
  }));
  const chunks = record.events.map((e) => ({
    name: `chunk ${e.chunk}`, cat: record.experiment, ph: 'X', pid: 1, tid: e.worker + 1,
    ts: Math.round(e.startMs * 1000), dur: Math.max(1, Math.round((e.endMs - e.startMs) * 1000)),
    args: { items: e.items, ...resultFields(e.result) },
  }));
  return JSON.stringify({ traceEvents: [...lanes, ...chunks], displayTimeUnit: 'ms' });
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
