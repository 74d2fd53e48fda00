import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REFERENCE, seriesColor } from '../theme';
// Summary charts with a measured line per series (a way of sending, a queue kind): one point
// per measured run, redrawn per point.

export interface LineSeries {
  /** The key of its values in each row. */
  key: string;
  name: string;
}

export interface LinesChartProps {
  /** One row per x value: { x, [series key]: value or undefined }. */
  rows: readonly Record<string, number | undefined>[];
  series: readonly LineSeries[];
  xLabel: string;
  yLabel: string;
  logX?: boolean;
  /** A horizontal line across the chart (e.g. the baseline every ratio is taken to). */
  reference?: { value: number; label: string } | null;
  formatX(value: number): string;
  formatY(value: number): string;
}

/** Lines of measured points on log (or linear x) axes: the IPC meter, the queue sweep. */
export function LinesChart({ rows, series, xLabel, yLabel, logX = false, reference, formatX, formatY }: LinesChartProps) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart data={rows as Record<string, number | undefined>[]} margin={{ left: 8, right: 24, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale={logX ? 'log' : 'auto'}
          domain={['dataMin', 'dataMax']}
          ticks={rows.map((row) => row.x as number)}
          tickFormatter={formatX}
          allowDataOverflow
          label={{ value: xLabel, position: 'insideBottom', offset: -8 }}
        />
        <YAxis
          type="number"
          scale="log"
          // Room for the reference line too, wherever it falls.
          domain={[(low: number) => Math.min(low, reference?.value ?? low) * 0.8, (high: number) => Math.max(high, reference?.value ?? high) * 1.25]}
          allowDataOverflow
          width={84}
          tickFormatter={formatY}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
        />
        <Tooltip formatter={(value) => formatY(Number(value))} labelFormatter={(value) => formatX(Number(value))} />
        <Legend verticalAlign="top" />
        {reference ? (
          <ReferenceLine y={reference.value} stroke={REFERENCE} strokeDasharray="6 4" label={{ value: reference.label, position: 'insideTopRight' }} />
        ) : null}
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={seriesColor(i)}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
            dot={{ r: 4, className: 'measured-point' }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
