import { useMemo, useState } from 'react';
import { CoordinationView as View } from '../../features/initiatives/components/coordination-view';
import { CITY, coordinationTable, type CoordinationOptions } from '../../features/initiatives/coordination';
import { InitiativeFilters } from '../../features/initiatives/components/initiative-filters';
import { RetryNotice } from '../../lib/components/retry-notice';
import { coordinationFor } from '../../lib/copy/messages';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { clearFilters, selectArea, setFacet, setSearch } from '../url/actions';
import { change, setParam, setParams } from '../url/store';
import { PARAMS, useUrlState } from '../url/url-state';
import { openInitiative } from './open-initiative';

type Download = 'table' | 'cell';

/** `?vy=samordning`: theme × target group under the register's filters (`omrade`, `helastaden`, `ruta`). */
export function CoordinationView() {
  const { t, lang } = useCopy();
  const c = coordinationFor(lang);
  const url = useUrlState();
  const { register, selection, areaNames } = useAppData();
  const meta = register.initiatives.data?.meta;
  const themes = useMemo(() => meta?.themes.map((x) => x.id) ?? [], [meta]);
  const groups = useMemo(() => meta?.targetGroups.map((x) => x.id) ?? [], [meta]);
  const options = useMemo<CoordinationOptions>(() => ({ area: url.filters.area, withCityWide: url.withCityWide }), [url.filters.area, url.withCityWide]);
  const [failed, setFailed] = useState<Download | null>(null);
  const labels = register.labels;
  if (!labels || !meta) return null;

  const place = (slug: string) => (slug === CITY ? c.cityLevel : (areaNames.find((a) => a.slug === slug)?.name ?? slug));
  const scopeName = options.area ?? 'hela-registret';
  const download = (what: Download) => {
    setFailed(null);
    import('../exports/exporters')
      .then((m) => {
        const table = coordinationTable(selection.anyArea, themes, groups, options);
        if (what === 'table') {
          const rows = m.coordinationCsvRows(table, labels, place);
          return m.download(`samordning-${scopeName}.csv`, m.toCsv(rows.header, rows.rows));
        }
        const [theme, group] = url.cell?.split('~') ?? [];
        const cell = theme && group ? table.cells[theme]?.[group] : undefined;
        if (!cell) return;
        const rows = m.coordinationCellCsvRows(cell, options, labels, place);
        m.download(`samordning-${scopeName}-${theme}-${group}.csv`, m.toCsv(rows.header, rows.rows));
      })
      .catch(() => setFailed(what));
  };
  return (
    <>
      <View
        items={selection.anyArea}
        themes={themes}
        groups={groups}
        areas={areaNames}
        options={options}
        cell={url.cell}
        onArea={selectArea}
        onWithCityWide={(on) => setParam(PARAMS.withCityWide, on)}
        onCell={(cell) => setParams([change(PARAMS.cell, cell)])}
        onOpen={openInitiative}
        onExportTable={() => download('table')}
        onExportCell={() => download('cell')}
        filters={<InitiativeFilters counts={selection.facetCounts} filters={url.filters} onChange={setFacet} onSearch={setSearch} onClear={clearFilters} labels={labels} t={t} />}
        labels={labels}
        c={c}
      />
      {failed && <RetryNotice message={t.exportLoadFailed(failed === 'table' ? c.exportTable : c.exportCell)} retryLabel={t.retry} onRetry={() => download(failed)} />}
    </>
  );
}
