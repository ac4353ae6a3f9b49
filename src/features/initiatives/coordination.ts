/**
 * Samordning: where the register's insatser run side by side, theme × target group. Pure: the
 * view, the area profile and the CSV export all read this one computation.
 *
 * The rule ("Flera aktörer"): a cell is marked where, in one place, at least CROWDED_LEADS
 * different organisations lead insatser for that theme and group. A place is an area, or the city
 * as a whole: the city-wide insatser and those whose documents name no place (most of the boards'
 * own processes). With an area chosen, the place is that area, with the city-level insatser when
 * they are included. Two or more insatser with the same lead in the same place and cell are
 * reported too. Both are prompts to talk, not findings of duplication.
 */
import type { Initiative } from './api/initiatives';

/** Distinct lead organisations in one place that make a cell "Flera aktörer". */
export const CROWDED_LEADS = 3;

/** The city as a whole: the place of the city-wide insatser and of those without a stated place. */
export const CITY = 'hela-staden';

export interface CoordinationOptions {
  /** An area slug: only what works there. null: the whole register. */
  area: string | null;
  /** With an area: count the city-level insatser too (city-wide, or no place stated). */
  withCityWide: boolean;
}

/** One place where a cell is crowded: the leads there, and the insatser each leads. */
export interface CrowdedPlace {
  place: string;
  leads: string[];
}

/** Insatser with the same lead in the same place and cell. */
export interface SharedLead {
  place: string;
  lead: string;
  ids: string[];
}

export interface CoordinationCell {
  theme: string;
  group: string;
  items: Initiative[];
  /** Distinct lead organisations, sorted by id. */
  leads: string[];
  /** Insatser in the cell that state no lead. */
  noLead: number;
  crowded: CrowdedPlace[];
  shared: SharedLead[];
}

export interface CoordinationTable {
  themes: string[];
  groups: string[];
  /** By theme, then group; only cells with at least one insats. */
  cells: Record<string, Record<string, CoordinationCell>>;
  /** The insatser the table counts (after the area option). */
  counted: number;
}

/** The places an insats counts in under the options: [] leaves it out of the table. */
export function placesOf(item: Initiative, options: CoordinationOptions): string[] {
  const { scope, areas } = item.geography;
  const cityLevel = scope === 'hela-staden' || areas.length === 0;
  if (options.area !== null) {
    if (areas.includes(options.area)) return [options.area];
    return cityLevel && options.withCityWide ? [options.area] : [];
  }
  return scope === 'hela-staden' || areas.length === 0 ? [CITY] : [...areas];
}

function cellOf(theme: string, group: string, entries: { item: Initiative; places: string[] }[]): CoordinationCell {
  const leads = new Set<string>();
  const byPlace = new Map<string, Map<string, string[]>>();
  let noLead = 0;
  for (const { item, places } of entries) {
    if (item.lead.length === 0) noLead++;
    for (const lead of item.lead) leads.add(lead);
    for (const place of places) {
      let byLead = byPlace.get(place);
      if (!byLead) byPlace.set(place, (byLead = new Map()));
      for (const lead of item.lead) byLead.set(lead, [...(byLead.get(lead) ?? []), item.id]);
    }
  }
  const crowded: CrowdedPlace[] = [];
  const shared: SharedLead[] = [];
  for (const [place, byLead] of [...byPlace].sort(([a], [b]) => a.localeCompare(b))) {
    if (byLead.size >= CROWDED_LEADS) crowded.push({ place, leads: [...byLead.keys()].sort() });
    for (const [lead, ids] of [...byLead].sort(([a], [b]) => a.localeCompare(b))) if (ids.length >= 2) shared.push({ place, lead, ids });
  }
  return { theme, group, items: entries.map((e) => e.item), leads: [...leads].sort(), noLead, crowded, shared };
}

/** The table for the given themes and groups (the register's lists, in their order). */
export function coordinationTable(items: readonly Initiative[], themes: readonly string[], groups: readonly string[], options: CoordinationOptions): CoordinationTable {
  const buckets = new Map<string, { item: Initiative; places: string[] }[]>();
  let counted = 0;
  for (const item of items) {
    const places = placesOf(item, options);
    if (places.length === 0) continue;
    counted++;
    for (const theme of item.themes)
      for (const group of item.targetGroups) {
        const key = `${theme}\u0000${group}`;
        buckets.set(key, [...(buckets.get(key) ?? []), { item, places }]);
      }
  }
  const cells: CoordinationTable['cells'] = {};
  for (const theme of themes)
    for (const group of groups) {
      const entries = buckets.get(`${theme}\u0000${group}`);
      if (entries) (cells[theme] ??= {})[group] = cellOf(theme, group, entries);
    }
  return { themes: [...themes], groups: [...groups], cells, counted };
}

/** A cell's insatser by lead organisation (an insats with two leads is under both; none: under ''). */
export function byLead(cell: CoordinationCell): { lead: string; items: Initiative[] }[] {
  const groups = new Map<string, Initiative[]>();
  for (const item of cell.items) for (const lead of item.lead.length ? item.lead : ['']) groups.set(lead, [...(groups.get(lead) ?? []), item]);
  // Most insatser first; the ones without a stated lead last.
  return [...groups]
    .map(([lead, items]) => ({ lead, items }))
    .sort((a, b) => Number(a.lead === '') - Number(b.lead === '') || b.items.length - a.items.length || a.lead.localeCompare(b.lead));
}

/**
 * An area's most crowded themes: each theme's busiest cell (most distinct leads, then most
 * insatser) where at least two organisations lead, busiest first; `crowded` where the rule holds.
 */
export function crowdedThemes(table: CoordinationTable, limit = 3): { theme: string; group: string; leads: number; items: number; crowded: boolean }[] {
  const best = new Map<string, CoordinationCell>();
  for (const theme of table.themes)
    for (const cell of Object.values(table.cells[theme] ?? {})) {
      if (cell.leads.length < 2) continue;
      const was = best.get(theme);
      if (!was || cell.leads.length > was.leads.length || (cell.leads.length === was.leads.length && cell.items.length > was.items.length)) best.set(theme, cell);
    }
  return [...best.values()]
    .sort((a, b) => b.leads.length - a.leads.length || b.items.length - a.items.length || table.themes.indexOf(a.theme) - table.themes.indexOf(b.theme))
    .slice(0, limit)
    .map((c) => ({ theme: c.theme, group: c.group, leads: c.leads.length, items: c.items.length, crowded: c.crowded.length > 0 }));
}

/**
 * The candidates for coordination with `lead` in a cell: the other organisations that lead an
 * insats there in a place where `lead` also works (sorted by id).
 */
export function othersInSamePlace(cell: CoordinationCell, lead: string, options: CoordinationOptions): string[] {
  const mine = new Set(cell.items.filter((i) => i.lead.includes(lead)).flatMap((i) => placesOf(i, options)));
  const others = new Set<string>();
  for (const item of cell.items) {
    if (item.lead.includes(lead) || !placesOf(item, options).some((p) => mine.has(p))) continue;
    for (const l of item.lead) if (l !== lead) others.add(l);
  }
  return [...others].sort();
}
