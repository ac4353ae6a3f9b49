import { useRef, useState } from 'react';
import { exampleOf, scoreOf } from '../../features/index/model';
import { RetryNotice } from '../../lib/components/retry-notice';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { useUrlState } from '../url/url-state';
import { mapHandle } from '../views/map-handle';
import { composeMapPng } from './export-png';
import { mapPictureText } from './map-picture';

/** The exporters' chunk did not load (offline before the service worker had it). */
class ExportersUnavailable extends Error {}

// CSV writing (papaparse) loads on the first export, not with the page. import() is called anew on
// every export, never kept: a rejected promise held on to would make "Försök igen" fail for good.
const exporters = () =>
  import('./exporters').catch((cause: unknown) => {
    throw new ExportersUnavailable('exporters', { cause });
  });

/** The buttons whose export can fail to load, by their copy key (stable across languages). */
type ExportKey = 'exportCompareCsv' | 'exportMatrixCsv' | 'exportNeedsCsv' | 'exportIndexCsv' | 'exportInitiativesCsv' | 'exportMapPng';

/**
 * "Ladda ner": the index and the register as CSV, the map as PNG, and printing the view (print.css);
 * in the comparison and the matrix also what those views show (docs/exports.md).
 */
export function ExportsPanel() {
  const { t } = useCopy();
  const url = useUrlState();
  const { index, areaItems, register, selection, selected, areaName } = useAppData();
  const { model } = index;
  const { labels } = register;
  // The export whose chunk did not load: its message and "Försök igen" stay until a retry.
  const [failed, setFailed] = useState<ExportKey | null>(null);
  const buttons = useRef<Partial<Record<ExportKey, HTMLButtonElement | null>>>({});
  const csvAreas = (areaItems ?? []).map((a) => ({ slug: a.properties.slug, name: a.properties.name, officialName: a.properties.officialName }));
  const compared = url.compare.map((slug) => csvAreas.find((a) => a.slug === slug)).filter((a) => a !== undefined);
  const dimensions = register.initiatives.data?.meta.dimensions.map((d) => d.id) ?? [];
  const csv = async (name: string, rows: (m: Awaited<ReturnType<typeof exporters>>) => { header: string[]; rows: (string | number | null | undefined)[][] }) => {
    const m = await exporters();
    const r = rows(m);
    m.download(name, m.toCsv(r.header, r.rows));
  };

  const exportIndexCsv = () => model && csv(`omradesindex-${model.year}.csv`, (m) => m.indexCsvRows(model, csvAreas));
  const exportCompareCsv = () => model && csv(`jamforelse-${model.year}.csv`, (m) => m.indexCsvRows(model, compared));
  // The list the user sees: with an area, its own and then the city-wide ones (selectInitiatives).
  const exportInitiativesCsv = () => labels && csv(selected ? `insatser-${selected.properties.slug}.csv` : 'insatser.csv', (m) => m.initiativesCsvRows(selection.results, labels, areaName, url.filters.area));
  const exportMatrixCsv = () => labels && csv('vem-gor-vad-var.csv', (m) => m.matrixCsvRows(selection.anyArea, csvAreas, dimensions, labels));
  const exportNeedsCsv = () =>
    labels &&
    model &&
    csv(`behov-mot-insatser-${model.layer.id}-${model.year}.csv`, (m) =>
      m.needsCsvRows(selection.anyArea, csvAreas, dimensions, labels, { layer: model.layer.label, year: model.year, score: (a) => scoreOf(model, a), example: (a) => exampleOf(model, a) }),
    );
  const exportMapPng = async () => {
    const shot = await mapHandle.current?.snapshot();
    if (!shot || !model) return;
    const blob = await composeMapPng({ map: shot, ...mapPictureText(t, model, selected?.properties.name ?? null) });
    (await exporters()).download(`omradeskartan-${model.layer.id}-${model.year}.png`, blob);
  };
  const actions: Partial<Record<ExportKey, () => unknown>> = {
    ...(model && url.view === 'jamfor' && compared.length >= 2 && { exportCompareCsv }),
    ...(labels && url.view === 'matris' && { exportMatrixCsv }),
    ...(labels && model && url.view === 'matris' && { exportNeedsCsv }),
    ...(model && { exportIndexCsv }),
    ...(labels && { exportInitiativesCsv }),
    ...(model && { exportMapPng }),
  };
  const run = (key: ExportKey) => {
    setFailed(null);
    void Promise.resolve()
      .then(actions[key])
      .catch((e: unknown) => {
        // Only a chunk that did not load is the user's to retry; anything else is a bug, left loud.
        if (!(e instanceof ExportersUnavailable)) throw e;
        setFailed(key);
      });
  };
  // The notice goes as the retry starts: focus back on the export's own button, not the page's top.
  const retry = (key: ExportKey) => {
    buttons.current[key]?.focus();
    run(key);
  };
  return (
    <section className="exports" aria-labelledby="exports-title">
      <h2 id="exports-title" className="section-title">
        {t.exportsHeading}
      </h2>
      <div className="export-buttons">
        {(Object.keys(actions) as ExportKey[]).map((key) => (
          <button type="button" key={key} ref={(el) => void (buttons.current[key] = el)} onClick={() => run(key)}>
            {t[key]}
          </button>
        ))}
        {/* The map picture is made in beforeprint (print-map.tsx), as for Ctrl+P. */}
        <button type="button" onClick={() => window.print()}>
          {selected && url.view === 'karta' ? t.printCard : t.printView}
        </button>
      </div>
      {failed && <RetryNotice message={t.exportLoadFailed(t[failed])} retryLabel={t.retry} onRetry={() => retry(failed)} />}
      <p className="small">{t.csvNote}</p>
    </section>
  );
}
