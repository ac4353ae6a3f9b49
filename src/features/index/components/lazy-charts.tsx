import { Suspense, type ComponentType, type JSX } from 'react';
import { moduleLoader } from '../../../lib/module-loader';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { whenIdle } from '../../../lib/idle';

// recharts is the second-largest dependency: its own chunk, fetched when the browser is idle once
// the app has started (preloadCharts), so that the first area selection renders the charts in the
// same commit (no fallback).
type Charts = typeof import('./index-charts');
const charts = moduleLoader(() => import('./index-charts'));
export const preloadCharts = () => whenIdle(() => void charts.load().catch(() => undefined), 10_000);

const fallback = <p className="chart-loading">…</p>;

/** A chart from the chunk: rendered directly once the chunk is in, through Suspense before. */
function chart<P extends object>(pick: (m: Charts) => ComponentType<P>) {
  const Lazy = retryableLazy<P>(() => charts.load().then((m) => ({ default: pick(m) })));
  return function Chart(p: P) {
    const m = charts.loaded();
    const Loaded = m ? pick(m) : null;
    const props = p as P & JSX.IntrinsicAttributes;
    return Loaded ? (
      <Loaded {...props} />
    ) : (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const ScoreBarChart = chart((m) => m.ScoreBarChart);
export const TrendChart = chart((m) => m.TrendChart);
export const CompareBarChart = chart((m) => m.CompareBarChart);
