import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from './options.mjs';
import { busyBetween } from './pageBusy.mjs';
import { kernelOf, mismatches } from './experiments/settings.mjs';

describe('parseOptions', () => {
  it('runs JavaScript unless --kernel lists others, each once, in the order given', () => {
    expect(parseOptions([]).kernels).toEqual(['js']);
    expect(parseOptions(['--kernel', 'simd,js,simd']).kernels).toEqual(['simd', 'js']);
    expect(parseOptions(['--experiment', 'primes', '--kernel=wasm,js']).kernels).toEqual(['wasm', 'js']);
  });

  it('refuses a kernel the lab does not have, and --kernel for the GIL lab', () => {
    expect(() => parseOptions(['--experiment', 'primes', '--kernel', 'simd'])).toThrow(UsageError);
    expect(() => parseOptions(['--kernel', 'gpu'])).toThrow(/js, wasm, simd/);
    expect(() => parseOptions(['--experiment', 'gil', '--kernel', 'js'])).toThrow(/pi and primes/);
  });

  it('keeps the other flags as they were', () => {
    const options = parseOptions([
      '--experiment',
      'primes',
      '--workers',
      '2,1',
      '--from',
      '1e8',
      '--to',
      '100,500,000',
      '--chunk-sizes',
      '500,50',
      '--strategy',
      'static',
      '--order',
      'costliest',
      '--repeats',
      '3',
      '--seed',
      '7',
      '--json',
      '--build',
      '--trace',
    ]);
    expect(options).toMatchObject({
      workers: [1, 2],
      from: 1e8,
      to: 100_500_000,
      chunkSizes: [50, 500],
      strategy: 'static',
      order: 'costliest',
      repeats: 3,
      repeatsGiven: true,
      seed: 7,
      json: true,
      build: true,
      trace: true,
    });
    expect(parseOptions(['--experiment', 'memory'])).toMatchObject({ experiment: 'pi', memory: true });
    expect(() => parseOptions(['--mode', 'threads'])).toThrow(UsageError);
  });

  it('accepts the io and queues experiments, without kernels or the main-thread mode', () => {
    expect(parseOptions(['--experiment', 'io'])).toMatchObject({ experiment: 'io', repeatsGiven: false });
    expect(parseOptions(['--experiment=queues', '--workers', '4,1', '--repeats', '2'])).toMatchObject({
      experiment: 'queues',
      workers: [1, 4],
      repeats: 2,
    });
    expect(() => parseOptions(['--experiment', 'io', '--kernel', 'js'])).toThrow(/pi and primes/);
    expect(() => parseOptions(['--experiment', 'queues', '--mode', 'main'])).toThrow(/pi and primes/);
    expect(() => parseOptions(['--experiment', 'waiting'])).toThrow(/io, queues/);
  });

  it('allows the GIL lab its own repeats only', () => {
    expect(parseOptions(['--experiment', 'gil', '--repeats', '9']).repeats).toBe(9);
    expect(() => parseOptions(['--experiment', 'gil', '--repeats', '10'])).toThrow(/1 to 9/);
  });
});

describe('busyBetween', () => {
  it('turns two metric readings (seconds) into the page main thread busy time and its share', () => {
    const start = { Timestamp: 10, TaskDuration: 2, ThreadTime: 1, ScriptDuration: 0.5, LayoutDuration: 0.1, RecalcStyleDuration: 0.1 };
    const end = { Timestamp: 10.5, TaskDuration: 2.1, ThreadTime: 1.08, ScriptDuration: 0.56, LayoutDuration: 0.11, RecalcStyleDuration: 0.12 };
    const busy = busyBetween(start, end);
    expect(busy.pageBusyMs).toBeCloseTo(100);
    expect(busy.pageBusyShare).toBeCloseTo(0.2);
    expect(busy.pageCpuMs).toBeCloseTo(80);
    expect(busy.pageCpuShare).toBeCloseTo(0.16);
    expect(busy.scriptMs).toBeCloseTo(60);
    expect(busy.layoutMs).toBeCloseTo(30);
    expect(busy.intervalMs).toBeCloseTo(500);
  });
});

describe('run settings against the link', () => {
  it('names each setting the run did not take from the link', () => {
    expect(mismatches({ workers: [2, 2], strategy: ['dynamic', 'static'], samples: [1e8, '100000000'] })).toEqual([
      'strategy: the run used "dynamic", the link said "static"',
    ]);
  });

  it('reads a run without a kernel setting as JavaScript', () => {
    expect(kernelOf({ samples: 1 })).toBe('js');
    expect(kernelOf({ kernel: 'wasm' })).toBe('wasm');
  });
});
