import { memo, useMemo } from 'react';
import { BarsChart } from '../../charts/SweepCharts';
import { formatCount, formatDuration } from '../../format';
import type { FactorHistogram } from '../../kernels/factorHistogram';
import { ExportButtons } from '../../lab/ExportButtons';
import { laneName } from '../../lab/lanes';
import { exportTask } from '../../runs/exportFormat';
import { histogramExport } from './export';
import { factorBins, shareAtMost } from './factorBins';
import type { HistogramTask } from './histogramJob';

/** The smallest factor of every composite below the limit, as shares in bins: why low factors dominate. */
export const HistogramPanel = memo(function HistogramPanel({ task }: { task: HistogramTask; version: string }) {
  const record = task.current;
  const histogram = useMemo<FactorHistogram | null>(() => {
    if (!record || task.status !== 'done') return null;
    const counts = new Float64Array(record.events[0]?.result.counts.length ?? 0);
    let composites = 0;
    let primes = 0;
    for (const { result } of record.events) {
      result.counts.forEach((c, f) => (counts[f] += c));
      composites += result.composites;
      primes += result.primes;
    }
    return { counts, composites, primes };
  }, [record, task.status]);
  const to = task.steps[0].to;
  const bins = histogram ? factorBins(histogram) : [];
  return (
    <section className="sweep" aria-label="Smallest factors">
      <h2>Smallest factors below {formatCount(to)}</h2>
      <p role="status">
        {task.status === 'running'
          ? `Finding the smallest factor of every number below ${formatCount(to)} on the workers…`
          : task.status === 'done' && histogram && record
            ? `${formatCount(histogram.composites)} composites and ${formatCount(histogram.primes)} primes below ${formatCount(to)}, computed on ${record.workers} ${record.workers === 1 ? 'worker' : 'workers'} in ${formatDuration(record.wallMs ?? NaN)}.`
            : task.status === 'stopped'
              ? 'Stopped.'
              : `Failed: ${task.error}`}
      </p>
      {histogram ? (
        <>
          <p className="lesson-note">
            {`${pct(shareAtMost(histogram, 2))} of the composites are even, ${pct(shareAtMost(histogram, 7))} have a factor of at most 7 and ${pct(shareAtMost(histogram, 97))} one below 100: trial division finds most composites’ factor in a few steps, and a search split between workers finds it in the first worker’s share. Only primes (and the rare products of two large primes) make every worker search to the end.`}
          </p>
          <figure className="sweep-chart">
            <figcaption>Share of the composites by smallest factor (single factors up to 31, then ranges)</figcaption>
            <BarsChart data={bins} name="share of composites" format={(v) => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)} %`} />
          </figure>
          <ExportButtons exportTask={() => exportTask('queues', task, histogramExport)} laneName={(lane) => laneName('workers', lane)} />
        </>
      ) : null}
    </section>
  );
});

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
