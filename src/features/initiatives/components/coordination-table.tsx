import type { CoordinationMessages } from '../../../lib/copy/coordination-sv';
import { TableScroll } from '../../../lib/components/table-scroll';
import type { CoordinationTable as Table } from '../coordination';
import type { Labeller } from '../labels';

/** A cell's shade: 1, 2, 3 and 4 or more different lead organisations. */
const shade = (leads: number) => (leads === 0 ? 'heat-0' : `heat-${Math.min(leads, 4)}`);

/**
 * Themes as rows, target groups as columns: each cell the number of insatser and of different
 * lead organisations, shaded by the latter and marked ▲ where several actors work in one place.
 * Only themes and groups with any insats are shown, so the table fits a desk screen.
 */
export function CoordinationTable({
  table,
  caption,
  open,
  onOpen,
  labels,
  c,
}: {
  table: Table;
  caption: string;
  /** The open cell, `${theme}~${group}`, or null. */
  open: string | null;
  onOpen: (theme: string, group: string) => void;
  labels: Labeller;
  c: CoordinationMessages;
}) {
  const themes = table.themes.filter((th) => Object.keys(table.cells[th] ?? {}).length > 0);
  const groups = table.groups.filter((g) => themes.some((th) => table.cells[th]?.[g]));
  return (
    <TableScroll label={caption}>
      <table className="data-table matrix coordination-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.rowHeader}</th>
            {groups.map((g) => (
              <th scope="col" key={g}>
                {labels.targetGroup(g)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((th) => (
            <tr key={th}>
              <th scope="row">{labels.theme(th)}</th>
              {groups.map((g) => {
                const cell = table.cells[th]?.[g];
                if (!cell) {
                  return (
                    <td key={g} className="empty">
                      <span aria-label={c.emptyCell}>·</span>
                    </td>
                  );
                }
                const crowded = cell.crowded.length > 0;
                const key = `${th}~${g}`;
                return (
                  <td key={g} className={`heat ${shade(cell.leads.length)}${crowded ? ' crowded' : ''}`}>
                    <button
                      type="button"
                      className="cell-button"
                      aria-pressed={open === key}
                      data-cell={key}
                      onClick={() => onOpen(th, g)}
                    >
                      {c.cellText(cell.items.length, cell.leads.length)}
                      {crowded && <span aria-hidden="true"> {c.crowdedMark}</span>}
                      {/* The name starts with what is seen (WCAG 2.5.3), then says what it counts. */}
                      <span className="visually-hidden">: {c.cellLabel(cell.items.length, cell.leads.length, labels.theme(th), labels.targetGroup(g), crowded)}</span>
                    </button>
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
