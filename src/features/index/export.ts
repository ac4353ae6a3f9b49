import { csvNumber, type CsvCell } from '../../lib/csv';
import { layerScore } from './layers';
import type { IndexModel } from './model';

/**
 * The index as shown: one row per area for the chosen layer and year, with every dimension and
 * the example-data flag, so a spreadsheet says what the map says.
 */
export function indexCsvRows(model: IndexModel, areas: { slug: string; name: string; officialName: string }[]): { header: string[]; rows: CsvCell[][] } {
  const dims = model.definition.dimensions;
  const header = [
    'Område',
    'Officiellt namn',
    'Slug',
    'År',
    'Lager',
    'Index (Malmö = 100)',
    'Rang (1 = störst utmaningar)',
    ...dims.map((d) => `${d.name} (index)`),
    `${model.definition.compositeLabel} (index)`,
    'Innehåller exempeldata',
  ];
  const rows = areas.map((a) => {
    const r = model.results[a.slug];
    const s = layerScore(r, model.layer.id);
    const example = s ? ('containsExample' in s ? s.containsExample : s.status === 'exempel') : false;
    return [
      a.name,
      a.officialName,
      a.slug,
      model.year,
      model.layer.label,
      csvNumber(s?.score),
      s?.rank ?? '',
      ...dims.map((d) => csvNumber(r?.dimensions[d.id]?.score)),
      csvNumber(r?.composite.score),
      example ? 'ja (Exempeldata)' : 'nej',
    ];
  });
  return { header, rows };
}
