/**
 * Samordning as spreadsheets (headers in Swedish, as every export: docs/exports.md): the table, one
 * row per theme × target group with any insats, and one cell's list, one row per insats and lead.
 */
import type { CsvCell } from '../../lib/csv';
import { byLead, othersInSamePlace, type CoordinationCell, type CoordinationOptions, type CoordinationTable } from './coordination';
import type { Labeller } from './labels';

const join = (xs: string[]) => xs.join(' | ');

export function coordinationCsvRows(table: CoordinationTable, labels: Labeller, place: (slug: string) => string): { header: string[]; rows: CsvCell[][] } {
  const header = ['Tema', 'Målgrupp', 'Antal insatser', 'Antal ansvariga organisationer', 'Ansvariga organisationer', 'Utan angiven ansvarig', 'Flera aktörer (var)'];
  const rows: CsvCell[][] = [];
  for (const theme of table.themes)
    for (const group of table.groups) {
      const cell = table.cells[theme]?.[group];
      if (!cell) continue;
      rows.push([labels.theme(theme), labels.targetGroup(group), cell.items.length, cell.leads.length, join(cell.leads.map(labels.organisation)), cell.noLead, join(cell.crowded.map((p) => place(p.place)))]);
    }
  return { header, rows };
}

export function coordinationCellCsvRows(cell: CoordinationCell, options: CoordinationOptions, labels: Labeller, place: (slug: string) => string): { header: string[]; rows: CsvCell[][] } {
  const header = ['Tema', 'Målgrupp', 'Ansvarig', 'Id', 'Insats', 'Status', 'Samverkanspartner', 'Start', 'Slut', 'Områden', 'Andra ansvariga på samma plats'];
  const rows: CsvCell[][] = [];
  for (const g of byLead(cell)) {
    const others = g.lead ? join(othersInSamePlace(cell, g.lead, options).map(labels.organisation)) : '';
    for (const item of g.items) {
      const where = item.geography.scope === 'hela-staden' ? 'hela staden' : join(item.geography.areas.map(place));
      rows.push([labels.theme(cell.theme), labels.targetGroup(cell.group), g.lead ? labels.organisation(g.lead) : '', item.id, item.name, labels.status(item.status), join(item.partners.map(labels.organisation)), item.start ?? '', item.end ?? '', where, others]);
    }
  }
  return { header, rows };
}
