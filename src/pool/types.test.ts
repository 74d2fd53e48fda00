import { describe, expect, it, vi } from 'vitest';
import { abortable, isAbortError } from './types';

describe('abortable', () => {
  it('passes the work through and then lets go of the signal', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    await expect(abortable(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(abortable(Promise.reject(new Error('no')), controller.signal)).rejects.toThrow('no');
    expect(remove).toHaveBeenCalledTimes(2);
  });

  it('rejects with AbortError when stopped first, or already stopped', async () => {
    const controller = new AbortController();
    const waiting = abortable(new Promise(() => {}), controller.signal);
    controller.abort();
    expect(isAbortError(await waiting.catch((e: unknown) => e))).toBe(true);
    expect(isAbortError(await abortable(Promise.resolve(1), controller.signal).catch((e: unknown) => e))).toBe(true);
  });
});
