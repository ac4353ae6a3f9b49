import { formatNumber, formatPercent } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import type { IndexModel } from '../model';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { CompareBarChart } from './lazy-charts';
import type { AreaName } from '../summary';

export const MAX_COMPARE = 4;

export function CompareView({
  model,
  areas,
  chosen,
  onChange,
  t,
}: {
  model: IndexModel;
  areas: AreaName[];
  chosen: string[];
  onChange: (slugs: string[]) => void;
  t: Messages;
}) {
  const picked = chosen.map((slug) => areas.find((a) => a.slug === slug)).filter((a): a is AreaName => Boolean(a));
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const badge = <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />;
  const toggle = (slug: string, on: boolean) => onChange(on ? [...chosen, slug] : chosen.filter((s) => s !== slug));
  const cell = (s: number | null | undefined) => (s === null || s === undefined ? t.missing : formatNumber(s, 1));

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">
        {t.compareHeading} – {model.year}
      </h2>
      <fieldset className="compare-pick">
        <legend>{t.comparePick}</legend>
        {sorted.map((a) => {
          const on = chosen.includes(a.slug);
          return (
            <label key={a.slug}>
              <input type="checkbox" checked={on} disabled={!on && chosen.length >= MAX_COMPARE} onChange={(e) => toggle(a.slug, e.target.checked)} /> {a.name}
            </label>
          );
        })}
        {chosen.length >= MAX_COMPARE && <p className="small">{t.compareMax}</p>}
      </fieldset>
      {picked.length < 2 ? (
        <p>{t.compareNeedTwo}</p>
      ) : (
        <>
          <CompareBarChart
            title={t.dimensionsChartTitle}
            badge={picked.some((a) => model.results[a.slug]?.composite.containsExample) ? badge : undefined}
            series={picked.map((a) => ({ id: a.slug, label: a.name }))}
            data={[
              { label: model.definition.compositeLabel, ...Object.fromEntries(picked.map((a) => [a.slug, model.results[a.slug]?.composite.score ?? null])) },
              ...model.definition.dimensions.map((d) => ({ label: d.name, ...Object.fromEntries(picked.map((a) => [a.slug, model.results[a.slug]?.dimensions[d.id]?.score ?? null])) })),
            ]}
          />
          <TableScroll label={t.compareHeading}>
            <table className="data-table compare-table">
              <thead>
                <tr>
                  <th scope="col">{t.colIndicator}</th>
                  {picked.map((a) => (
                    <th scope="col" key={a.slug}>
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className="row-composite">
                  <th scope="row">{model.definition.compositeLabel}</th>
                  {picked.map((a) => {
                    const c = model.results[a.slug]?.composite;
                    return (
                      <td key={a.slug}>
                        {cell(c?.score)} {c?.rank ? `(${c.rank})` : ''} {c?.containsExample && badge}
                      </td>
                    );
                  })}
                </tr>
                {model.definition.dimensions.flatMap((d) => [
                  <tr key={d.id} className="row-dimension">
                    <th scope="row">{d.name}</th>
                    {picked.map((a) => {
                      const s = model.results[a.slug]?.dimensions[d.id];
                      return (
                        <td key={a.slug}>
                          {cell(s?.score)} {s?.rank ? `(${s.rank})` : ''} {s?.containsExample && badge}
                        </td>
                      );
                    })}
                  </tr>,
                  ...d.indicators.map((ind) => (
                    <tr key={ind.id}>
                      <th scope="row" className="indent">
                        {ind.name} {ind.status === 'exempel' && badge}
                      </th>
                      {picked.map((a) => {
                        const v = model.results[a.slug]?.indicators[ind.id];
                        return (
                          <td key={a.slug}>
                            {cell(v?.score)}
                            {v?.value !== null && v?.value !== undefined && <span className="muted"> ({formatPercent(v.value)})</span>}
                          </td>
                        );
                      })}
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </TableScroll>
          <p className="small">
            {t.colScore}: Malmö = 100. {t.rankExplain}
          </p>
        </>
      )}
    </section>
  );
}
