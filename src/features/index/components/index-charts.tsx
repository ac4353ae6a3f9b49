/**
 * recharts views of the index, in their own chunk (loaded on first use). Every chart has a table
 * with the same numbers beside it, so nothing is told by a chart alone.
 *
 * Axes with a handful of ticks have `interval={0}` (show every tick): otherwise recharts measures
 * each tick label in the DOM to decide which to drop, a forced layout per label, which was ~50 ms
 * of selecting an area with 6,000 areas (docs/performance.md).
 */
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend as ChartLegend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';
import { CLASS_COLORS, MISSING_COLOR, classify } from '../classes';

const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 1) : String(v ?? ''));
const LINE_COLORS = ['#0b5c8a', '#b3400a', '#2e7d32', '#6a3d9a', '#8c564b', '#d62728'];

export interface BarDatum {
  label: string;
  score: number | null;
}

/** Horizontal bars around Malmö = 100, coloured by index class. */
export function ScoreBarChart({ data, title, height, badge, barName = 'Index', cityLabel = 'Malmö = 100' }: { data: BarDatum[]; title: string; height?: number; badge?: ReactNode; barName?: string; cityLabel?: string }) {
  const rows = data.map((d) => ({ ...d, value: d.score ?? 0 }));
  return (
    <figure className="chart">
      <figcaption>
        {title} {badge}
      </figcaption>
      <ResponsiveContainer width="100%" height={height ?? Math.max(140, data.length * 28 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#ddd" />
          <XAxis type="number" domain={[0, (max: number) => Math.max(150, Math.ceil(max / 50) * 50)]} ticks={[0, 50, 100, 150]} tickFormatter={(v: number) => formatNumber(v)} interval={0} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => fmt(v)} />
          <ReferenceLine x={100} stroke="#000" strokeDasharray="4 3" label={{ value: cityLabel, position: 'insideTopRight', fontSize: 11 }} />
          <Bar dataKey="value" isAnimationActive={false} name={barName}>
            {rows.map((d, i) => {
              const cls = classify(d.score);
              return <Cell key={i} fill={cls === null ? MISSING_COLOR : CLASS_COLORS[cls]} stroke="#333" />;
            })}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export interface TrendSeries {
  id: string;
  label: string;
}

/** One line per series over the years; gaps where a score is missing. */
export function TrendChart({ data, series, title, badge }: { data: Record<string, number | null | string>[]; series: TrendSeries[]; title: string; badge?: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>
        {title} {badge}
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#ddd" />
          <XAxis dataKey="year" />
          <YAxis domain={['auto', 'auto']} tickFormatter={(v: number) => formatNumber(v)} width={44} interval={0} />
          <Tooltip formatter={(v) => fmt(v)} />
          <ChartLegend />
          <ReferenceLine y={100} stroke="#000" strokeDasharray="4 3" />
          {series.map((s, i) => (
            <Line key={s.id} dataKey={s.id} name={s.label} stroke={LINE_COLORS[i % LINE_COLORS.length]} strokeWidth={2} dot isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Grouped bars: one group per dimension, one bar per compared area. */
export function CompareBarChart({ data, series, title, badge }: { data: Record<string, number | null | string>[]; series: TrendSeries[]; title: string; badge?: ReactNode }) {
  return (
    <figure className="chart">
      <figcaption>
        {title} {badge}
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} stroke="#ddd" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={(v: number) => formatNumber(v)} width={44} interval={0} />
          <Tooltip formatter={(v) => fmt(v)} />
          <ChartLegend />
          <ReferenceLine y={100} stroke="#000" strokeDasharray="4 3" />
          {series.map((s, i) => (
            <Bar key={s.id} dataKey={s.id} name={s.label} fill={LINE_COLORS[i % LINE_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export interface SparkPoint {
  year: number;
  /** The value where it is real statistics, else null (drawn solid, filled dots). */
  real: number | null;
  /** The value where it is example data, else null (drawn dashed, hollow dots). */
  example: number | null;
  city: number | null;
}

/**
 * One indicator's values over the years, small: real values solid with filled dots, example values
 * dashed with hollow dots (told apart by line and dot, not by colour), the city's value as a thin
 * grey line. Decoration beside a table with the same numbers, so hidden from assistive technology
 * and out of the tab order (recharts' accessibility layer makes the svg focusable).
 */
export function Sparkline({ data }: { data: SparkPoint[] }) {
  const hollow = { r: 2.5, fill: '#fff', stroke: '#0b5c8a', strokeWidth: 1.5 };
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart width={112} height={34} data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={['dataMin - 1', 'dataMax + 1']} />
        <XAxis hide dataKey="year" />
        <Line dataKey="city" stroke="#8a8a8a" strokeWidth={1} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="example" stroke="#0b5c8a" strokeWidth={1.5} strokeDasharray="3 2" dot={hollow} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="real" stroke="#0b5c8a" strokeWidth={2} dot={{ r: 2.5, fill: '#0b5c8a', stroke: '#0b5c8a' }} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </div>
  );
}
