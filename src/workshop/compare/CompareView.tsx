import { useKeptRuns } from '../kept/useKeptRuns';
import { ClassTable } from './ClassTable';
import { ComparisonPanel } from './ComparisonPanel';
import { KeptRunsPanel } from './KeptRunsPanel';

/** #/compare: the runs kept in this browser, imported ones among them, side by side. */
export default function CompareView() {
  const kept = useKeptRuns();
  return (
    <article className="workshop compare">
      <h2>Compare runs</h2>
      <p className="lesson">
        The same experiment on different machines: every run you finish is kept here with the machine it ran on, and a workshop leader imports the room’s
        exports to put them side by side. Pick a lab and a kind of run to draw them over one another: worker sweeps as speed-up curves with their Amdahl fits,
        chunk sweeps as wall-time curves, GIL comparisons as ratios.
      </p>
      <KeptRunsPanel kept={kept} />
      <section aria-label="Comparison">
        <h2>Side by side</h2>
        {kept.runs === null ? null : <ComparisonPanel runs={kept.runs} />}
      </section>
      {kept.runs === null ? null : <ClassTable runs={kept.runs} />}
    </article>
  );
}
