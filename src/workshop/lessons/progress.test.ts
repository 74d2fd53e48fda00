import { describe, expect, it } from 'vitest';
import { PROGRESS_STORAGE_KEY, readProgress, stepKey, writeProgress } from './progress';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('lesson progress', () => {
  it('is written and read back: predictions, skips and measurements', () => {
    const storage = memoryStorage();
    const progress = {
      [stepKey('pi-processes', 1)]: { prediction: '3.5', measured: { value: 1.9, detail: '…', at: '2026-12-03T10:00:00.000Z', cores: 2 } },
      [stepKey('gil', 2)]: { prediction: null, measured: null },
    };
    writeProgress(storage, progress);
    expect(readProgress(storage)).toEqual(progress);
    writeProgress(storage, {});
    expect(storage.items.has(PROGRESS_STORAGE_KEY)).toBe(false);
  });

  it('reads as empty when nothing, something damaged or another version is stored, and drops damaged steps', () => {
    const storage = memoryStorage();
    expect(readProgress(storage)).toEqual({});
    for (const stored of ['{not json', '{"version": 2, "steps": {}}', '"text"', 'null']) {
      storage.setItem(PROGRESS_STORAGE_KEY, stored);
      expect(readProgress(storage)).toEqual({});
    }
    storage.setItem(
      PROGRESS_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        steps: { 'a/1': { prediction: 5, measured: null }, 'a/2': { prediction: '5', measured: { value: 'x' } }, 'a/3': { prediction: '5', measured: null } },
      }),
    );
    expect(readProgress(storage)).toEqual({ 'a/3': { prediction: '5', measured: null } });
  });
});
