// What looking at the flag costs, measured robustly on a busy machine: a worker's share is cut
// into blocks, and each block is searched twice back to back, checking the (never set) flag
// every N divisions and not checking it at all, in alternating order. The ratio of each pair's
// times is taken; their median is the cost. A moment's disturbance spoils a pair, not the result.
import { epochNow, type Timed } from '../../src/clock';
import { searchFactor, type FactorSearch } from '../../src/kernels/earlyExit';

/** Divisions per block: a few milliseconds. */
export const COST_BLOCK_DIVISIONS = 1 << 20;

export interface CheckCost {
  /** Divisions in the share, searched once each way. */
  divisions: number;
  /** Per block: time with the checks / time without. */
  ratios: number[];
  stopped: boolean;
}

/** A check interval no block reaches: the search without looks at the flag (a small integer, as the real ones). */
const NEVER = 1 << 30;

/**
 * `shouldStop` reads the run's flag, which only Stop sets: the checked passes call it every
 * `search.checkEvery` divisions, as a real search does; between blocks it ends the measurement.
 */
export function measureCheckCost(search: FactorSearch, shouldStop: () => boolean, clock: () => number = epochNow): Timed<CheckCost> {
  const startEpochMs = clock();
  const ratios: number[] = [];
  let divisions = search.withTwo ? 1 : 0;
  for (let from = search.from, block = 0; from <= search.to; from += 2 * COST_BLOCK_DIVISIONS, block++) {
    if (shouldStop()) return { result: { divisions, ratios, stopped: true }, startEpochMs, endEpochMs: clock() };
    const part = { ...search, withTwo: false, from, to: Math.min(search.to, from + 2 * (COST_BLOCK_DIVISIONS - 1)) };
    const time = (checkEvery: number) => {
      const start = clock();
      const result = searchFactor({ ...part, checkEvery }, shouldStop);
      return { ms: clock() - start, divisions: result.divisions };
    };
    // Alternate which goes first, so neither always runs on a warmer cache.
    let checked;
    let unchecked;
    if (block % 2 === 0) {
      checked = time(search.checkEvery);
      unchecked = time(NEVER);
    } else {
      unchecked = time(NEVER);
      checked = time(search.checkEvery);
    }
    divisions += checked.divisions;
    if (unchecked.ms > 0 && checked.divisions === unchecked.divisions) ratios.push(checked.ms / unchecked.ms);
  }
  return { result: { divisions, ratios, stopped: false }, startEpochMs, endEpochMs: clock() };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
