import { Suspense } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import { formatNumber } from '../../../lib/format';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import type { Facet } from '../filters';
import { whoWhatWhere, type MatrixArea } from '../model';
import type { ScatterPoint } from './needs-scatter';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { retryableLazy } from '../../../lib/retryable-lazy';

const NeedsScatter = retryableLazy(() => import('./needs-scatter'));

/** `title`: the official, longer name (the column header's tooltip). */
export type AreaRef = MatrixArea;

/**
 * One count table: the values (organisations, dimensions) as rows and the areas as columns, so
 * that 14 short area names head the columns and long organisation names read across, unrotated.
 */
function Matrix({
  caption,
  rowHeader,
  areas,
  rows,
  cells,
  rowLabel,
  onCell,
  t,
}: {
  caption: string;
  rowHeader: string;
  areas: AreaRef[];
  rows: string[];
  /** Counts by area, then by row value. */
  cells: Record<string, Record<string, number>>;
  rowLabel: (id: string) => string;
  onCell: (area: string, row: string) => void;
  t: Messages;
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {areas.map((a) => (
              <th scope="col" key={a.slug}>
                <abbr title={a.title ?? a.name}>{a.name}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{rowLabel(r)}</th>
              {areas.map((a) => {
                const n = cells[a.slug]?.[r] ?? 0;
                return (
                  <td key={a.slug} className={n ? `heat heat-${Math.min(n, 4)}` : 'empty'}>
                    {n ? (
                      <button type="button" className="cell-button" aria-label={t.matrixCell(n, a.name, rowLabel(r))} onClick={() => onCell(a.slug, r)}>
                        {n}
                      </button>
                    ) : (
                      <span aria-label="0">·</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * "Who does what where": areas × organisations and areas × dimensions, and need against effort.
 * The platform's tool for spotting parallel efforts and gaps.
 */
export function MatrixView({
  items,
  areas,
  scores,
  scoreLabel,
  scoreExample,
  dimensions,
  onCell,
  onSelectArea,
  labels,
  t,
}: {
  items: Initiative[];
  areas: AreaRef[];
  scores: Record<string, number | null>;
  scoreLabel: string;
  /** The scores include example data: say so next to the chart and table. */
  scoreExample: boolean;
  dimensions: string[];
  onCell: (area: string, facet: Facet, value: string) => void;
  onSelectArea: (slug: string) => void;
  labels: Labeller;
  t: Messages;
}) {
  const { areas: sorted, byOrg, orgRows, byDim, dimRows, counts, medianCount } = whoWhatWhere(items, areas, dimensions, labels);
  const points: ScatterPoint[] = sorted
    .filter((a) => scores[a.slug] !== null && scores[a.slug] !== undefined)
    .map((a) => ({ slug: a.slug, name: a.name, score: Math.round(scores[a.slug]! * 10) / 10, count: counts[a.slug] ?? 0 }));

  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t.viewMatrix}</h2>
      <p className="small">{t.matrixHint}</p>
      <Matrix
        caption={t.matrixOrgHeading}
        rowHeader={t.facetOrganisation}
        areas={sorted}
        rows={orgRows}
        cells={byOrg}
        rowLabel={labels.organisation}
        onCell={(a, r) => onCell(a, 'organisation', r)}
        t={t}
      />
      <Matrix
        caption={t.matrixDimHeading}
        rowHeader={t.facetDimension}
        areas={sorted}
        rows={dimRows}
        cells={byDim}
        rowLabel={labels.dimension}
        onCell={(a, r) => onCell(a, 'dimension', r)}
        t={t}
      />
      <h3>
        {t.scatterHeading} {scoreExample && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </h3>
      <p className="small">{t.scatterHint(scoreLabel)}</p>
      <figure className="chart scatter" aria-label={t.scatterHeading}>
        <Suspense fallback={<p>…</p>}>
          <NeedsScatter points={points} medianCount={medianCount} xLabel={t.scatterX} yLabel={t.scatterY} onSelect={onSelectArea} />
        </Suspense>
      </figure>
      <table className="data-table">
        <caption className="visually-hidden">{t.scatterHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colArea}</th>
            <th scope="col">{t.scatterX}</th>
            <th scope="col">{t.scatterY}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.slug}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelectArea(a.slug)}>
                  {a.name}
                </button>
              </th>
              <td>{scores[a.slug] === null || scores[a.slug] === undefined ? t.missing : formatNumber(scores[a.slug]!, 1)}</td>
              <td>{counts[a.slug] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
