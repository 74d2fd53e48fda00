import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface WorkerTime {
  name: string;
  busyMs: number;
  idleMs: number;
}

/** Busy vs idle time per worker, stacked to the span of the run. */
export const WorkerTimeChart = memo(function WorkerTimeChart({ data }: { data: readonly WorkerTime[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 24 * data.length + 70)}>
      <BarChart data={data as WorkerTime[]} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" unit=" ms" tickFormatter={(v: number) => Math.round(v).toString()} />
        <YAxis type="category" dataKey="name" width={70} />
        <Tooltip formatter={(v) => `${Math.round(Number(v))} ms`} />
        <Legend />
        <Bar dataKey="busyMs" name="busy (computing)" stackId="time" fill="#2b8a3e" isAnimationActive={false} />
        <Bar dataKey="idleMs" name="idle" stackId="time" fill="#ced4da" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
});
