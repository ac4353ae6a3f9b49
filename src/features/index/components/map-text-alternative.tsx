import { memo, useMemo, useState } from 'react';
import { formatNumber } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { classLabel, classify, legendClasses } from '../classes';
import type { IndexModel } from '../model';
import { mapSummary, rankingRows, type AreaName } from '../summary';

/**
 * The map's text alternative (WCAG 1.1.1): a summary read out politely when it changes, and a
 * table of every area with the value and class the map colours it by.
 */
// Memoised: with finer geography the summary ranks thousands of areas, and the app re-renders often.
export const MapTextAlternative = memo(function MapTextAlternative({
  model,
  areas,
  counts,
  extra,
  t,
}: {
  model: IndexModel;
  areas: AreaName[];
  counts?: Record<string, number>;
  /** A column for what else the map draws on the areas (the insatsområden), by area slug. */
  extra?: { title: string; values: Record<string, string> };
  t: Messages;
}) {
  // The table is built only while it is open: it can have thousands of rows with finer geography.
  const [open, setOpen] = useState(false);
  const summary = useMemo(() => mapSummary(model, areas, t), [model, areas, t]);
  const classes = legendClasses();
  const rows = open ? [...rankingRows(model, areas)].sort((a, b) => a.name.localeCompare(b.name, 'sv')) : [];
  return (
    <div className="map-text" data-open={open || undefined}>
      <p className="map-summary" role="status" aria-live="polite">
        {summary}
      </p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t.mapTableTitle}</summary>
        {/* Its own bounded scroll box, focusable and named for keyboard scrolling: the open table
            must not spill out of the map's section over the footer. */}
        <div className="map-table" tabIndex={0} role="region" aria-label={t.mapTableTitle}>
          <table className="data-table">
            <caption className="visually-hidden">{t.mapTableTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colArea}</th>
                <th scope="col">{t.colScore}</th>
                <th scope="col">{t.colClass}</th>
                <th scope="col">{t.colRank}</th>
                {counts && <th scope="col">{t.colInitiatives}</th>}
                {extra && <th scope="col">{extra.title}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const cls = classify(r.score);
                return (
                  <tr key={r.slug}>
                    <th scope="row">{r.name}</th>
                    <td>{r.score === null ? t.missing : formatNumber(r.score, 1)}</td>
                    <td>{cls === null ? t.missing : classLabel(classes[cls]!, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove })}</td>
                    <td>{r.rank ?? '–'}</td>
                    {counts && <td>{counts[r.slug] ?? 0}</td>}
                    {extra && <td>{extra.values[r.slug] ?? '–'}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
});
