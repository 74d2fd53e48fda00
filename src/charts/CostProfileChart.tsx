import { INK, NEUTRAL, TARGET } from '../theme';
import { formatCompact } from '../format';
import { linearTicks } from './axes';
import { useCanvas } from './useCanvas';

interface Props {
  numbers: Float64Array;
  divisions: Float64Array;
  /** 1 where the number is prime. */
  prime: Uint8Array;
  from: number;
  to: number;
}

const LEFT = 56;
const BOTTOM = 40;

/** Trial divisions per number against the number: primes form the top band (book figure 9-10). */
export function CostProfileChart({ numbers, divisions, prime, from, to }: Props) {
  const canvasRef = useCanvas((context, width, height) => {
    const plotWidth = width - LEFT - 12;
    const plotHeight = height - BOTTOM - 8;
    const maxDivisions = Math.max(1, ...divisions);
    const x = (n: number) => LEFT + ((n - from) / Math.max(1, to - from)) * plotWidth;
    const y = (d: number) => 8 + plotHeight - (d / maxDivisions) * plotHeight;

    // Composites first, so the primes' band is drawn over them.
    for (const wantPrime of [0, 1]) {
      context.fillStyle = wantPrime ? TARGET : NEUTRAL;
      for (let i = 0; i < numbers.length; i++) {
        if (prime[i] === wantPrime) context.fillRect(x(numbers[i]) - 1, y(divisions[i]) - 1, 2.5, 2.5);
      }
    }

    context.fillStyle = INK;
    context.font = '11px system-ui, sans-serif';
    context.textBaseline = 'top';
    for (const tick of linearTicks(from, to, 5)) {
      context.fillRect(x(tick), 8 + plotHeight, 1, 4);
      context.fillText(formatCompact(tick), Math.min(x(tick) - 10, width - 40), 14 + plotHeight);
    }
    context.fillText('number checked', LEFT + plotWidth / 2 - 40, 26 + plotHeight);
    context.textBaseline = 'middle';
    for (const tick of linearTicks(0, maxDivisions, 4)) {
      context.fillRect(LEFT - 4, y(tick), 4, 1);
      context.fillText(formatCompact(tick), 4, y(tick));
    }
    context.fillRect(LEFT, 8, 1, plotHeight);
    context.fillRect(LEFT, 8 + plotHeight, plotWidth, 1);

    // Legend, top left of the plot.
    context.fillStyle = TARGET;
    context.fillRect(LEFT + 10, 14, 8, 8);
    context.fillStyle = INK;
    context.fillText('prime', LEFT + 22, 18);
    context.fillStyle = NEUTRAL;
    context.fillRect(LEFT + 70, 14, 8, 8);
    context.fillStyle = INK;
    context.fillText('composite', LEFT + 82, 18);
  }, numbers);
  const primes = prime.reduce((sum, p) => sum + p, 0);
  return (
    <canvas
      ref={canvasRef}
      className="chart-canvas profile"
      role="img"
      aria-label={`Trial divisions for ${numbers.length} sampled numbers from ${formatCompact(from)} to ${formatCompact(to)}: ${primes} primes at the top, up to ${formatCompact(Math.max(0, ...divisions))} divisions each.`}
    />
  );
}
