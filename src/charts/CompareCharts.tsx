// Kept runs drawn over one another: a line per run (with its model curve dashed in the same
// colour), or a group of bars per run.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REFERENCE, workerColor } from '../theme';

export interface Curve {
  name: string;
  points: { x: number; y: number }[];
  /** A model's curve for the same run, dashed (an Amdahl fit). */
  model?: { x: number; y: number }[];
}

interface CurvesProps {
  curves: readonly Curve[];
  xLabel: string;
  yLabel: string;
  formatY(value: number): string;
  log?: boolean;
  /** A dashed reference line through these points (ideal speed-up). */
  reference?: { name: string; points: { x: number; y: number }[] };
}

/** One line per run on shared axes; log scales on both axes with `log`. */
export function CurvesChart({ curves, xLabel, yLabel, formatY, log = false, reference }: CurvesProps) {
  const scale = log ? 'log' : 'linear';
  return (
    <ResponsiveContainer width="100%" height={320}>
      <LineChart margin={{ left: 8, right: 16, top: 8, bottom: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          scale={scale}
          domain={log ? ['dataMin', 'dataMax'] : [1, 'dataMax']}
          allowDataOverflow={log}
          allowDecimals={false}
          label={{ value: xLabel, position: 'insideBottom', offset: -8 }}
        />
        <YAxis
          type="number"
          scale={scale}
          domain={log ? ['auto', 'auto'] : [0, 'auto']}
          width={72}
          tickFormatter={formatY}
          label={{ value: yLabel, angle: -90, position: 'insideLeft' }}
        />
        <Tooltip formatter={(value) => formatY(Number(value))} labelFormatter={(x) => `${xLabel.split(' (')[0]} ${x}`} />
        <Legend verticalAlign="top" />
        {reference ? (
          <Line data={reference.points} dataKey="y" name={reference.name} stroke={REFERENCE} strokeDasharray="5 5" dot={false} isAnimationActive={false} />
        ) : null}
        {curves.map((curve, i) => [
          <Line
            key={`${i}-measured`}
            data={curve.points}
            dataKey="y"
            name={curve.name}
            stroke={workerColor(i)}
            strokeWidth={2}
            dot={{ r: 4, className: 'measured-point' }}
            isAnimationActive={false}
          />,
          curve.model ? (
            <Line
              key={`${i}-model`}
              data={curve.model}
              dataKey="y"
              name={`${curve.name}: Amdahl fit`}
              legendType="none"
              stroke={workerColor(i)}
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
            />
          ) : null,
        ])}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface BarsProps {
  /** A row per run: its label, and a value per series. */
  rows: readonly ({ label: string } & Record<string, number | string>)[];
  series: readonly { key: string; name: string }[];
  format(value: number): string;
}

/** A group of horizontal bars per run, labelled with the run on the left. */
export function GroupedBarsChart({ rows, series, format }: BarsProps) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 60 + rows.length * series.length * 26)}>
      <BarChart data={[...rows]} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={format} />
        <YAxis type="category" dataKey="label" width={260} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend verticalAlign="top" />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={workerColor(i)} isAnimationActive={false} className="measured-bar" />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
