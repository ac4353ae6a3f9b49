/**
 * The register's filters, applied in one place: facets, search and the selected area. The counts
 * shown beside the filter values come from the same pass that filters, so a count is always what
 * ticking that value gives.
 */
import type { Initiative } from './api/initiatives';
import { matchesSearch } from './search';

export const FACETS = ['kind', 'organisation', 'dimension', 'theme', 'targetGroup', 'status'] as const;
export type Facet = (typeof FACETS)[number];

export type Filters = Record<Facet, string[]> & { search: string; area: string | null };

export const EMPTY_FILTERS: Filters = { kind: [], organisation: [], dimension: [], theme: [], targetGroup: [], status: [], search: '', area: null };

/** The values a record has for a facet; organisation counts lead and partners alike. */
export function facetValues(item: Initiative, facet: Facet): string[] {
  switch (facet) {
    case 'kind':
      return [item.kind];
    case 'organisation':
      return [...new Set([...item.lead, ...item.partners])];
    case 'dimension':
      return item.dimensions;
    case 'theme':
      return item.themes;
    case 'targetGroup':
      return item.targetGroups;
    case 'status':
      return [item.status];
  }
}

/**
 * Present in named areas: place-bound records, and city-wide ones with named local sites (a
 * kontaktcenter on Rosengård) — both are work going on in that area.
 */
export function isAreaBound(item: Initiative): boolean {
  return item.geography.areas.length > 0;
}

/** Tied to the delområde: named in its geography, or one of its places lies there. */
export function isTiedToSubarea(item: Initiative, subarea: string): boolean {
  return item.geography.subareas.includes(subarea) || item.geography.places.some((p) => p.subarea === subarea);
}

export function isCityWide(item: Initiative): boolean {
  return item.geography.scope === 'hela-staden';
}

/**
 * Which group a record falls in when `area` is selected: bound to it, city-wide (it applies there
 * too, "Gäller hela staden"), or neither (it is not shown). Without an area every record is "in".
 */
export function areaGroup(item: Initiative, area: string | null): 'in-area' | 'city-wide' | null {
  if (area === null || item.geography.areas.includes(area)) return 'in-area';
  return isCityWide(item) ? 'city-wide' : null;
}

/** Values within a facet are alternatives (OR); facets, search and area narrow together (AND). */
export function matches(item: Initiative, filters: Filters, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const wanted = filters[facet];
    if (wanted.length && !facetValues(item, facet).some((v) => wanted.includes(v))) return false;
  }
  if (areaGroup(item, filters.area) === null) return false;
  return matchesSearch(item, filters.search);
}

/** What the list shows: with an area, the records bound to it first, then the city-wide ones. */
export function applyFilters(items: Initiative[], filters: Filters): Initiative[] {
  return selectInitiatives(items, filters).results;
}

/**
 * How many records each value of a facet would show, given every other filter: the usual
 * faceted-search count, so choosing a value never promises a number it cannot deliver. The
 * reference for `selectInitiatives`' one-pass counts (tested to agree).
 */
export function facetCounts(items: Initiative[], filters: Filters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, filters, facet)) continue;
    for (const v of facetValues(item, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export interface InitiativeSelection {
  /** Every filter but the area: the matrix and the map's counts per area are built from these. */
  anyArea: Initiative[];
  /** Records bound to the selected area; without an area, every result. */
  inArea: Initiative[];
  /** With an area: the city-wide records not bound to it; without one, none. */
  cityWide: Initiative[];
  /** `inArea` then `cityWide`: what the list shows, and what every count below refers to. */
  results: Initiative[];
  /** Per facet, the number of results each value would give if ticked (given the other filters). */
  facetCounts: Record<Facet, Map<string, number>>;
  /** Area-bound records of `anyArea` per area slug (a record naming two areas counts in both). */
  areaCounts: Record<string, number>;
}

/**
 * Applies every filter in one pass and counts from the same pass: a record that fails exactly one
 * facet counts for that facet only, one that fails none counts for all, one that fails two or more
 * for none. (Six passes over a register of thousands on every keystroke was the search's cost at
 * scale.)
 */
export function selectInitiatives(items: Initiative[], filters: Filters): InitiativeSelection {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const active = FACETS.filter((f) => filters[f].length > 0);
  const add = (item: Initiative, facet: Facet) => {
    const m = counts[facet];
    for (const v of facetValues(item, facet)) m.set(v, (m.get(v) ?? 0) + 1);
  };
  const anyArea: Initiative[] = [];
  const inArea: Initiative[] = [];
  const cityWide: Initiative[] = [];
  const areaCounts: Record<string, number> = {};
  for (const item of items) {
    if (!matchesSearch(item, filters.search)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of active) {
      const wanted = filters[facet];
      if (facetValues(item, facet).some((v) => wanted.includes(v))) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    const group = areaGroup(item, filters.area);
    if (failures === 0) {
      anyArea.push(item);
      for (const a of item.geography.areas) areaCounts[a] = (areaCounts[a] ?? 0) + 1;
      if (group === 'in-area') inArea.push(item);
      else if (group === 'city-wide') cityWide.push(item);
    }
    if (group === null) continue;
    if (failures === 1) add(item, failed!);
    else for (const facet of FACETS) add(item, facet);
  }
  return { anyArea, inArea, cityWide, results: inArea.concat(cityWide), facetCounts: counts, areaCounts };
}

/** Area-bound records per area slug (a record naming two areas counts in both). */
export function countByArea(items: Initiative[], areaSlugs: string[]): Record<string, number> {
  const counts = Object.fromEntries(areaSlugs.map((a) => [a, 0]));
  for (const item of items) if (isAreaBound(item)) for (const a of item.geography.areas) if (a in counts) counts[a]! += 1;
  return counts;
}
