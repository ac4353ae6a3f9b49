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

export const PARTY_FIELDS = ['lead', 'partners', 'commissionedBy'] as const;

/**
 * Leads, partners and commissioning bodies no cited source names (its `names`, or the board whose
 * answer it is) in records that do not mark that field as their reading: who does what must come
 * from the documents.
 */
export function unnamedParties(items: readonly Initiative[]): { id: string; field: (typeof PARTY_FIELDS)[number]; organisation: string }[] {
  return items.flatMap((item) => {
    const named = new Set<string>();
    for (const s of item.sources) {
      if (s.organisation) named.add(s.organisation);
      for (const n of s.names ?? []) named.add(n);
    }
    return PARTY_FIELDS.flatMap((field) =>
      item.interpretations?.[field] ? [] : (item[field] ?? []).filter((org) => !named.has(org)).map((organisation) => ({ id: item.id, field, organisation })),
    );
  });
}
