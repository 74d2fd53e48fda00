import { HIGHLIGHT, MEASURED, NEUTRAL, REFERENCE } from '../theme';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface SpeedupPoint {
  workers: number;
  /** Measured; absent for points only on the model curves. */
  speedup?: number;
  ideal: number;
  amdahl?: number;
}

export interface WallTimePoint {
  workers: number;
  wallMs: number;
  startUpMs: number;
}

/** Measured speed-up against the worker count, beside the ideal line and the fitted Amdahl curve. */
export function SpeedupChart({ data, cores }: { data: readonly SpeedupPoint[]; cores: number }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data as SpeedupPoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="workers"
          type="number"
          domain={[1, 'dataMax']}
          allowDecimals={false}
          label={{ value: `workers (this machine: ${cores} logical cores)`, position: 'insideBottom', offset: -8 }}
        />
        <YAxis allowDecimals={false} label={{ value: 'speed-up', angle: -90, position: 'insideLeft' }} />
        <Tooltip formatter={(v) => `${Number(v).toFixed(2)}×`} labelFormatter={(v) => `${v} workers`} />
        <Legend verticalAlign="top" />
        <Line dataKey="ideal" name="ideal (linear)" stroke={REFERENCE} strokeDasharray="5 5" dot={false} isAnimationActive={false} />
        <Line dataKey="amdahl" name="Amdahl fit" stroke={HIGHLIGHT} dot={false} connectNulls isAnimationActive={false} />
        <Line
          dataKey="speedup"
          name="measured"
          stroke={MEASURED}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
          dot={{ r: 4, className: 'measured-point' }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Wall time per worker count, with the (separately measured) start-up time beside it. */
export function WallTimeChart({ data }: { data: readonly WallTimePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <ComposedChart data={data as WallTimePoint[]} margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="workers"
          type="number"
          domain={[1, 'dataMax']}
          allowDecimals={false}
          label={{ value: 'workers', position: 'insideBottom', offset: -8 }}
        />
        <YAxis unit=" ms" width={70} />
        <Tooltip formatter={(v) => `${Math.round(Number(v))} ms`} labelFormatter={(v) => `${v} workers`} />
        <Legend verticalAlign="top" />
        <Line dataKey="wallMs" name="wall time (run)" stroke={MEASURED} strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="startUpMs" name="start-up (apart)" stroke={NEUTRAL} strokeDasharray="4 4" isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
