import type { FeatureCollection } from 'geojson';
import { EMPTY, pointsKey, slugOf, subset } from './map-sources';

const square = (slug: string, id: number) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  properties: { slug },
});
const areas: FeatureCollection = { type: 'FeatureCollection', features: [square('a', 3), square('b', 1), square('c', 2)] };
const count = (slug: string, n: number, at: [number, number] = [13, 55]) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: at }, properties: { slug, count: n } });

describe('the map view\'s source helpers', () => {
  it('take the areas of a subset by slug, not by numeric id', () => {
    expect(subset(areas, new Set(['c', 'a'])).features.map(slugOf)).toEqual(['a', 'c']);
    expect(subset(areas, new Set(['1', '2'])).features).toEqual([]);
    expect(subset(areas, new Set())).toBe(EMPTY);
  });
  it('read the slug of a feature, and nothing from one without', () => {
    expect(slugOf(square('b', 1))).toBe('b');
    expect(slugOf({ properties: { slug: 7 } })).toBeNull();
    expect(slugOf({ properties: null })).toBeNull();
    expect(slugOf(undefined)).toBeNull();
  });
  it('tell point collections apart by position and the given properties only', () => {
    const fc = (...features: ReturnType<typeof count>[]): FeatureCollection => ({ type: 'FeatureCollection', features });
    const key = (c: FeatureCollection) => pointsKey(c, ['slug', 'count']);
    expect(key(fc(count('a', 2)))).toBe(key(fc(count('a', 2))));
    expect(key(fc(count('a', 2)))).not.toBe(key(fc(count('a', 3))));
    expect(key(fc(count('a', 2)))).not.toBe(key(fc(count('b', 2))));
    expect(key(fc(count('a', 2)))).not.toBe(key(fc(count('a', 2, [13, 56]))));
    expect(pointsKey(fc(count('a', 2)), ['slug'])).toBe(pointsKey(fc(count('a', 3)), ['slug']));
  });
});
