import { CONFIDENCE_BAND, INK, MEASURED, TARGET } from '../theme';
import { formatCompact } from '../format';
import { decadeTicks, linearTicks } from './axes';
import { useCanvas } from './useCanvas';

export interface ConvergencePoint {
  samples: number;
  estimate: number;
  /** [low, high]: pi +- 3 standard errors after this many samples. */
  band: [number, number];
}

const LEFT = 52;
const BOTTOM = 36;

/** The running estimate against darts thrown (log axis), inside pi +- 3 standard errors. Canvas. */
export function ConvergenceChart({ data }: { data: readonly ConvergencePoint[] }) {
  const canvasRef = useCanvas(
    (context, width, height) => {
      const plotWidth = width - LEFT - 12;
      const plotHeight = height - BOTTOM - 8;
      context.font = '12px system-ui, sans-serif';
      context.fillStyle = INK;
      if (data.length === 0) {
        context.fillText('The estimate appears here as chunks finish.', LEFT, plotHeight / 2);
        return;
      }
      const minSamples = Math.min(data[0].samples, data.at(-1)!.samples / 10);
      const maxSamples = data.at(-1)!.samples;
      // The y range follows the estimates, never narrower than the final band.
      let low = Math.min(...data.map((p) => p.estimate), data.at(-1)!.band[0]);
      let high = Math.max(...data.map((p) => p.estimate), data.at(-1)!.band[1]);
      const pad = (high - low) * 0.1 || 0.001;
      low -= pad;
      high += pad;
      const x = (samples: number) =>
        LEFT + ((Math.log10(samples) - Math.log10(minSamples)) / (Math.log10(maxSamples) - Math.log10(minSamples) || 1)) * plotWidth;
      const y = (value: number) => 8 + ((high - value) / (high - low)) * plotHeight;
      const clampY = (value: number) => y(Math.min(high, Math.max(low, value)));

      // Band: pi +- 3 standard errors.
      context.fillStyle = CONFIDENCE_BAND;
      context.beginPath();
      data.forEach((p, i) => (i === 0 ? context.moveTo(x(p.samples), clampY(p.band[1])) : context.lineTo(x(p.samples), clampY(p.band[1]))));
      for (let i = data.length - 1; i >= 0; i--) context.lineTo(x(data[i].samples), clampY(data[i].band[0]));
      context.closePath();
      context.fill();

      context.strokeStyle = TARGET;
      context.setLineDash([4, 4]);
      context.beginPath();
      context.moveTo(LEFT, y(Math.PI));
      context.lineTo(LEFT + plotWidth, y(Math.PI));
      context.stroke();
      context.setLineDash([]);
      context.fillStyle = TARGET;
      context.fillText('π', LEFT + plotWidth - 10, y(Math.PI) - 8);

      context.strokeStyle = MEASURED;
      context.lineWidth = 2;
      context.beginPath();
      data.forEach((p, i) => (i === 0 ? context.moveTo(x(p.samples), y(p.estimate)) : context.lineTo(x(p.samples), y(p.estimate))));
      context.stroke();
      context.lineWidth = 1;
      if (data.length === 1) context.fillRect(x(data[0].samples) - 2, y(data[0].estimate) - 2, 4, 4);

      context.fillStyle = INK;
      context.textBaseline = 'middle';
      for (const tick of linearTicks(low, high, 4)) {
        context.fillRect(LEFT - 4, y(tick), 4, 1);
        context.fillText(tick.toFixed(Math.max(0, -Math.floor(Math.log10((high - low) / 4)) + 1)), 2, y(tick));
      }
      context.textBaseline = 'top';
      const xTicks = decadeTicks(minSamples, maxSamples);
      for (const tick of xTicks.length ? xTicks : [maxSamples]) {
        context.fillRect(x(tick), 8 + plotHeight, 1, 4);
        const label = formatCompact(tick);
        context.fillText(label, Math.min(x(tick) - 10, width - context.measureText(label).width - 2), 14 + plotHeight);
      }
      context.fillText('samples (log scale)', LEFT + plotWidth / 2 - 50, 24 + plotHeight);
    },
    `${data.length}:${data.at(-1)?.samples ?? 0}`,
  );
  const last = data.at(-1);
  return (
    <canvas
      ref={canvasRef}
      className="chart-canvas convergence"
      role="img"
      aria-label={
        last ? `Estimate ${last.estimate.toFixed(5)} after ${formatCompact(last.samples)} samples; the band is π ± 3 standard errors.` : 'No estimate yet.'
      }
    />
  );
}
