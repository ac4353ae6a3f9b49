export interface SparkPoint {
  year: number;
  /** The value where it is real statistics, else null (drawn solid, filled dots). */
  real: number | null;
  /** The value where it is example data, else null (drawn dashed, hollow dots). */
  example: number | null;
  city: number | null;
}

const W = 112;
const H = 34;
const M = 4;
const BLUE = '#0b5c8a';

type Key = 'real' | 'example' | 'city';

/**
 * The polylines of one series in the box (years evenly spaced, values from the lowest to the
 * highest of all three series with 1 unit of room, as the charts' domain): one run of points per
 * stretch without a gap, so a missing year breaks the line.
 */
export function sparkGeometry(data: readonly SparkPoint[], key: Key): { runs: [number, number][][]; points: [number, number][] } {
  const values = data.flatMap((d) => [d.real, d.example, d.city]).filter((v): v is number => v !== null);
  if (values.length === 0) return { runs: [], points: [] };
  const lo = Math.min(...values) - 1;
  const hi = Math.max(...values) + 1;
  const x = (i: number) => (data.length === 1 ? W / 2 : M + (i * (W - 2 * M)) / (data.length - 1));
  const y = (v: number) => H - M - ((v - lo) / (hi - lo)) * (H - 2 * M);
  const runs: [number, number][][] = [];
  const points: [number, number][] = [];
  let run: [number, number][] = [];
  data.forEach((d, i) => {
    const v = d[key];
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const p: [number, number] = [Math.round(x(i) * 10) / 10, Math.round(y(v) * 10) / 10];
    run.push(p);
    points.push(p);
  });
  if (run.length) runs.push(run);
  return { runs, points };
}

const path = (runs: [number, number][][]) => runs.map((r) => `M${r.map(([x, y]) => `${x},${y}`).join('L')}`).join('');

/**
 * One indicator's values over the years, small: real values solid with filled dots, example values
 * dashed with hollow dots (told apart by line and dot, not by colour), the city's value as a thin
 * grey line. Plain SVG rather than a chart of the charts chunk: an area's profile has twelve, and
 * twelve chart instances were most of the work of selecting an area (docs/performance.md,
 * "Välja område"). Decoration beside a table with the same numbers: hidden from assistive
 * technology.
 */
export function Sparkline({ data }: { data: readonly SparkPoint[] }) {
  const city = sparkGeometry(data, 'city');
  const example = sparkGeometry(data, 'example');
  const real = sparkGeometry(data, 'real');
  return (
    <div className="sparkline" aria-hidden="true">
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} focusable="false">
        <path className="spark-city" d={path(city.runs)} fill="none" stroke="#8a8a8a" strokeWidth={1} />
        <path className="spark-example" d={path(example.runs)} fill="none" stroke={BLUE} strokeWidth={1.5} strokeDasharray="3 2" />
        <path className="spark-real" d={path(real.runs)} fill="none" stroke={BLUE} strokeWidth={2} />
        {example.points.map(([x, y]) => (
          <circle key={`e${x}`} className="spark-dot" cx={x} cy={y} r={2.5} fill="#fff" stroke={BLUE} strokeWidth={1.5} />
        ))}
        {real.points.map(([x, y]) => (
          <circle key={`r${x}`} className="spark-dot" cx={x} cy={y} r={2.5} fill={BLUE} stroke={BLUE} />
        ))}
      </svg>
    </div>
  );
}
