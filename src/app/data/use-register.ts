import { useEffect, useMemo } from 'react';
import type { AreaFeature } from '../../features/areas/api/areas';
import type { SubareaFeature } from '../../features/areas/api/subareas';
import { useInitiatives } from '../../features/initiatives/api/initiatives';
import { useOrganisations } from '../../features/initiatives/api/organisations';
import { FACETS, type Facet } from '../../features/initiatives/filters';
import { makeLabeller } from '../../features/initiatives/labels';
import { crossCheckRegister } from '../../features/initiatives/model';
import { prepareSearch } from '../../features/initiatives/search';
import type { Language } from '../../lib/copy/messages';

/** The register and its organisations: loaded, labelled in `lang`, cross-checked against the areas. */
export function useRegister(areas: AreaFeature[] | undefined, subareas: SubareaFeature[] | undefined, lang: Language) {
  const initiatives = useInitiatives();
  const organisations = useOrganisations();
  const items = initiatives.data?.items;
  useEffect(() => (items ? prepareSearch(items) : undefined), [items]);
  const labels = useMemo(
    () => (initiatives.data && organisations.data ? makeLabeller(initiatives.data.meta, organisations.data.items, { lang, items: initiatives.data.items, today: new Date() }) : null),
    [initiatives.data, organisations.data, lang],
  );
  const problems = useMemo(() => {
    if (!initiatives.data || !organisations.data || !areas) return [...(initiatives.data?.problems ?? []), ...(organisations.data?.problems ?? [])];
    return [
      ...initiatives.data.problems,
      ...organisations.data.problems,
      ...crossCheckRegister(initiatives.data.items, initiatives.data.meta, organisations.data.items, areas.map((a) => a.properties.slug), subareas?.map((s) => s.properties.slug) ?? null),
    ];
  }, [initiatives.data, organisations.data, areas, subareas]);
  // The ids a link's filters may name, for the URL's corrections.
  const facetIds = useMemo(() => {
    if (!initiatives.data || !organisations.data) return null;
    const { meta } = initiatives.data;
    const ids: Record<Facet, string[]> = {
      kind: meta.kinds.map((x) => x.id),
      organisation: organisations.data.items.map((o) => o.id),
      dimension: meta.dimensions.map((x) => x.id),
      theme: meta.themes.map((x) => x.id),
      targetGroup: meta.targetGroups.map((x) => x.id),
      status: meta.statuses.map((x) => x.id),
    };
    return Object.fromEntries(FACETS.map((f) => [f, new Set(ids[f])])) as unknown as Record<Facet, ReadonlySet<string>>;
  }, [initiatives.data, organisations.data]);
  const initiativeIds = useMemo(() => (items ? new Set(items.map((i) => i.id)) : null), [items]);
  return { initiatives, organisations, items, labels, problems, facetIds, initiativeIds };
}

export type Register = ReturnType<typeof useRegister>;
