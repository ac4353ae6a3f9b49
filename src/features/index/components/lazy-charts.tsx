import { Suspense, lazy, type ComponentProps } from 'react';

// recharts is the second-largest dependency; it loads when a chart is first shown.
const charts = () => import('./index-charts');
const ScoreBarChartLazy = lazy(() => charts().then((m) => ({ default: m.ScoreBarChart })));
const TrendChartLazy = lazy(() => charts().then((m) => ({ default: m.TrendChart })));
const CompareBarChartLazy = lazy(() => charts().then((m) => ({ default: m.CompareBarChart })));

type Charts = typeof import('./index-charts');
const fallback = <p className="chart-loading">…</p>;

export const ScoreBarChart = (p: ComponentProps<Charts['ScoreBarChart']>) => (
  <Suspense fallback={fallback}>
    <ScoreBarChartLazy {...p} />
  </Suspense>
);
export const TrendChart = (p: ComponentProps<Charts['TrendChart']>) => (
  <Suspense fallback={fallback}>
    <TrendChartLazy {...p} />
  </Suspense>
);
export const CompareBarChart = (p: ComponentProps<Charts['CompareBarChart']>) => (
  <Suspense fallback={fallback}>
    <CompareBarChartLazy {...p} />
  </Suspense>
);
