import { formatNumber } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { classLabel, classify, legendClasses } from '../classes';
import type { IndexModel } from '../model';
import { rankingRows, type AreaName } from '../summary';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { ScoreBarChart } from './lazy-charts';

export function RankingView({ model, areas, onSelect, selected, t }: { model: IndexModel; areas: AreaName[]; onSelect: (slug: string) => void; selected: string | null; t: Messages }) {
  const rows = rankingRows(model, areas);
  const classes = legendClasses();
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">
        {t.rankingHeading(model.layer.label, model.year)} {model.layerHasExample && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </h2>
      <ScoreBarChart title={t.rankingChartTitle} barName={t.chartIndex} cityLabel={t.chartCityLine} badge={model.layerHasExample ? <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} /> : undefined} data={rows.map((r) => ({ label: r.name, score: r.score }))} />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.colRank}</th>
            <th scope="col">{t.colArea}</th>
            <th scope="col">{t.colScore}</th>
            <th scope="col">{t.colClass}</th>
            <th scope="col">{t.colData}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const cls = classify(r.score);
            return (
              <tr key={r.slug} aria-current={r.slug === selected ? 'true' : undefined}>
                <td>{r.rank ?? '–'}</td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(r.slug)} aria-label={t.showInMap(r.name)}>
                    {r.name}
                  </button>
                </th>
                <td>{r.score === null ? t.missing : formatNumber(r.score, 1)}</td>
                <td>{cls === null ? t.missing : classLabel(classes[cls]!, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove })}</td>
                <td>{r.example ? <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} /> : r.score === null ? '–' : t.realData}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small">{t.rankExplain}</p>
    </section>
  );
}
