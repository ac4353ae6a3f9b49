import type { AreaFeature } from './api/areas';
import type { SubareaFeature } from './api/subareas';
import { crossCheckSubareas, subareasOf } from './model';

const geometry = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const area = (slug: string, subareas: string[]): AreaFeature => ({
  type: 'Feature',
  id: 1,
  geometry,
  properties: { slug, code: '1', name: slug, officialName: slug, areaKm2: 1, subareas },
});
const sub = (slug: string, name: string, areaSlug: string): SubareaFeature => ({
  type: 'Feature',
  id: 2,
  geometry,
  properties: { slug, code: '12345', name, areaSlug, areaKm2: 1 },
});

describe('subareasOf', () => {
  it('lists the delområden of the area by Swedish alphabetical order', () => {
    const list = subareasOf(area('a', []), [sub('o', 'Östra', 'a'), sub('b', 'Berga', 'a'), sub('x', 'Annat', 'b')]);
    expect(list.map((s) => s.name)).toEqual(['Berga', 'Östra']);
  });
  it('falls back to the slugs in the area file when the delområden file is missing', () => {
    expect(subareasOf(area('a', ['berga']), undefined)).toEqual([{ slug: 'berga', name: 'berga' }]);
  });
});

describe('crossCheckSubareas', () => {
  it('reports a delområde whose area does not exist, naming record and field', () => {
    const problems = crossCheckSubareas([area('a', [])], [sub('b', 'Berga', 'a'), sub('c', 'Cirkel', 'z')]);
    expect(problems).toEqual([
      expect.objectContaining({ record: 'delområde 12345 (Cirkel)', field: 'properties.areaSlug' }),
    ]);
  });
});
