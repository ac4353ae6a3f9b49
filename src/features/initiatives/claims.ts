/**
 * Stated or read: which of a record's claims no cited text backs and the record does not mark as
 * its own reading (`interpretations`). Pure; the register test holds the shipped register to it.
 */
import type { Initiative } from './api/initiatives';

/**
 * Area bindings without a named place or delområde in that area, in records that do not mark
 * their geography as an interpretation: an area on the map must come from a place the text names.
 */
export function unbackedAreas(items: readonly Initiative[], areaOfSubarea: ReadonlyMap<string, string>): { id: string; area: string }[] {
  return items.flatMap((item) => {
    if (item.interpretations?.geography) return [];
    const g = item.geography;
    const backed = new Set<string>();
    for (const s of g.subareas) backed.add(areaOfSubarea.get(s) ?? '');
    for (const p of g.places) backed.add(p.area ?? (p.subarea ? (areaOfSubarea.get(p.subarea) ?? '') : ''));
    return g.areas.filter((a) => !backed.has(a)).map((area) => ({ id: item.id, area }));
  });
}
