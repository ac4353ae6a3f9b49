import { csvNumber, type CsvCell } from '../../lib/csv';
import type { Initiative } from './api/initiatives';
import { areaGroup, isCityWide } from './filters';
import type { Labeller } from './labels';
import { whoWhatWhere, type MatrixArea } from './model';
import { sourceLine } from './sources';

/** The `Områdeskoppling` column: bound to the area (or to named areas), or city-wide. */
export const TIE = { area: 'områdesbunden', city: 'stadsövergripande' } as const;

/**
 * How a record is tied: with an area selected, as the area's list groups it (its own, then the
 * city-wide ones); without one, city-wide records say so, all others are area-bound.
 */
export function tieOf(item: Initiative, area: string | null): string {
  if (area !== null) return areaGroup(item, area) === 'city-wide' ? TIE.city : TIE.area;
  return isCityWide(item) ? TIE.city : TIE.area;
}

/** The list as a spreadsheet: one row per initiative, lists joined with " | ". */
export function initiativesCsvRows(items: Initiative[], labels: Labeller, areaName: (slug: string) => string, area: string | null = null): { header: string[]; rows: CsvCell[][] } {
  const join = (xs: string[]) => xs.join(' | ');
  const header = ['Id', 'Namn', 'Även kallad', 'Typ', 'Status', 'Ansvarig', 'Partner', 'Dimensioner', 'Teman', 'Målgrupper', 'Geografi', 'Områdeskoppling', 'Områden', 'Start', 'Slut', 'Beskrivning', 'Källor'];
  const rows = items.map((i) => [
    i.id,
    i.name,
    join(i.aliases),
    labels.kind(i.kind),
    labels.status(i.status),
    join(i.lead.map(labels.organisation)),
    join(i.partners.map(labels.organisation)),
    join(i.dimensions.map(labels.dimension)),
    join(i.themes.map(labels.theme)),
    join(i.targetGroups.map(labels.targetGroup)),
    i.geography.scope,
    tieOf(i, area),
    join(i.geography.areas.map(areaName)),
    i.start ?? '',
    i.end ?? '',
    i.description,
    join(i.sources.map((s) => sourceLine(labels.source(s), 'Okänt dokument'))),
  ]);
  return { header, rows };
}

/**
 * "Vem gör vad var" as its two tables show it: organisations, then dimensions, as rows; the areas
 * (by name, as the columns read) with the number of area-bound initiatives in each cell.
 */
export function matrixCsvRows(items: Initiative[], areas: MatrixArea[], dimensions: string[], labels: Labeller): { header: string[]; rows: CsvCell[][] } {
  const m = whoWhatWhere(items, areas, dimensions, labels);
  const header = ['Tabell', 'Id', 'Namn', ...m.areas.map((a) => a.name)];
  const row = (table: string, id: string, name: string, cells: Record<string, Record<string, number>>) => [table, id, name, ...m.areas.map((a) => cells[a.slug]?.[id] ?? 0)];
  return {
    header,
    rows: [...m.orgRows.map((id) => row('organisation', id, labels.organisation(id), m.byOrg)), ...m.dimRows.map((id) => row('dimension', id, labels.dimension(id), m.byDim))],
  };
}

/**
 * "Behov mot insatser": per area the index of the layer shown (need) and the number of
 * area-bound initiatives (effort), with the index's `verklig`/`exempel`.
 */
export function needsCsvRows(
  items: Initiative[],
  areas: MatrixArea[],
  dimensions: string[],
  labels: Labeller,
  need: { layer: string; year: number; score: (slug: string) => number | null; example: (slug: string) => boolean },
): { header: string[]; rows: CsvCell[][] } {
  const m = whoWhatWhere(items, areas, dimensions, labels);
  const header = ['Område', 'Slug', 'Lager', 'År', 'Index (Malmö = 100)', 'Antal insatser i området', 'Median antal insatser', 'Data'];
  const rows = m.areas.map((a) => {
    const score = need.score(a.slug);
    return [a.name, a.slug, need.layer, need.year, csvNumber(score), m.counts[a.slug] ?? 0, csvNumber(m.medianCount), score === null ? '' : need.example(a.slug) ? 'exempel' : 'verklig'];
  });
  return { header, rows };
}
