import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact } from '../app/parseNumber';

export interface ConvergencePoint {
  samples: number;
  estimate: number;
  /** [low, high]: the estimate +- 3 standard errors. */
  band: [number, number];
}

/** The running estimate against darts thrown, with its +-3 standard-error band and pi itself. */
export const ConvergenceChart = memo(function ConvergenceChart({ data }: { data: readonly ConvergencePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart data={data as ConvergencePoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="samples" type="number" scale="log" domain={['auto', 'auto']} tickFormatter={formatCompact} name="samples" />
        <YAxis domain={[(min: number) => Math.min(min, Math.PI - 0.01), (max: number) => Math.max(max, Math.PI + 0.01)]} tickFormatter={(v: number) => v.toFixed(3)} width={56} />
        <Tooltip formatter={(v) => (Array.isArray(v) ? v.map((x) => Number(x).toFixed(5)).join(' .. ') : Number(v).toFixed(6))} labelFormatter={(v) => `${formatCompact(Number(v))} samples`} />
        <Legend />
        <Area dataKey="band" name="±3 standard errors" fill="#a5d8ff" stroke="none" isAnimationActive={false} />
        <ReferenceLine y={Math.PI} stroke="#c92a2a" strokeDasharray="4 4" label={{ value: 'π', position: 'right' }} />
        <Line dataKey="estimate" name="estimate" stroke="#1c7ed6" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
