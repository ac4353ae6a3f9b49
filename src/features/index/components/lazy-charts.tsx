import { Suspense, lazy, type ComponentProps } from 'react';

// recharts is the second-largest dependency: its own chunk, fetched when the browser is idle after
// start, so that the first area selection renders the charts in the same commit (no fallback).
type Charts = typeof import('./index-charts');
let loaded: Charts | null = null;
let pending: Promise<Charts> | null = null;
const charts = () => (pending ??= import('./index-charts').then((m) => (loaded = m)));
if (typeof window !== 'undefined' && 'requestIdleCallback' in window) requestIdleCallback(() => void charts(), { timeout: 10_000 });
const ScoreBarChartLazy = lazy(() => charts().then((m) => ({ default: m.ScoreBarChart })));
const TrendChartLazy = lazy(() => charts().then((m) => ({ default: m.TrendChart })));
const CompareBarChartLazy = lazy(() => charts().then((m) => ({ default: m.CompareBarChart })));

const fallback = <p className="chart-loading">…</p>;

export const ScoreBarChart = (p: ComponentProps<Charts['ScoreBarChart']>) =>
  loaded ? (
    <loaded.ScoreBarChart {...p} />
  ) : (
    <Suspense fallback={fallback}>
      <ScoreBarChartLazy {...p} />
    </Suspense>
  );
export const TrendChart = (p: ComponentProps<Charts['TrendChart']>) =>
  loaded ? (
    <loaded.TrendChart {...p} />
  ) : (
    <Suspense fallback={fallback}>
      <TrendChartLazy {...p} />
    </Suspense>
  );
export const CompareBarChart = (p: ComponentProps<Charts['CompareBarChart']>) =>
  loaded ? (
    <loaded.CompareBarChart {...p} />
  ) : (
    <Suspense fallback={fallback}>
      <CompareBarChartLazy {...p} />
    </Suspense>
  );
