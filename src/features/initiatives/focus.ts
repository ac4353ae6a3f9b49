/**
 * Insatsområden: the areas and delområden the register names for area-concentrated efforts
 * (records with `focus`). Only what the records state: a record's delområden if it names any,
 * else its areas; a focus record that names neither is listed as "not drawn", never guessed.
 */
import type { Initiative, SourceRef } from './api/initiatives';

/** One outlined place: a delområde, or a whole area where the record names no delområde. */
export interface FocusPlace {
  kind: 'subarea' | 'area';
  slug: string;
  name: string;
  /** The area it is in (itself, for an area). */
  area: string;
}

export interface FocusEffort {
  id: string;
  name: string;
  note: string;
  sources: SourceRef[];
  /** Empty: the documents name no area or delområde for it (shown as not drawn). */
  places: FocusPlace[];
  /** Where the documents disagree about it (shown beside it: the map follows one of them). */
  conflicts: Initiative['conflicts'];
}

/** What the model needs to know of the geography, passed in (this feature does not read the areas'). */
export interface FocusGeography {
  areaName: (slug: string) => string | undefined;
  /** A delområde's name and area, or undefined when the file has no such delområde. */
  subarea: (slug: string) => { name: string; area: string } | undefined;
}

export function focusEfforts(items: readonly Initiative[], geo: FocusGeography): FocusEffort[] {
  const efforts: FocusEffort[] = [];
  for (const item of items) {
    if (!item.focus) continue;
    const { areas, subareas } = item.geography;
    const places: FocusPlace[] = [];
    if (subareas.length > 0) {
      for (const slug of subareas) {
        const s = geo.subarea(slug);
        if (s) places.push({ kind: 'subarea', slug, name: s.name, area: s.area });
      }
    } else {
      for (const slug of areas) {
        const name = geo.areaName(slug);
        if (name) places.push({ kind: 'area', slug, name, area: slug });
      }
    }
    efforts.push({ id: item.id, name: item.name, note: item.focus.note, sources: item.focus.sources, places, conflicts: item.conflicts });
  }
  // Drawn ones first (by name), then those the documents place nowhere.
  return efforts.sort((a, b) => Number(b.places.length > 0) - Number(a.places.length > 0) || a.name.localeCompare(b.name, 'sv'));
}

/** The drawn places, each once (Möllevången is both a BID area and where the ordningsvakter work). */
export function focusPlaces(efforts: readonly FocusEffort[]): (FocusPlace & { efforts: string[] })[] {
  const byKey = new Map<string, FocusPlace & { efforts: string[] }>();
  for (const e of efforts) {
    for (const p of e.places) {
      const key = `${p.kind}:${p.slug}`;
      const seen = byKey.get(key);
      if (seen) seen.efforts.push(e.name);
      else byKey.set(key, { ...p, efforts: [e.name] });
    }
  }
  return [...byKey.values()];
}

/** The efforts with a place in `area` (a delområde of it, or the area itself). */
export function focusInArea(efforts: readonly FocusEffort[], area: string): FocusEffort[] {
  return efforts.filter((e) => e.places.some((p) => p.area === area));
}
