import { join } from 'node:path';
import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { BBOX, generateSynthetic, readRealFiles, syntheticAreaGeometries } from './synthetic';
import { parseAreas } from '../../src/features/areas/api/areas';
import { parseSubareas } from '../../src/features/areas/api/subareas';
import { crossCheckSubareas } from '../../src/features/areas/model';
import { parseIndexValues } from '../../src/features/index/api/index-values';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition';
import { crossCheckValues } from '../../src/features/index/model';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives';
import { parseOrganisations } from '../../src/features/initiatives/api/organisations';
import { crossCheckRegister } from '../../src/features/initiatives/model';
import { readFileSync } from 'node:fs';

const PUBLIC = join(import.meta.dirname, '../../public');
const real = readRealFiles(PUBLIC);
const readJson = (p: string) => JSON.parse(readFileSync(join(PUBLIC, p), 'utf8'));

describe('synthetic scale data', () => {
  // Small counts keep the test fast; the generator does not depend on them otherwise.
  const files = generateSynthetic({ areas: 150, initiatives: 400, seed: 7 }, real);

  it('passes the app’s own validation and cross-file checks', () => {
    const areas = parseAreas(files['geo/omraden.geojson']);
    const subareas = parseSubareas(files['geo/delomraden.geojson']);
    const values = parseIndexValues(files['data/index-values.json']);
    const register = parseInitiatives(files['data/insatser.json']);
    const organisations = parseOrganisations(readJson('data/organisationer.json'));
    const definition = parseIndexDefinition(readJson('data/index-definition.json'));
    const slugs = areas.items.map((a) => a.properties.slug);

    expect(areas.problems).toEqual([]);
    expect(areas.items).toHaveLength(150);
    expect(new Set(slugs).size).toBe(150);
    expect(areas.items.map((a) => a.id)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(subareas.problems).toEqual([]);
    expect(crossCheckSubareas(areas.items, subareas.items)).toEqual([]);
    expect(values.problems).toEqual([]);
    expect(crossCheckValues(definition, values.items, slugs).problems).toEqual([]);
    expect(register.problems).toEqual([]);
    expect(register.items).toHaveLength(400);
    const subareaSlugs = subareas.items.map((s) => s.properties.slug);
    expect(crossCheckRegister(register.items, register.meta, organisations.items, slugs, subareaSlugs)).toEqual([]);
  });

  it('has every (indicator, year) of the real file for every area, plus the city row', () => {
    const realCombos = real.indexValues.values.filter((v) => v.area === 'malmo').length;
    expect((files['data/index-values.json'] as { values: unknown[] }).values).toHaveLength(realCombos * 151);
  });

  it('tiles the Malmö bbox and is the same for the same seed', () => {
    const cells = syntheticAreaGeometries(6000, 1);
    expect(cells).toHaveLength(6000);
    const all = bbox({ type: 'MultiPolygon', coordinates: cells.map((c) => c.coordinates) });
    expect(all[0]).toBeCloseTo(BBOX.west, 5);
    expect(all[1]).toBeCloseTo(BBOX.south, 5);
    expect(all[2]).toBeLessThanOrEqual(BBOX.east + 1e-6);
    expect(all[3]).toBeCloseTo(BBOX.north, 5);
    expect(JSON.stringify(generateSynthetic({ areas: 20, initiatives: 30, seed: 7 }, real))).toBe(
      JSON.stringify(generateSynthetic({ areas: 20, initiatives: 30, seed: 7 }, real)),
    );
  });
});
