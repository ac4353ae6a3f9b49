import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import initialView from './initial-view.json';
import { boundsOf } from '../areas/geometry';

describe('initial view', () => {
  it('is the bounds of the shipped areas file (re-run npm run data:geo when the geography changes)', () => {
    const fc = JSON.parse(readFileSync(join(__dirname, '../../../public/geo/omraden.geojson'), 'utf8')) as { features: Parameters<typeof boundsOf>[0] };
    expect(initialView.bounds).toEqual(boundsOf(fc.features));
  });
});
