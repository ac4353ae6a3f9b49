/**
 * recharts views of the index, in their own chunk (loaded on first use). Every chart has a table
 * with the same numbers beside it, so nothing is told by a chart alone.
 *
 * Axes with a handful of ticks have `interval={0}` (show every tick): otherwise recharts measures
 * each tick label in the DOM to decide which to drop, a forced layout per label, which was ~50 ms
 * of selecting an area with 6,000 areas (docs/performance.md).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Bar, BarChart, CartesianGrid, Cell, Legend as ChartLegend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';
import { CLASS_COLORS, MISSING_COLOR, classify } from '../classes';

const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 1) : String(v ?? ''));
const LINE_COLORS = ['#0b5c8a', '#b3400a', '#2e7d32', '#6a3d9a', '#8c564b', '#d62728'];

/** How near the viewport (px) a chart is drawn: scrolling reaches it drawn. */
const NEAR_PX = 400;

/**
 * A chart's figure, the chart drawn at the figure's width once the figure is near the viewport
 * (an IntersectionObserver) or the page is printed. Selecting an area is then the profile's text:
 * recharts drawing charts nobody could see yet (in a profile at the desk, all of them below the
 * fold) was two thirds of the app's work, and reading the width at once forced a layout. The
 * charts follow in a later frame; the box keeps its height meanwhile, so nothing moves when one
 * is drawn. Later changes of width (a rotated phone, a wider window) come through a ResizeObserver.
 */
function ChartFigure({ caption, height, children }: { caption: ReactNode; height: number; children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const show = () => {
      setWidth(el.clientWidth);
      setNear(true);
    };
    // (No observers, as in jsdom: drawn at once, at the width the figure has.)
    if (typeof ResizeObserver === 'undefined' || typeof IntersectionObserver === 'undefined') return show();
    const resize = new ResizeObserver(() => setWidth(el.clientWidth));
    const intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        intersection.disconnect();
        show();
        resize.observe(el);
      },
      { rootMargin: `${NEAR_PX}px 0px` },
    );
    intersection.observe(el);
    // Printing lays out every chart: drawn before the print layout, in the same task.
    const print = matchMedia('print');
    const forPrint = () => flushSync(show);
    const onMedia = () => print.matches && forPrint();
    addEventListener('beforeprint', forPrint);
    print.addEventListener('change', onMedia);
    return () => {
      resize.disconnect();
      intersection.disconnect();
      removeEventListener('beforeprint', forPrint);
      print.removeEventListener('change', onMedia);
    };
  }, []);
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div ref={ref} className="chart-box" style={{ height }}>
        {near && width > 0 && children(width)}
      </div>
    </figure>
  );
}

export interface BarDatum {
  label: string;
  score: number | null;
}

/** Horizontal bars around Malmö = 100, coloured by index class. */
export function ScoreBarChart({ data, title, height, badge, barName = 'Index', cityLabel = 'Malmö = 100' }: { data: BarDatum[]; title: string; height?: number; badge?: ReactNode; barName?: string; cityLabel?: string }) {
  const rows = data.map((d) => ({ ...d, value: d.score ?? 0 }));
  const h = height ?? Math.max(140, data.length * 28 + 40);
  return (
    <ChartFigure caption={<>{title} {badge}</>} height={h}>
      {(width) => (
        <BarChart width={width} height={h} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
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
      )}
    </ChartFigure>
  );
}

export interface TrendSeries {
  id: string;
  label: string;
}

/** One line per series over the years; gaps where a score is missing. */
export function TrendChart({ data, series, title, badge }: { data: Record<string, number | null | string>[]; series: TrendSeries[]; title: string; badge?: ReactNode }) {
  return (
    <ChartFigure caption={<>{title} {badge}</>} height={220}>
      {(width) => (
        <LineChart width={width} height={220} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
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
      )}
    </ChartFigure>
  );
}

/** Grouped bars: one group per dimension, one bar per compared area. */
export function CompareBarChart({ data, series, title, badge }: { data: Record<string, number | null | string>[]; series: TrendSeries[]; title: string; badge?: ReactNode }) {
  return (
    <ChartFigure caption={<>{title} {badge}</>} height={260}>
      {(width) => (
        <BarChart width={width} height={260} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
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
      )}
    </ChartFigure>
  );
}
