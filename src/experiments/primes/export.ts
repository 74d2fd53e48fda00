// How the prime lab states its runs and sweeps in an export.
import type { PrimeChunkResult } from '../../kernels/primes';
import type { ExportDescription } from '../../runs/exportFormat';
import { threadsModeFields } from '../../lab/threadsMode';
import type { LabExports } from '../../lab/exports';
import { kernelComparisonExport } from '../../lab/kernels';
import type { CostProfile } from '../../kernels/primes';
import type { PrimeRecord } from './job';
import { profileFigures, type ProfileRecord } from './profile';
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

/** The cost profile: what its sample adds up to (the numbers and their costs stay on the page). */
export const profileExport: ExportDescription<ProfileRecord, CostProfile, never> = {
  event: (profile) => ({ ...profileFigures(profile) }),
  run: (record) => {
    const { from, to, seed } = record.settings;
    const profile = record.events[0]?.result;
    return { from, to, seed, ...(profile ? profileFigures(profile) : {}) };
  },
};

/** Every task of the lab: a run, the three sweeps, a kernel comparison, the cost profile. */
export const primeExports: LabExports = {
  run: primeExport,
  chunkSize: primeExport,
  chunkCount: primeExport,
  order: primeExport,
  kernels: kernelComparisonExport(primeExport),
  profile: profileExport,
};
