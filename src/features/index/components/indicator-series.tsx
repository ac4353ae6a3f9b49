import type { Messages } from '../../../lib/copy/sv';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { TableScroll } from '../../../lib/components/table-scroll';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { IndicatorDefinition } from '../api/index-definition';
import type { IndexModel } from '../model';
import type { SeriesPoint } from '../series';
import { Sparkline } from './sparkline';

const valueText = (v: number, unit: IndicatorDefinition['unit']) => (unit === 'andel' ? formatPercent(v) : formatNumber(v, 1));

/**
 * Each indicator of an area over every year the data has: a small line per indicator (real values
 * solid, example values dashed) and, folded, a table with the same numbers. Below the profile's
 * key figures, so it never pushes them down.
 */
export function IndicatorSeries({ model, area, t }: { model: IndexModel; area: string; t: Messages }) {
  const series = model.indicatorSeriesOf(area);
  const { years } = model;
  if (years.length < 2) return null;
  const indicators = model.definition.dimensions.flatMap((d) => d.indicators);
  const badge = <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />;
  const anyExample = indicators.some((ind) => series[ind.id]?.some((p) => p.status === 'exempel'));
  const latest = (points: SeriesPoint[]) => [...points].reverse().find((p) => p.value !== null);
  return (
    <section className="indicator-series" aria-labelledby="indicator-series-title">
      <h4 id="indicator-series-title">
        {t.seriesHeading(years[0]!, years[years.length - 1]!)} {anyExample && badge}
      </h4>
      <p className="small">{t.seriesHint}</p>
      <ul className="series-list">
        {indicators.map((ind) => {
          const points = series[ind.id] ?? [];
          const last = latest(points);
          return (
            <li key={ind.id} data-indicator={ind.id}>
              <span className="series-name">
                {ind.name}
                <span className="series-last">
                  {last ? `${valueText(last.value!, ind.unit)} (${last.year})` : t.seriesNone} {last?.status === 'exempel' && badge}
                </span>
              </span>
              <Sparkline data={points.map((p) => ({ year: p.year, real: p.status === 'verklig' ? p.value : null, example: p.status === 'exempel' ? p.value : null, city: p.cityValue }))} />
            </li>
          );
        })}
      </ul>
      <details className="series-table">
        <summary>{t.seriesTable}</summary>
        <TableScroll label={t.seriesTable}>
          <table className="data-table">
            <caption className="visually-hidden">{t.seriesHeading(years[0]!, years[years.length - 1]!)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colIndicator}</th>
                {years.map((y) => (
                  <th scope="col" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {indicators.map((ind) => {
                const points = series[ind.id] ?? [];
                const statuses = new Set(points.map((p) => p.status).filter((s) => s !== null));
                return (
                  <tr key={ind.id}>
                    <th scope="row">
                      {ind.name} {statuses.has('exempel') ? badge : statuses.has('verklig') ? <span className="badge-real">{t.realData}</span> : null}
                    </th>
                    {points.map((p) => (
                      <td key={p.year}>
                        {p.value === null ? '–' : valueText(p.value, ind.unit)}
                        {/* A row of both kinds marks each example value itself. */}
                        {p.status === 'exempel' && statuses.size > 1 && <> {badge}</>}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
