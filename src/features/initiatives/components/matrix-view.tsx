import { Suspense, lazy } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import { formatNumber } from '../../../lib/format';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { countByArea, type Facet } from '../filters';
import { matrix, median } from '../model';
import type { ScatterPoint } from './needs-scatter';
import { ExampleBadge } from '../../../lib/components/example-badge';

const NeedsScatter = lazy(() => import('./needs-scatter'));

export interface AreaRef {
  slug: string;
  name: string;
}

function Matrix({
  caption,
  areas,
  columns,
  cells,
  columnLabel,
  columnTitle,
  onCell,
  t,
}: {
  caption: string;
  areas: AreaRef[];
  columns: string[];
  cells: Record<string, Record<string, number>>;
  columnLabel: (id: string) => string;
  columnTitle: (id: string) => string;
  onCell: (area: string, column: string) => void;
  t: Messages;
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colArea}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                <abbr title={columnTitle(c)}>{columnLabel(c)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.slug}>
              <th scope="row">{a.name}</th>
              {columns.map((c) => {
                const n = cells[a.slug]?.[c] ?? 0;
                return (
                  <td key={c} className={n ? `heat heat-${Math.min(n, 4)}` : 'empty'}>
                    {n ? (
                      <button type="button" className="cell-button" aria-label={t.matrixCell(n, a.name, columnTitle(c))} onClick={() => onCell(a.slug, c)}>
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
  const sorted = [...areas].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const slugs = sorted.map((a) => a.slug);
  const byOrg = matrix(items, slugs, (i) => [...i.lead, ...i.partners]);
  const orgColumns = [...new Set(Object.values(byOrg).flatMap((row) => Object.keys(row)))].sort((a, b) =>
    labels.organisationShort(a).localeCompare(labels.organisationShort(b), 'sv'),
  );
  const byDim = matrix(items, slugs, (i) => i.dimensions);
  // Every dimension, also those without any initiative: the gaps are the point.
  const dimColumns = dimensions;
  const counts = countByArea(items, slugs);
  const medianCount = median(Object.values(counts));
  const points: ScatterPoint[] = sorted
    .filter((a) => scores[a.slug] !== null && scores[a.slug] !== undefined)
    .map((a) => ({ slug: a.slug, name: a.name, score: Math.round(scores[a.slug]! * 10) / 10, count: counts[a.slug] ?? 0 }));

  return (
    <section className="matrix-view" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t.viewMatrix}</h2>
      <p className="small">{t.matrixHint}</p>
      <Matrix
        caption={t.matrixOrgHeading}
        areas={sorted}
        columns={orgColumns}
        cells={byOrg}
        columnLabel={labels.organisationShort}
        columnTitle={labels.organisation}
        onCell={(a, c) => onCell(a, 'organisation', c)}
        t={t}
      />
      <Matrix
        caption={t.matrixDimHeading}
        areas={sorted}
        columns={dimColumns}
        cells={byDim}
        columnLabel={labels.dimension}
        columnTitle={labels.dimension}
        onCell={(a, c) => onCell(a, 'dimension', c)}
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
