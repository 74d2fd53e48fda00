import { describe, expect, it } from 'vitest';
import { taskExport } from '../testing/exports';
import { MAX_IMPORT_BYTES, readImport } from './importFile';

const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });
const good = JSON.stringify(taskExport(), null, 2);

async function refusal(name: string, text: string, size?: number): Promise<string> {
  const outcome = await readImport(file(name, text, size));
  if (outcome.ok) throw new Error(`${name} was accepted`);
  return outcome.message;
}

describe('readImport', () => {
  it('accepts a file exported by this app, as it was exported', async () => {
    const outcome = await readImport(file('alice.json', good));
    expect(outcome).toEqual({ ok: true, file: 'alice.json', task: JSON.parse(good) });
  });

  it('refuses JSON that is not ours, naming the file', async () => {
    expect(await refusal('notes.json', '{"title": "my notes"}')).toBe(
      'notes.json was refused: it is not a run exported by Parallel Playground (it has no "app": "Parallel Playground").',
    );
    expect(await refusal('list.json', '[1, 2, 3]')).toMatch(/^list\.json was refused: it is not a run exported by Parallel Playground/);
    expect(await refusal('trace.json', '{"traceEvents": []}')).toMatch(/it is a Chrome trace \(Export trace\)/);
    expect(await refusal('chunks.csv', 'chunk,worker,items,startMs,endMs\n0,1,5,0.1,0.2\n')).toMatch(/it is a table of chunks \(Export CSV\)/);
  });

  it('refuses a truncated or empty file as damaged', async () => {
    expect(await refusal('cut.json', good.slice(0, good.length / 2))).toMatch(/^cut\.json was refused: it is damaged or not JSON \(.+\)\.$/);
    expect(await refusal('empty.json', '')).toBe('empty.json was refused: it is empty.');
  });

  it('refuses a file of a newer version, saying how to read it', async () => {
    const newer = JSON.stringify({ ...taskExport(), schemaVersion: 2 });
    expect(await refusal('future.json', newer)).toBe(
      'future.json was refused: it was exported by a newer version of Parallel Playground (schema version 2; this page reads version 1). Reload this page to update it, then import the file again.',
    );
  });

  it('refuses a file over 5 MB without reading it', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), good) };
    const outcome = await readImport(huge);
    expect(outcome).toEqual({ ok: false, file: 'huge.json', message: 'huge.json was refused: it is 5.0 MB, and a file may hold at most 5 MB.' });
    expect(read).toBe(false);
    expect((await readImport(file('big-enough.json', good, MAX_IMPORT_BYTES))).ok).toBe(true);
  });

  it('refuses a file whose fields are damaged, saying where', async () => {
    const task = taskExport();
    const damaged = (change: (copy: Record<string, unknown>) => void) => {
      const copy = JSON.parse(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(
      await refusal(
        'a.json',
        damaged((t) => ((t.runs as { wallMs: unknown }[])[0].wallMs = 'fast')),
      ),
    ).toBe('a.json was refused: it is damaged: runs[0].wallMs should be a number or null.');
    expect(
      await refusal(
        'b.json',
        damaged((t) => delete t.environment),
      ),
    ).toMatch(/it is damaged: environment should be an object\.$/);
    expect(
      await refusal(
        'c.json',
        damaged((t) => ((t.environment as { startedAt: string }).startedAt = 'yesterday')),
      ),
    ).toMatch(/environment\.startedAt should be a date and time\.$/);
    expect(
      await refusal(
        'd.json',
        damaged((t) => ((t.runs as { events: { result: unknown }[] }[])[0].events[1].result = { nested: {} })),
      ),
    ).toMatch(/runs\[0\]\.events\[1\]\.result\.nested should be a number, a text, true or false, or null\.$/);
    expect(
      await refusal(
        'e.json',
        damaged((t) => (t.schemaVersion = 'one')),
      ),
    ).toMatch(/its schemaVersion should be a whole number/);
    expect(await refusal('f.json', JSON.stringify({ ...task, runs: [] }))).toBe('f.json was refused: it holds no run to compare.');
  });

  it('reads nulls where a lab exported NaN (JSON has no NaN)', async () => {
    const task = taskExport({ kind: 'workers', points: [{ workers: 1, wallMs: 10, startUpMs: NaN }] });
    expect((await readImport(file('nan.json', JSON.stringify(task)))).ok).toBe(true);
  });
});
