import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import type { Labeller } from '../labels';
import { FACETS, type Facet, type Filters } from '../filters';

const FACET_TITLE: Record<Facet, keyof Messages> = {
  kind: 'facetKind',
  organisation: 'facetOrganisation',
  dimension: 'facetDimension',
  theme: 'facetTheme',
  targetGroup: 'facetTargetGroup',
  status: 'facetStatus',
};

/**
 * Search and combinable facet filters; each choice shows how many records it would give. The
 * counts come from the same pass that filters (selectInitiatives), not from a second count here.
 */
export function InitiativeFilters({
  counts: allCounts,
  filters,
  onChange,
  onSearch,
  onClear,
  labels,
  t,
  afterSearch,
}: {
  counts: Record<Facet, Map<string, number>>;
  filters: Filters;
  onChange: (facet: Facet, values: string[]) => void;
  onSearch: (text: string) => void;
  onClear: () => void;
  labels: Labeller;
  t: Messages;
  /** What the search found besides insatser (the app's place hits): right under the field, before "no insatser". */
  afterSearch?: ReactNode;
}) {
  const searchId = useId();
  const active = FACETS.some((f) => filters[f].length > 0) || filters.search !== '';
  // Open while filters are in use, and left open when the last one is unticked: the person is
  // still filtering (closing it under their pointer lost their place).
  const [open, setOpen] = useState(active);
  useEffect(() => {
    if (active) setOpen(true);
  }, [active]);
  const ticked = FACETS.some((f) => filters[f].length > 0);
  // The search leaves nothing to filter: say so, rather than show groups without values.
  const noHits = filters.search !== '' && FACETS.every((f) => allCounts[f].size === 0);
  return (
    <div className="initiative-filters">
      <label htmlFor={searchId} className="search-label">
        {t.searchLabel}
      </label>
      <input id={searchId} type="search" value={filters.search} onChange={(e) => onSearch(e.target.value)} aria-describedby={`${searchId}-hint`} autoComplete="off" />
      <p id={`${searchId}-hint`} className="small">
        {t.searchHint}
      </p>
      {afterSearch}
      {noHits && (
        <p className="no-hits">
          {t.noSearchHits(filters.search)}{' '}
          <button type="button" className="link-button" onClick={() => onSearch('')}>
            {t.clearSearch}
          </button>
        </p>
      )}
      {(!noHits || ticked) && (
        <details className="facets" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t.filtersHeading}</summary>
          {FACETS.map((facet) => {
            const counts = allCounts[facet];
            const values = [...new Set([...counts.keys(), ...filters[facet]])].sort((a, b) => labels.facet(facet, a).localeCompare(labels.facet(facet, b), 'sv'));
            if (values.length === 0) return null;
            return (
              <fieldset key={facet} className="facet">
                <legend>{t[FACET_TITLE[facet]] as string}</legend>
                {values.map((v) => {
                  const on = filters[facet].includes(v);
                  return (
                    <label key={v}>
                      <input type="checkbox" checked={on} onChange={(e) => onChange(facet, e.target.checked ? [...filters[facet], v] : filters[facet].filter((x) => x !== v))} />{' '}
                      {labels.facet(facet, v)} <span className="count">({counts.get(v) ?? 0})</span>
                    </label>
                  );
                })}
              </fieldset>
            );
          })}
        </details>
      )}
      {active && (
        <button type="button" className="link-button" onClick={onClear}>
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
