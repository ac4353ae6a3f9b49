import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import initialView from './initial-view.json';
// Turf's bbox itself, not the areas feature's boundsOf (a feature does not import another).
import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';

describe('initial view', () => {
  it('is the bounds of the shipped areas file (re-run npm run data:geo when the geography changes)', () => {
    const fc = JSON.parse(readFileSync(join(__dirname, '../../../public/geo/omraden.geojson'), 'utf8')) as FeatureCollection;
    expect(initialView.bounds).toEqual(bbox(fc).slice(0, 4));
  });
});
