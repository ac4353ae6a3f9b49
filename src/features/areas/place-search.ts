/**
 * Places in the search: the areas (short and official names) and the delområden, matched the way
 * the register's search matches (every query word starts a word, ignoring case and diacritics),
 * so "ortagarden" finds Örtagården and "persborg" Persborg but not Ribersborg.
 */
import type { AreaFeature } from './api/areas';
import type { SubareaFeature } from './api/subareas';

export interface PlaceHit {
  kind: 'area' | 'subarea';
  slug: string;
  name: string;
  /** The area a delområde belongs to (its own slug for an area). */
  areaSlug: string;
}

const COMBINING_MARKS = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

function words(text: string): string {
  return ` ${text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(NON_WORD, ' ').trim()}`;
}

/** At most this many place hits: a place list longer than a screen is no longer a shortcut. */
export const MAX_PLACE_HITS = 8;

/** Areas first (in the file's order), then delområden by name; empty for an empty query. */
export function searchPlaces(query: string, areas: readonly AreaFeature[], subareas: readonly SubareaFeature[] = []): PlaceHit[] {
  const needles = words(query).split(' ').filter(Boolean).map((w) => ` ${w}`);
  if (needles.length === 0) return [];
  const matches = (...names: string[]) => {
    const haystack = words(names.join(' '));
    return needles.every((n) => haystack.includes(n));
  };
  const hits: PlaceHit[] = areas
    .filter((a) => matches(a.properties.name, a.properties.officialName))
    .map((a) => ({ kind: 'area', slug: a.properties.slug, name: a.properties.name, areaSlug: a.properties.slug }));
  const subHits: PlaceHit[] = subareas
    .filter((s) => matches(s.properties.name))
    .map((s) => ({ kind: 'subarea' as const, slug: s.properties.slug, name: s.properties.name, areaSlug: s.properties.areaSlug }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return [...hits, ...subHits].slice(0, MAX_PLACE_HITS);
}
