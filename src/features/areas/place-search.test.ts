import { describe, expect, it } from 'vitest';
import type { AreaFeature } from './api/areas';
import type { SubareaFeature } from './api/subareas';
import { MAX_PLACE_HITS, searchPlaces } from './place-search';

const geometry = { type: 'Polygon' as const, coordinates: [[[13, 55.5], [13.1, 55.5], [13.1, 55.6], [13, 55.5]]] };
const area = (slug: string, name: string, officialName: string): AreaFeature => ({
  type: 'Feature', id: slug.length, geometry, properties: { slug, code: '1', name, officialName, areaKm2: 1, subareas: [] },
});
const sub = (slug: string, name: string, areaSlug: string): SubareaFeature => ({
  type: 'Feature', id: slug.length, geometry, properties: { slug, code: '12345', name, areaSlug, areaKm2: 0.1 },
});

const areas = [area('ortagarden', 'Örtagården', 'Örtagården, Annelund m fl'), area('ribersborg', 'Ribersborg', 'Ribersborg, Fridhem m fl')];
const subareas = [sub('persborg', 'Persborg', 'ortagarden'), sub('ribersborg', 'Ribersborg', 'ribersborg'), sub('annelund', 'Annelund', 'ortagarden')];

describe('searchPlaces', () => {
  it('finds an area without its diacritics', () => {
    expect(searchPlaces('ortagarden', areas, subareas)).toEqual([{ kind: 'area', slug: 'ortagarden', name: 'Örtagården', areaSlug: 'ortagarden' }]);
  });

  it('finds a delområde with its area, and only where a word starts', () => {
    expect(searchPlaces('Persborg', areas, subareas)).toEqual([{ kind: 'subarea', slug: 'persborg', name: 'Persborg', areaSlug: 'ortagarden' }]);
    expect(searchPlaces('borg', areas, subareas)).toEqual([]);
  });

  it('matches the official name and lists areas before delområden', () => {
    expect(searchPlaces('annelund', areas, subareas).map((h) => `${h.kind}:${h.slug}`)).toEqual(['area:ortagarden', 'subarea:annelund']);
  });

  it('gives nothing for an empty query and caps the hits', () => {
    expect(searchPlaces('  ', areas, subareas)).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => sub(`hus-${i}`, `Hus ${i}`, 'ortagarden'));
    expect(searchPlaces('hus', areas, many)).toHaveLength(MAX_PLACE_HITS);
  });
});
