import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { useUrlState } from '../url/url-state';
import { mapHandle } from '../views/map-handle';
import { composeMapPng } from './export-png';
import { mapPictureText } from './map-picture';

// CSV writing (papaparse) loads on the first export, not with the page.
const exporters = () => import('./exporters');

/** "Ladda ner": the index and the register as CSV, the map as PNG, and printing the view (print.css). */
export function ExportsPanel() {
  const { t } = useCopy();
  const url = useUrlState();
  const { index, areaItems, register, selection, selected, areaName } = useAppData();
  const { model } = index;
  const { labels } = register;
  // The list the user sees: in the register view (with an area, both of its groups), else every area.
  const listed = url.view === 'insatser' ? selection.results : selection.anyArea;

  const exportIndexCsv = async () => {
    if (!model || !areaItems) return;
    const { indexCsvRows, download, toCsv } = await exporters();
    const { header, rows } = indexCsvRows(model, areaItems.map((a) => ({ slug: a.properties.slug, name: a.properties.name, officialName: a.properties.officialName })));
    download(`omradesindex-${model.layer.id}-${model.year}.csv`, toCsv(header, rows));
  };
  const exportInitiativesCsv = async () => {
    if (!labels) return;
    const { initiativesCsvRows, download, toCsv } = await exporters();
    const { header, rows } = initiativesCsvRows(listed, labels, areaName);
    download('insatser.csv', toCsv(header, rows));
  };
  const exportMapPng = async () => {
    const shot = await mapHandle.current?.snapshot();
    if (!shot || !model) return;
    const blob = await composeMapPng({ map: shot, ...mapPictureText(t, model, selected?.properties.name ?? null) });
    (await exporters()).download(`omradeskartan-${model.layer.id}-${model.year}.png`, blob);
  };

  return (
    <section className="exports" aria-labelledby="exports-title">
      <h2 id="exports-title" className="section-title">
        {t.exportsHeading}
      </h2>
      <div className="export-buttons">
        {model && (
          <button type="button" onClick={() => void exportIndexCsv()}>
            {t.exportIndexCsv}
          </button>
        )}
        {labels && (
          <button type="button" onClick={() => void exportInitiativesCsv()}>
            {t.exportInitiativesCsv}
          </button>
        )}
        {model && (
          <button type="button" onClick={() => void exportMapPng()}>
            {t.exportMapPng}
          </button>
        )}
        {/* The map picture is made in beforeprint (print-map.tsx), as for Ctrl+P. */}
        <button type="button" onClick={() => window.print()}>
          {selected && url.view === 'karta' ? t.printCard : t.printView}
        </button>
      </div>
      <p className="small">{t.csvNote}</p>
    </section>
  );
}
