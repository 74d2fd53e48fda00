import { BACKGROUND, HIGHLIGHT, MEASURED, REFERENCE } from '../theme';
// The I/O lab's sweeps: wall time against the in-flight limit or the batch size, both on log
// axes, beside the ideal that counts only the waits.
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface WaitSweepPoint {
  x: number;
  /** Measured; absent until the run is done. */
  wallMs?: number;
  /** The ideal at x (absent where it is 0: a log axis has no 0). */
  idealMs?: number;
  /** Taken in a hidden tab: marked apart. */
  hidden?: boolean;
}

interface Props {
  data: readonly WaitSweepPoint[];
  xLabel: string;
  idealName: string;
  /** A vertical line here, e.g. the server's capacity. */
  marker?: { x: number; label: string } | null;
}

const formatMs = (v: unknown) => {
  const ms = Number(v);
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${ms > 0 && ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
};

export function WaitSweepChart({ data, xLabel, idealName, marker }: Props) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart data={data as WaitSweepPoint[]} margin={{ left: 8, right: 24, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale="log"
          domain={['dataMin', 'dataMax']}
          allowDataOverflow
          label={{ value: xLabel, position: 'insideBottom', offset: -8 }}
        />
        <YAxis type="number" scale="log" domain={['auto', 'auto']} allowDataOverflow width={72} tickFormatter={formatMs} />
        <Tooltip formatter={formatMs} labelFormatter={(v) => `${xLabel.split(' (')[0]} ${v}`} />
        <Legend verticalAlign="top" />
        {marker ? (
          <ReferenceLine
            x={marker.x}
            stroke={HIGHLIGHT}
            strokeDasharray="4 4"
            label={{ value: marker.label, position: 'insideTopRight', fill: HIGHLIGHT, fontSize: 12 }}
          />
        ) : null}
        <Line dataKey="idealMs" name={idealName} stroke={REFERENCE} strokeDasharray="5 5" dot={false} connectNulls isAnimationActive={false} />
        <Line dataKey="wallMs" name="measured wall time" stroke={MEASURED} strokeWidth={2} connectNulls isAnimationActive={false} dot={SweepDot} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** A measured point; one taken in a hidden tab is orange. */
function SweepDot({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: WaitSweepPoint; index?: number }) {
  if (cx === undefined || cy === undefined || payload?.wallMs === undefined) return null;
  return payload.hidden ? (
    <circle key={index} cx={cx} cy={cy} r={5} fill={HIGHLIGHT} stroke={BACKGROUND} className="measured-point hidden-point" />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={4} fill={BACKGROUND} stroke={MEASURED} strokeWidth={2} className="measured-point" />
  );
}
