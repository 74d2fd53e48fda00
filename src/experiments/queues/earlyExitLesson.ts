// Early exit's lesson in a few sentences, with this machine's figures.
import { formatCount, formatDuration } from '../../format';
import type { EarlyExitPoint } from './earlyExitJob';

/** +12 %, −0.4 %: a share more (or less) than the baseline. */
export function percentText(share: number): string {
  return `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(share > -0.1 && share < 0.1 ? 1 : 0)} %`;
}

/** Below this, a measured cost of checking is within a busy machine's noise. */
const NOTICEABLE_COST = 0.05;

export function earlyExitLesson(points: readonly EarlyExitPoint[]): string {
  const baseline = points.find((p) => p.variant === 'baseline');
  const searches = points.filter((p) => p.variant === 'search');
  if (!baseline || searches.length === 0) return '';
  const parts: string[] = [];
  const found = searches.filter((p) => p.factor !== null);
  if (found.length > 0) {
    const least = [...found].sort((a, b) => a.divisions - b.divisions)[0];
    const saved = 1 - least.divisions / baseline.divisions;
    parts.push(
      `The factor was found at ${formatDuration(least.answerMs ?? NaN)} and every worker had stopped by ${formatDuration(least.wallMs)}, after ${formatCount(least.divisions)} trial divisions in all, against ${formatCount(baseline.divisions)} (${formatDuration(baseline.wallMs)}) with no flag.`,
      saved > 0.001
        ? `Early exit saved ${(saved * 100).toFixed(0)} % of the work: for a composite, it pays.`
        : 'No work was saved: the other workers had finished their shares before the factor was found.',
    );
    const stoppedEarly = found.filter((p) => p.workers.some((w) => w.outcome === 'stopped by the flag'));
    if (stoppedEarly.length > 0) {
      const wasted = stoppedEarly.map((p) => `${formatCount(p.wastedDivisions)} checking every ${formatCount(p.checkEvery)}`);
      parts.push(`After it was found the others did at most ${wasted.join(', ')} divisions: the rarer the checks, the more work is wasted.`);
    }
  } else {
    parts.push('No factor: every worker searched its whole share, so the flag could not save anything. Early exit does not pay for a prime.');
  }
  const costs = points.filter((p) => p.checkCost !== null);
  if (costs.length > 0) {
    const listed = costs.map((p) => `${percentText(p.checkCost!)} checking every ${formatCount(p.checkEvery)}`).join(', ');
    const dearest = [...costs].sort((a, b) => b.checkCost! - a.checkCost!)[0];
    parts.push(
      `Looking at the flag costs ${listed}, against not looking${
        dearest.checkCost! >= NOTICEABLE_COST ? `: checking every ${formatCount(dearest.checkEvery)} costs the most time.` : ': here no interval cost much.'
      }`,
    );
  }
  return parts.join(' ');
}
