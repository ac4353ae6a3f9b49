import { memo } from 'react';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import type { IndexModel } from '../model';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { ScoreBarChart, TrendChart } from './lazy-charts';
import { IndicatorSeries } from './indicator-series';

const score = (s: number | null | undefined, t: Messages) => (s === null || s === undefined ? t.missing : formatNumber(s, 1));

type Props = { model: IndexModel; area: string; areaCount: number; t: Messages };

/**
 * Nothing here depends on the map's layer: a change of layer keeps the year's results (the same
 * object, use-index-model.ts) and so skips this profile and its charts (docs/performance.md).
 */
const sameProfile = (a: Props, b: Props) => a.area === b.area && a.areaCount === b.areaCount && a.t === b.t && a.model.results === b.model.results && a.model.definition === b.model.definition && a.model.custom === b.model.custom && a.model.year === b.model.year;

/** The index part of an area's profile: composite, dimensions, indicators and their trend. */
export const AreaIndexProfile = memo(function AreaIndexProfile({ model, area, areaCount, t }: Props) {
  const r = model.results[area];
  if (!r) return null;
  const robust = model.robustnessOf(area);
  const badge = <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />;
  const trend = model.trendOf(area).map(({ year, dimensions }) => ({ year: String(year), ...dimensions }));
  return (
    <section className="index-profile" aria-labelledby="index-profile-title">
      <h3 id="index-profile-title">{t.indexHeading(model.year)}</h3>
      <p className="composite">
        {/* The definition's name: with a weighting of one's own it says so ("egen viktning"). */}
        <span className="composite-label">{model.custom ? model.definition.compositeLabel : t.compositeScore}:</span> <strong className="composite-score">{score(r.composite.score, t)}</strong>
        {r.composite.rank !== null && <> ({t.rankOf(r.composite.rank, areaCount)})</>} {r.composite.containsExample && badge}
      </p>
      <p className="small">
        {t.rankExplain} {robust && t.robustness(robust.min, robust.max)}
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t.colDimension}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colDimension}</th>
            <th scope="col">{t.colScore}</th>
            <th scope="col">{t.colRank}</th>
            <th scope="col">{t.colData}</th>
          </tr>
        </thead>
        <tbody>
          {model.definition.dimensions.map((d) => {
            const s = r.dimensions[d.id]!;
            return (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{score(s.score, t)}</td>
                <td>{s.rank ?? '–'}</td>
                <td>{s.containsExample ? badge : s.score === null ? t.missing : t.realData}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ScoreBarChart title={t.dimensionsChartTitle} barName={t.chartIndex} cityLabel={t.chartCityLine} badge={r.composite.containsExample ? badge : undefined} data={model.definition.dimensions.map((d) => ({ label: d.name, score: r.dimensions[d.id]?.score ?? null }))} />
      <h4>{t.indicatorsHeading}</h4>
      <TableScroll label={t.indicatorsHeading}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.colIndicator}</th>
              <th scope="col">{t.colValue}</th>
              <th scope="col">{t.colCity}</th>
              <th scope="col">{t.colScore}</th>
              <th scope="col">{t.colRank}</th>
            </tr>
          </thead>
          <tbody>
            {model.definition.dimensions.flatMap((d) =>
              d.indicators.map((ind) => {
                const v = r.indicators[ind.id]!;
                return (
                  <tr key={ind.id}>
                    <th scope="row">
                      {ind.name} {v.status === 'exempel' ? badge : v.status === 'verklig' ? <span className="badge-real">{t.realData}</span> : null}
                    </th>
                    <td>{v.value === null ? t.missing : formatPercent(v.value)}</td>
                    <td>{v.cityValue === null ? '–' : formatPercent(v.cityValue)}</td>
                    <td>{score(v.score, t)}</td>
                    <td>{v.rank ?? '–'}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </TableScroll>
      <TrendChart title={t.trendChartTitle} badge={model.definition.dimensions.some((d) => d.indicators.some((i) => i.status === 'exempel')) ? badge : undefined} data={trend} series={model.definition.dimensions.map((d) => ({ id: d.id, label: d.name }))} />
      <IndicatorSeries model={model} area={area} t={t} />
      {r.composite.containsExample && <p className="small">{t.containsExample}: {t.exampleDataTitle}.</p>}
    </section>
  );
}, sameProfile);
