import { useMemo, type ReactNode } from 'react';
import type { CoordinationMessages } from '../../../lib/copy/coordination-sv';
import { CITY, coordinationTable, type CoordinationOptions } from '../coordination';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { CoordinationCell } from './coordination-cell';
import { CoordinationTable } from './coordination-table';

export interface CoordinationArea {
  slug: string;
  name: string;
}

/**
 * Samordning: the theme × target group table under the register's filters, narrowed to an area
 * (its own insatser, or also the city-wide ones), and the open cell's list. The "Flera aktörer"
 * rule is in ../coordination.ts and on the method page.
 */
export function CoordinationView({
  items,
  themes,
  groups,
  areas,
  options,
  cell,
  onArea,
  onWithCityWide,
  onCell,
  onOpen,
  onExportTable,
  onExportCell,
  filters,
  labels,
  c,
}: {
  /** The register under its filters (all areas). */
  items: Initiative[];
  themes: string[];
  groups: string[];
  areas: CoordinationArea[];
  options: CoordinationOptions;
  /** The open cell, `${theme}~${group}`, or null. */
  cell: string | null;
  onArea: (slug: string | null) => void;
  onWithCityWide: (on: boolean) => void;
  onCell: (cell: string | null) => void;
  onOpen: (id: string) => void;
  onExportTable: () => void;
  onExportCell: () => void;
  /** The register's search and facets, as in the list view (the table follows them). */
  filters?: ReactNode;
  labels: Labeller;
  c: CoordinationMessages;
}) {
  const table = useMemo(() => coordinationTable(items, themes, groups, options), [items, themes, groups, options]);
  const areaName = (slug: string) => (slug === CITY ? c.cityLevel : (areas.find((a) => a.slug === slug)?.name ?? slug));
  const [theme, group] = cell?.split('~') ?? [];
  const open = theme && group ? table.cells[theme]?.[group] : undefined;
  const scope = options.area ? areaName(options.area) : c.allAreas;
  return (
    <section className="coordination-view" aria-labelledby="coordination-title">
      <h2 id="coordination-title">{c.heading}</h2>
      <p className="small">{c.intro}</p>
      <div className="coordination-controls">
        <label>
          {c.scopeLegend}{' '}
          <select value={options.area ?? ''} onChange={(e) => onArea(e.currentTarget.value || null)}>
            <option value="">{c.allAreas}</option>
            {areas.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={options.withCityWide} disabled={options.area === null} onChange={(e) => onWithCityWide(e.currentTarget.checked)} /> {c.withCityWide}
        </label>
        <button type="button" onClick={onExportTable}>
          {c.exportTable}
        </button>
      </div>
      {filters}
      <p className="small coordination-legend">
        {c.legendShade} {c.legendCrowded} {c.signalNote} {c.counted(table.counted)}
      </p>
      <CoordinationTable table={table} caption={c.caption(scope)} open={open ? cell : null} onOpen={(th, g) => onCell(`${th}~${g}`)} labels={labels} c={c} />
      {open && <CoordinationCell cell={open} options={options} place={areaName} onOpen={onOpen} onClose={() => onCell(null)} onExport={onExportCell} labels={labels} c={c} />}
    </section>
  );
}
