import { useEffect, useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { AreaFeature } from '../features/areas/api/areas';
import type { SubareaFeature } from '../features/areas/api/subareas';
import { innerPoint } from '../features/areas/geometry';
import { useInitiatives } from '../features/initiatives/api/initiatives';
import { useOrganisations } from '../features/initiatives/api/organisations';
import { makeLabeller } from '../features/initiatives/labels';
import { EMPTY_FILTERS, FACETS, applyFilters, countByArea, crossCheckRegister, prepareSearch, type Facet, type Filters } from '../features/initiatives/model';
import { filterParams, initiativeParam, searchParam, useUrlParam } from './url-state';

/** URL state of the register's filters: one parameter per facet, plus search and the open record. */
export function useRegisterFilters() {
  const params = {
    kind: useUrlParam(filterParams.kind),
    organisation: useUrlParam(filterParams.organisation),
    dimension: useUrlParam(filterParams.dimension),
    theme: useUrlParam(filterParams.theme),
    targetGroup: useUrlParam(filterParams.targetGroup),
    status: useUrlParam(filterParams.status),
  } satisfies Record<Facet, unknown>;
  const [search, setSearch] = useUrlParam(searchParam);
  const [openId, setOpenId] = useUrlParam(initiativeParam);
  const filters: Omit<Filters, 'area'> = { ...EMPTY_FILTERS, search };
  for (const f of FACETS) filters[f] = params[f][0];
  return {
    filters,
    setFacet: (facet: Facet, values: string[]) => params[facet][1](values),
    // Typing is a burst of changes: replace, so Back does not step through every keystroke.
    setSearch: (text: string) => setSearch(text, 'replace'),
    clear: () => {
      for (const f of FACETS) params[f][1]([]);
      setSearch('');
    },
    openId,
    setOpenId,
  };
}

const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

export function useRegister(areas: AreaFeature[] | undefined, subareas: SubareaFeature[] | undefined, filters: Omit<Filters, 'area'>, openId: string | null) {
  const initiatives = useInitiatives();
  const organisations = useOrganisations();
  const items = initiatives.data?.items;
  useEffect(() => (items ? prepareSearch(items) : undefined), [items]);
  const labels = useMemo(
    () => (initiatives.data && organisations.data ? makeLabeller(initiatives.data.meta, organisations.data.items) : null),
    [initiatives.data, organisations.data],
  );
  const problems = useMemo(() => {
    if (!initiatives.data || !organisations.data || !areas) return [...(initiatives.data?.problems ?? []), ...(organisations.data?.problems ?? [])];
    return [
      ...initiatives.data.problems,
      ...organisations.data.problems,
      ...crossCheckRegister(initiatives.data.items, initiatives.data.meta, organisations.data.items, areas.map((a) => a.properties.slug), subareas?.map((s) => s.properties.slug) ?? null),
    ];
  }, [initiatives.data, organisations.data, areas, subareas]);

  const filterKey = JSON.stringify(filters);
  const filtered = useMemo(() => (items ? applyFilters(items, { ...filters, area: null }) : []), [items, filterKey]);
  const open = items?.find((i) => i.id === openId) ?? null;

  const innerPoints = useMemo(() => new Map(areas?.map((a) => [a.properties.slug, innerPoint(a)]) ?? []), [areas]);
  const subareaPoints = useMemo(() => new Map(subareas?.map((s) => [s.properties.slug, innerPoint(s)]) ?? []), [subareas]);

  const counts = useMemo(() => {
    if (!areas || !items) return fc([]);
    const byArea = countByArea(filtered, areas.map((a) => a.properties.slug));
    // Areas with none get no point: the map would not draw it (and with thousands of areas the
    // worker would hold them all for nothing). The text alternative reads a missing one as 0.
    return fc(
      areas.filter((a) => (byArea[a.properties.slug] ?? 0) > 0).map((a) => ({
        type: 'Feature' as const,
        id: a.id,
        geometry: { type: 'Point' as const, coordinates: innerPoints.get(a.properties.slug)! },
        properties: { slug: a.properties.slug, count: byArea[a.properties.slug] ?? 0 },
      })),
    );
  }, [areas, items, filtered, innerPoints]);

  const places = useMemo(
    () =>
      fc(
        (open?.geography.places ?? [])
          .filter((p) => p.subarea && subareaPoints.has(p.subarea))
          .map((p, i) => ({ type: 'Feature' as const, id: i + 1, geometry: { type: 'Point' as const, coordinates: subareaPoints.get(p.subarea!)! }, properties: { name: p.name } })),
      ),
    [open, subareaPoints],
  );
  const highlightIds = useMemo(() => (open && areas ? areas.filter((a) => open.geography.areas.includes(a.properties.slug)).map((a) => a.id) : []), [open, areas]);

  return { initiatives, organisations, items, filtered, labels, problems, open, counts, places, highlightIds };
}
