// Summary charts for the prime lab's sweeps: one point per measured run, redrawn per point.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';

export interface SweepChartPoint {
  x: number;
  wallMs: number;
  /** Marked apart (e.g. Pool.map's default chunk size). */
  highlighted: boolean;
}

const formatMs = (v: unknown) => `${Number(v) < 10 ? Number(v).toFixed(2) : Math.round(Number(v))} ms`;

/** Wall time against chunk size, both on log axes (the book's figures 9-11 and 9-12). */
export function ChunkSizeChart({ data }: { data: readonly SweepChartPoint[] }) {
  const points = data.map((p) => ({ ...p, defaultMs: p.highlighted ? p.wallMs : undefined }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart data={points} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" scale="log" domain={['dataMin', 'dataMax']} allowDataOverflow label={{ value: 'chunk size (numbers per chunk, log scale)', position: 'insideBottom', offset: -8 }} />
        <YAxis type="number" scale="log" domain={['auto', 'auto']} width={72} tickFormatter={formatMs} label={{ value: 'wall time (log)', angle: -90, position: 'insideLeft', offset: 0 }} />
        <Tooltip formatter={formatMs} labelFormatter={(v) => `chunk size ${v}`} />
        <Legend verticalAlign="top" />
        <Line dataKey="wallMs" name="measured" stroke="#1c7ed6" strokeWidth={2} isAnimationActive={false} dot={{ r: 4, className: 'measured-point' }} />
        <Scatter dataKey="defaultMs" name="Pool.map default" fill="#e8590c" shape="diamond" isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Wall time against the number of chunks, with a line at each multiple of the worker count. */
export function ChunkCountChart({ data, workers, maxChunks }: { data: readonly SweepChartPoint[]; workers: number; maxChunks: number }) {
  const multiples = Array.from({ length: Math.floor(maxChunks / workers) }, (_, i) => (i + 1) * workers);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data as SweepChartPoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" domain={[1, maxChunks]} allowDecimals={false} label={{ value: `number of chunks (dashed: multiples of ${workers} workers)`, position: 'insideBottom', offset: -8 }} />
        <YAxis width={72} tickFormatter={formatMs} />
        <Tooltip formatter={formatMs} labelFormatter={(v) => `${v} chunks`} />
        {multiples.map((m) => (
          <ReferenceLine key={m} x={m} stroke="#adb5bd" strokeDasharray="4 4" />
        ))}
        <Line dataKey="wallMs" name="wall time" stroke="#1c7ed6" strokeWidth={2} isAnimationActive={false} dot={{ r: 4, className: 'measured-point' }} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export interface OrderBar {
  label: string;
  wallMs: number;
  idlePercent: number;
}

/** Wall time per job order, side by side (the book's figure 9-13). */
export function OrderChart({ data }: { data: readonly OrderBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data as OrderBar[]} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis width={72} tickFormatter={formatMs} />
        <Tooltip formatter={formatMs} />
        <Bar dataKey="wallMs" name="wall time" fill="#1c7ed6" isAnimationActive={false} className="measured-bar" />
      </BarChart>
    </ResponsiveContainer>
  );
}
