import { exampleOf, scoreOf } from '../../features/index/model';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { useUrlState } from '../url/url-state';
import { mapHandle } from '../views/map-handle';
import { composeMapPng } from './export-png';
import { mapPictureText } from './map-picture';

// CSV writing (papaparse) loads on the first export, not with the page.
const exporters = () => import('./exporters');

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
  const button = (label: string, onClick: () => unknown) => (
    <button type="button" onClick={() => void onClick()}>
      {label}
    </button>
  );

  return (
    <section className="exports" aria-labelledby="exports-title">
      <h2 id="exports-title" className="section-title">
        {t.exportsHeading}
      </h2>
      <div className="export-buttons">
        {model && url.view === 'jamfor' && compared.length >= 2 && button(t.exportCompareCsv, exportCompareCsv)}
        {labels && url.view === 'matris' && button(t.exportMatrixCsv, exportMatrixCsv)}
        {labels && model && url.view === 'matris' && button(t.exportNeedsCsv, exportNeedsCsv)}
        {model && button(t.exportIndexCsv, exportIndexCsv)}
        {labels && button(t.exportInitiativesCsv, exportInitiativesCsv)}
        {model && button(t.exportMapPng, exportMapPng)}
        {/* The map picture is made in beforeprint (print-map.tsx), as for Ctrl+P. */}
        {button(selected && url.view === 'karta' ? t.printCard : t.printView, () => window.print())}
      </div>
      <p className="small">{t.csvNote}</p>
    </section>
  );
}
