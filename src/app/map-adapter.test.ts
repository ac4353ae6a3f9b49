// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAreas } from '../features/areas/api/areas';
import { parseSubareas } from '../features/areas/api/subareas';
import { innerPoint } from '../features/areas/geometry';
import { parseIndexDefinition } from '../features/index/api/index-definition';
import { parseIndexValues } from '../features/index/api/index-values';
import { CLASS_COLORS, MISSING_COLOR } from '../features/index/classes';
import { buildIndexModel, classesByArea } from '../features/index/model';
import { parseInitiatives, type Initiative } from '../features/initiatives/api/initiatives';
import { mapDrawing, type MapDrawingInput } from './map-adapter';

// Counts the inner-point searches, to see the cache at work.
vi.mock('../features/areas/geometry', async (original) => {
  const actual = await original<typeof import('../features/areas/geometry')>();
  return { ...actual, innerPoint: vi.fn(actual.innerPoint) };
});

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8')) as unknown;
const areas = parseAreas(read('tests/fixtures/geo/omraden.geojson')).items;
const subareas = parseSubareas(read('tests/fixtures/geo/delomraden.geojson')).items;
const definition = parseIndexDefinition(read('tests/fixtures/data/index-definition.json'));
const values = parseIndexValues(read('tests/fixtures/data/index-values.json')).items;
const initiatives = parseInitiatives(read('tests/fixtures/data/insatser.json')).items;
const slugs = areas.map((a) => a.properties.slug);
const model = buildIndexModel(definition, values, slugs, { year: null, layer: 'index' })!;
const initiative = (id: string) => initiatives.find((i) => i.id === id)!;
const areaNamed = (slug: string) => areas.find((a) => a.properties.slug === slug)!;
const subareaNamed = (slug: string) => subareas.find((s) => s.properties.slug === slug)!;

const input = (over: Partial<MapDrawingInput> = {}): MapDrawingInput => ({ model, areas, subareas, areaCounts: null, open: null, selected: null, ...over });

describe('the map drawing', () => {
  it('gives every area its class by slug, as the index model classes it, in the class colours', () => {
    const { choropleth } = mapDrawing(input());
    expect(choropleth).toEqual({ classes: classesByArea(model, slugs), colors: CLASS_COLORS, missingColor: MISSING_COLOR });
    expect(Object.keys(choropleth!.classes).sort()).toEqual([...slugs].sort());
    expect(Object.values(choropleth!.classes).every((c) => typeof c === 'number')).toBe(true);
  });

  it('gives an area without a value the class null ("saknas")', () => {
    const without = buildIndexModel(definition, values.filter((v) => v.area !== 'oxie-kyrkby'), slugs, { year: null, layer: 'index' })!;
    const { classes } = mapDrawing(input({ model: without })).choropleth!;
    expect(classes['oxie-kyrkby']).toBeNull();
    expect(classes['ortagarden']).toBe(classesByArea(model, ['ortagarden'])['ortagarden']);
    expect(classes['ortagarden']).not.toBeNull();
  });

  it('has no choropleth without an index model, or before the areas are loaded', () => {
    expect(mapDrawing(input({ model: null })).choropleth).toBeNull();
    expect(mapDrawing(input({ areas: undefined })).choropleth).toBeNull();
  });

  it('keeps the choropleth object while the model and the areas stay, so the map does not colour again', () => {
    const first = mapDrawing(input());
    const next = mapDrawing(input({ selected: 'ortagarden', areaCounts: { ortagarden: 1 }, open: initiative('kraftsamling-herrgarden') }));
    expect(next.choropleth).toBe(first.choropleth);
    const otherYear = buildIndexModel(definition, values, slugs, { year: 2021, layer: 'index' })!;
    expect(mapDrawing(input({ model: otherYear })).choropleth).not.toBe(first.choropleth);
  });

  it('puts a count at the inner point of each area with initiatives, and none where there are none', () => {
    const { counts } = mapDrawing(input({ areaCounts: { ortagarden: 3, 'vastra-hamnen': 0 } }));
    expect(counts!.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: innerPoint(areaNamed('ortagarden')) }, properties: { slug: 'ortagarden', count: 3 } },
    ]);
    // Not known yet (the register or the areas loading): null, and the map keeps what it shows.
    expect(mapDrawing(input({ areaCounts: null })).counts).toBeNull();
    expect(mapDrawing(input({ areaCounts: { ortagarden: 3 }, areas: undefined })).counts).toBeNull();
  });

  it('places the open initiative\'s named places at their delområde\'s inner point, and only those with a known delområde', () => {
    const base = initiative('kraftsamling-herrgarden');
    const open: Initiative = {
      ...base,
      geography: {
        ...base.geography,
        places: [...base.geography.places, { name: 'Okänt', subarea: 'finns-inte' }, { name: 'Utan delområde', area: 'ortagarden' }],
      },
    };
    const { places } = mapDrawing(input({ open }));
    expect(places.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: innerPoint(subareaNamed('herrgarden')) }, properties: { name: 'Herrgården' } },
    ]);
    expect(mapDrawing(input({ open, subareas: undefined })).places.features).toEqual([]);
    expect(mapDrawing(input()).places.features).toEqual([]);
  });

  it('outlines the open initiative\'s areas (those the map has)', () => {
    const base = initiative('kraftsamling-herrgarden');
    expect(mapDrawing(input({ open: base })).highlighted).toEqual(['ortagarden']);
    const wider: Initiative = { ...base, geography: { ...base.geography, areas: ['vastra-hamnen', 'finns-inte', 'ortagarden'] } };
    expect(mapDrawing(input({ open: wider })).highlighted).toEqual(['vastra-hamnen', 'ortagarden']);
    expect(mapDrawing(input()).highlighted).toEqual([]);
  });

  it('names the selected area by slug, when the areas have it', () => {
    expect(mapDrawing(input({ selected: 'oxie-kyrkby' })).selected).toBe('oxie-kyrkby');
    expect(mapDrawing(input({ selected: 'finns-inte' })).selected).toBeNull();
    expect(mapDrawing(input({ selected: 'oxie-kyrkby', areas: undefined })).selected).toBeNull();
  });

  it('gives equal drawings for equal inputs, and searches each inner point once per features array', () => {
    const search = vi.mocked(innerPoint);
    // Fresh arrays, so no earlier test has filled their cache.
    const same = { areas: areas.map((a) => ({ ...a })), subareas: subareas.map((s) => ({ ...s })), open: initiative('kraftsamling-herrgarden'), selected: 'ortagarden' };
    const calls = search.mock.calls.length;
    const a = mapDrawing(input({ ...same, areaCounts: { ortagarden: 2, 'oxie-kyrkby': 1 } }));
    // Two areas with a count and one delområde with a place.
    expect(search.mock.calls.length - calls).toBe(3);
    const b = mapDrawing(input({ ...same, areaCounts: { ortagarden: 2, 'oxie-kyrkby': 1 } }));
    expect(search.mock.calls.length - calls).toBe(3);
    expect(b).toEqual(a);
    expect(mapDrawing(input({ ...same, areas, subareas, areaCounts: { ortagarden: 2, 'oxie-kyrkby': 1 } }))).toEqual(a);
  });
});
