import type { CsvCell } from '../../lib/csv';
import type { Initiative } from './api/initiatives';
import type { Labeller } from './labels';
import { sourceLine } from './sources';

/** The filtered list as a spreadsheet: one row per initiative, lists joined with " | ". */
export function initiativesCsvRows(items: Initiative[], labels: Labeller, areaName: (slug: string) => string): { header: string[]; rows: CsvCell[][] } {
  const join = (xs: string[]) => xs.join(' | ');
  const header = ['Id', 'Namn', 'Även kallad', 'Typ', 'Status', 'Ansvarig', 'Partner', 'Dimensioner', 'Teman', 'Målgrupper', 'Geografi', 'Områden', 'Start', 'Slut', 'Beskrivning', 'Källor'];
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
    join(i.geography.areas.map(areaName)),
    i.start ?? '',
    i.end ?? '',
    i.description,
    join(i.sources.map((s) => sourceLine(labels.source(s), 'Okänt dokument'))),
  ]);
  return { header, rows };
}
