// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, Polygon } from 'geojson';
import { areaKm2, boundsOf, innerPoint } from './geometry';

const square = (x: number, y: number, s: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] },
});

describe('areaKm2', () => {
  it('measures a one-degree cell at the equator as about 12 364 km²', () => {
    // 111.195 km per degree on turf's sphere (R = 6371.0088 km): 111.195² ≈ 12 364.
    expect(areaKm2(square(0, 0, 1))).toBeCloseTo(12364, -1);
  });
  it('agrees with the source area of a real GeSO within 1 %', () => {
    const areas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/geo/omraden.geojson'), 'utf8'));
    const oxie = areas.features.find((f: Feature) => f.properties?.slug === 'oxie-kyrkby');
    expect(Math.abs(areaKm2(oxie) - 23.06) / 23.06).toBeLessThan(0.01);
  });
});

describe('boundsOf', () => {
  it('spans all features', () => {
    expect(boundsOf([square(12.9, 55.5, 0.1), square(13.1, 55.6, 0.25)])).toEqual([12.9, 55.5, 13.35, 55.85]);
  });
});

describe('innerPoint', () => {
  it('lies inside a concave polygon where the centroid does not', () => {
    // A U shape: the centroid (0.5, ~0.4) is in the notch; the inner point is in a leg or the base.
    const u: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0.8, 1], [0.8, 0.2], [0.2, 0.2], [0.2, 1], [0, 1], [0, 0]]] },
    };
    const [x, y] = innerPoint(u);
    const inNotch = x > 0.2 && x < 0.8 && y > 0.2;
    expect(inNotch).toBe(false);
    expect(x >= 0 && x <= 1 && y >= 0 && y <= 1).toBe(true);
  });
});
