import { csvNumber, type CsvCell } from '../../lib/csv';
import type { IndexModel } from './model';

export interface CsvArea {
  slug: string;
  name: string;
  officialName: string;
}

/**
 * The columns of the index CSV (docs/exports.md). Swedish in every UI language, so a file has the
 * same columns whoever downloaded it; the names in the rows follow the UI language.
 */
export const INDEX_CSV_HEADER = [
  'Område',
  'Officiellt namn',
  'Slug',
  'År',
  'Nivå',
  'Id',
  'Namn',
  'Dimension',
  'Enhet',
  'Värde',
  'Täljare',
  'Nämnare',
  'Malmö (stadens värde)',
  'Index (Malmö = 100)',
  'Rang (1 = störst utmaningar)',
  'Data',
  'Vikt (andel av sammanvägt)',
];

/** The `Nivå` column: which part of the index a row is. */
export const LEVEL = { composite: 'sammanvägt', dimension: 'dimension', indicator: 'indikator' } as const;

const count = (n: number | undefined) => (n === undefined ? '' : String(n));

/**
 * The index as the profile shows it, for the model's year: per area the composite, each dimension
 * and each indicator with its value, numerator, denominator (where the data has them) and the
 * city's value, each row `verklig` or `exempel` (empty when there is no score). Long format: one
 * row per area and part, so a pivot table or a filter on `Nivå` gives any view of it.
 */
export function indexCsvRows(model: IndexModel, areas: CsvArea[]): { header: string[]; rows: CsvCell[][] } {
  const def = model.definition;
  // Each dimension's share of the composite: the proposal's equal shares, or the user's own
  // weighting ("Väg själv"; the composite's name then says "egen viktning").
  const total = def.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const share = (weight: number) => csvNumber(weight / total, 3);
  const rows = areas.flatMap((a) => {
    const r = model.results[a.slug];
    const lead = [a.name, a.officialName, a.slug, model.year];
    const scoreStatus = (s: { score: number | null; containsExample: boolean } | undefined) => (!s || s.score === null ? '' : s.containsExample ? 'exempel' : 'verklig');
    const composite = r?.composite;
    return [
      [...lead, LEVEL.composite, 'index', def.compositeLabel, '', '', '', '', '', '', csvNumber(composite?.score), composite?.rank ?? '', scoreStatus(composite), ''],
      ...def.dimensions.flatMap((d) => {
        const s = r?.dimensions[d.id];
        return [
          [...lead, LEVEL.dimension, d.id, d.name, d.name, '', '', '', '', '', csvNumber(s?.score), s?.rank ?? '', scoreStatus(s), share(d.weight)],
          ...d.indicators.map((ind) => {
            const v = r?.indicators[ind.id];
            return [
              ...lead,
              LEVEL.indicator,
              ind.id,
              ind.name,
              d.name,
              ind.unit,
              csvNumber(v?.value, 2),
              count(v?.numerator),
              count(v?.denominator),
              csvNumber(v?.cityValue, 2),
              csvNumber(v?.score),
              v?.rank ?? '',
              v?.status ?? '',
              '',
            ];
          }),
        ];
      }),
    ];
  });
  return { header: INDEX_CSV_HEADER, rows };
}
