// How the prime lab states its runs and sweeps in an export.
import type { PrimeChunkResult } from '../../kernels/primes';
import type { ExportDescription } from '../../runs/exportFormat';
import { threadsModeFields } from '../../lab/threadsMode';
import type { PrimeRecord } from './job';
import { idleSummary, tallyPrimes } from './summary';
import type { SweepPoint } from './sweep';

export const primeExport: ExportDescription<PrimeRecord, PrimeChunkResult, SweepPoint> = {
  event: (result) => ({ checked: result.checked, primes: result.primes, divisions: result.divisions }),
  run(record) {
    const { primes, checked, divisions } = tallyPrimes(record.events);
    const idle = record.status === 'done' ? idleSummary(record) : null;
    return {
      from: record.settings.from,
      to: record.settings.to,
      chunkSize: record.settings.chunkSize,
      chunkSizeIsDefault: record.settings.chunkSizeIsDefault,
      order: record.settings.order,
      shuffleSeed: record.settings.shuffleSeed,
      primes,
      checked,
      divisions,
      idleShare: idle?.idleShare ?? null,
      ...threadsModeFields(record.instruments, record.wallMs ?? 0),
    };
  },
  point: ({ step, ...measured }) => ({ label: step.label, x: step.x, isDefault: step.isDefault, ...measured }),
};
