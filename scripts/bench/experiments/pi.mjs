// @ts-check
// Monte Carlo pi (#/pi): darts thrown across workers.
/** @import { PiRunSettings } from '../../../src/experiments/pi/job.ts' */
/** @import { Strategy } from '../../../src/pool/types.ts' */
/** @import { SpeedupExperiment } from './index.mjs' */
import { kernelOf, mismatches, plural } from './settings.mjs';

/** @type {SpeedupExperiment} */
export const pi = {
  id: 'pi',
  kernels: ['js', 'wasm', 'simd'],

  /** One case per worker count and kernel; the page ignores the worker count in main-thread mode. */
  cases({ workers, samples, seed, mode, kernels }) {
    const counts = mode === 'main' ? [1] : workers;
    return counts.flatMap((w) =>
      kernels.map((kernel) => {
        const key = mode === 'main' ? 'main thread' : plural(w, 'worker');
        return {
          key,
          label: `${key}, ${kernel}`,
          kernel,
          link: { samples, mode: mode === 'main' ? 'main' : 'workers', workers: w, seed, sameSeed: 0, kernel },
          reference: mode !== 'main',
        };
      }),
    );
  },

  notApplied(run, wanted) {
    const settings = /** @type {PiRunSettings} */ (run.settings);
    const { link } = wanted;
    return mismatches({
      samples: [settings.samples, link.samples],
      mode: [settings.mode, link.mode === 'main' ? 'mainThread' : link.mode],
      workers: [run.workers, link.mode === 'main' ? 1 : link.workers],
      seed: [settings.seed, link.seed],
      sameSeed: [settings.sameSeed, false],
      kernel: [kernelOf(settings), wanted.kernel],
    });
  },

  result(run) {
    return { samples: Number(run.summary.samples), inside: Number(run.summary.inside) };
  },

  formatResult({ samples, inside }) {
    return `pi ≈ ${((4 * inside) / samples).toFixed(6)} (${inside.toLocaleString('en-US')} of ${samples.toLocaleString('en-US')} inside)`;
  },

  referenceSpec(run) {
    return { experiment: 'pi', settings: /** @type {PiRunSettings} */ (run.settings), workers: run.workers, strategy: /** @type {Strategy} */ (run.strategy) };
  },
};
