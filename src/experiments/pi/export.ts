// How the pi lab states its runs and sweeps in an export.
import type { PiChunkResult } from '../../kernels/pi';
import type { ExportDescription } from '../../runs/exportFormat';
import { threadsModeFields } from '../../lab/threadsMode';
import type { LabExports } from '../../lab/exports';
import { kernelComparisonExport } from '../../lab/kernels';
import type { PiRecord } from './job';
import { tallyPi } from './summary';
import type { SweepPoint } from './sweep';

export const piExport: ExportDescription<PiRecord, PiChunkResult, SweepPoint> = {
  event: (result) => ({ samples: result.samples, inside: result.inside }),
  run(record) {
    const tally = tallyPi(record.events, record.workers);
    return {
      seed: record.settings.seed,
      samples: tally.samples,
      inside: tally.inside,
      estimate: tally.estimate,
      standardError: tally.standardError,
      ...threadsModeFields(record.instruments, record.wallMs ?? 0),
    };
  },
  point: (point) => ({ ...point }),
};

/** Every task of the lab: a run, a worker sweep, a kernel comparison. */
export const piExports: LabExports = { run: piExport, workers: piExport, kernels: kernelComparisonExport(piExport) };
