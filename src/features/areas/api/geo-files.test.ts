// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAreas } from './areas';
import { parseBasemap } from './basemap';
import { parseSubareas } from './subareas';

const root = resolve(import.meta.dirname, '../../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));

describe('the shipped geo files', () => {
  // The geometry checks (WGS84 window, closed rings, no crossing edges) must not reject real data:
  // Limhamns hamnområde and Ribersborg have a tiny spike that only touches itself, which is accepted.
  it('pass every check, areas, delområden and background alike', () => {
    const areas = parseAreas(read('public/geo/omraden.geojson'));
    const subareas = parseSubareas(read('public/geo/delomraden.geojson'));
    const basemap = parseBasemap(read('public/geo/bakgrund.geojson'));
    expect([...areas.problems, ...subareas.problems, ...basemap.problems]).toEqual([]);
    expect(areas.items).toHaveLength(14);
    expect(subareas.items).toHaveLength(136);
  });
});

describe('repeated ids in a geo file', () => {
  const fixture = () => read('tests/fixtures/geo/omraden.geojson');
  const subFixture = () => read('tests/fixtures/geo/delomraden.geojson');

  it('keeps the first area with an id and reports the second by record and field', () => {
    const data = fixture();
    data.features[2].id = 1;
    const { items, problems } = parseAreas(data);
    expect(items.map((a) => a.properties.slug)).toEqual(['vastra-hamnen', 'oxie-kyrkby']);
    expect(problems).toEqual([{ file: 'geo/omraden.geojson', record: 'post 3 (slug "ortagarden")', field: 'id', message: 'Värdet "1" finns redan i post 1; posten visas inte.' }]);
  });

  it('reports a repeated area slug', () => {
    const data = fixture();
    data.features[1].properties.slug = 'vastra-hamnen';
    expect(parseAreas(data).problems).toEqual([expect.objectContaining({ record: 'post 2 (slug "vastra-hamnen")', field: 'properties.slug' })]);
  });

  it('reports a repeated delområde code', () => {
    const data = subFixture();
    data.features[3].properties.code = '37301';
    expect(parseSubareas(data).problems).toEqual([expect.objectContaining({ record: 'post 4 (slug "herrgarden")', field: 'properties.code' })]);
  });

  it('reports a repeated delområde slug', () => {
    const data = subFixture();
    data.features[1].properties.slug = 'davidshall';
    expect(parseSubareas(data).problems).toEqual([expect.objectContaining({ record: 'post 2 (slug "davidshall")', field: 'properties.slug' })]);
  });
});

describe('an area with bad geometry', () => {
  it('is left out and reported by record and field, the others kept', () => {
    const data = read('tests/fixtures/geo/omraden.geojson');
    data.features[0].geometry.coordinates = [[[118000, 6163000], [118700, 6163000], [118700, 6164100], [118000, 6163000]]];
    const { items, problems } = parseAreas(data);
    expect(items.map((a) => a.properties.slug)).toEqual(['oxie-kyrkby', 'ortagarden']);
    expect(problems).toEqual([expect.objectContaining({ record: 'post 1 (slug "vastra-hamnen")', field: 'geometry.coordinates[0][0]' })]);
  });
});
