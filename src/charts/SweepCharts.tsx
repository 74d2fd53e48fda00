import { BACKGROUND, HIGHLIGHT, MEASURED, REFERENCE } from '../theme';
// Summary charts for the prime lab's sweeps: one point per measured run, redrawn per point.
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface SweepChartPoint {
  x: number;
  wallMs: number;
  /** Marked apart (e.g. Pool.map's default chunk size). */
  highlighted: boolean;
}

const formatMs = (v: unknown) => {
  const ms = Number(v);
  return `${ms > 0 && ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
};

/** Wall time against chunk size, both on log axes (the book's figures 9-11 and 9-12). */
export function ChunkSizeChart({ data }: { data: readonly SweepChartPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart data={data as SweepChartPoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" scale="log" domain={['dataMin', 'dataMax']} allowDataOverflow label={{ value: 'chunk size (numbers per chunk, log scale)', position: 'insideBottom', offset: -8 }} />
        <YAxis type="number" scale="log" domain={['auto', 'auto']} width={72} tickFormatter={formatMs} />
        <Tooltip formatter={formatMs} labelFormatter={(v) => `chunk size ${v}`} />
        <Line dataKey="wallMs" name="wall time" stroke={MEASURED} strokeWidth={2} isAnimationActive={false} dot={ChunkSizeDot} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** A measured point; Pool.map's default chunk size larger and orange. */
function ChunkSizeDot({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: SweepChartPoint; index?: number }) {
  if (cx === undefined || cy === undefined) return null;
  return payload?.highlighted ? (
    <circle key={index} cx={cx} cy={cy} r={6} fill={HIGHLIGHT} stroke={BACKGROUND} className="measured-point default-point" />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={4} fill={BACKGROUND} stroke={MEASURED} strokeWidth={2} className="measured-point" />
  );
}

/** Wall time against the number of chunks, with a line at each multiple of the worker count. */
export function ChunkCountChart({ data, workers, maxChunks }: { data: readonly SweepChartPoint[]; workers: number; maxChunks: number }) {
  const multiples = Array.from({ length: Math.floor(maxChunks / workers) }, (_, i) => (i + 1) * workers);
  const ticks = Array.from({ length: maxChunks }, (_, i) => i + 1).filter((n) => maxChunks <= 24 || n % workers === 0 || n === 1);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data as SweepChartPoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" domain={[1, maxChunks]} ticks={ticks} allowDecimals={false} label={{ value: `number of chunks (dashed: multiples of ${workers} workers)`, position: 'insideBottom', offset: -8 }} />
        <YAxis width={72} tickFormatter={formatMs} />
        <Tooltip formatter={formatMs} labelFormatter={(v) => `${v} chunks`} />
        {multiples.map((m) => (
          <ReferenceLine key={m} x={m} stroke={REFERENCE} strokeDasharray="4 4" />
        ))}
        <Line dataKey="wallMs" name="wall time" stroke={MEASURED} strokeWidth={2} isAnimationActive={false} dot={{ r: 4, className: 'measured-point' }} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export interface Bar {
  label: string;
  value: number;
}

/** A bar per labelled run, side by side: wall time per job order (the book's figure 9-13), speed per kernel. */
export function BarsChart({ data, name, format }: { data: readonly Bar[]; name: string; format(value: number): string }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data as Bar[]} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis width={72} tickFormatter={format} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Bar dataKey="value" name={name} fill={MEASURED} isAnimationActive={false} className="measured-bar" />
      </BarChart>
    </ResponsiveContainer>
  );
}
