import { AREA_KEY, LAYER, SOURCE, allLayers, choroplethFill, layers, overlayLayers, shade } from './map-style';
import { LAZY_SOURCES, buildStyle, layerAbove, layersOf, sourceSpec } from './style-sources';

describe('map style', () => {
  it('requests glyphs only from the given same-origin base', () => {
    const style = buildStyle('http://localhost/glyphs/', {
      areas: { type: 'FeatureCollection', features: [] },
      basemap: { type: 'FeatureCollection', features: [] },
    });
    expect(style.glyphs).toBe('http://localhost/glyphs/{fontstack}/{range}.pbf');
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
  });
  it('names an area by its slug in every source of areas, so feature-state and clicks speak slugs', () => {
    const style = buildStyle('http://localhost/glyphs/', { areas: 'http://localhost/a.geojson', basemap: 'http://localhost/b.geojson' });
    expect(AREA_KEY).toBe('slug');
    expect(style.sources[SOURCE.areas]).toMatchObject({ type: 'geojson', promoteId: 'slug' });
    expect(style.sources[SOURCE.basemap]).not.toHaveProperty('promoteId');
    const empty = { type: 'FeatureCollection' as const, features: [] };
    for (const source of [SOURCE.selected, SOURCE.missing, SOURCE.highlighted, SOURCE.counts]) expect(sourceSpec(source, empty)).toMatchObject({ promoteId: 'slug' });
    expect(sourceSpec(SOURCE.subareas, empty)).not.toHaveProperty('promoteId');
  });
  it('draws labels above fills and outlines', () => {
    const ids = layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.areasLabel)).toBeGreaterThan(ids.indexOf(LAYER.areasLine));
    expect(ids.indexOf(LAYER.areasLine)).toBeGreaterThan(ids.indexOf(LAYER.areasFill));
  });
  it('shades the hovered area in its own class colour, as black at 18 % over it would', () => {
    expect(shade('#ffffff')).toBe('#d1d1d1');
    expect(shade('#cc4c02')).toBe('#a73e02');
    expect(choroplethFill(['#cc4c02', '#ffffd4'], '#dddddd')).toEqual([
      'case',
      ['boolean', ['feature-state', 'hover'], false],
      ['match', ['coalesce', ['feature-state', 'cls'], -1], 0, '#a73e02', 1, shade('#ffffd4'), '#b5b5b5'],
      ['match', ['coalesce', ['feature-state', 'cls'], -1], 0, '#cc4c02', 1, '#ffffd4', '#dddddd'],
    ]);
  });
  it('draws the selection, the "saknas" hatching and the highlight from sources of their own, with no filter on the areas', () => {
    const byId = Object.fromEntries([...layers, ...overlayLayers].map((l) => [l.id, l as { source?: string; filter?: unknown; paint?: object }]));
    expect([LAYER.areasSelected, LAYER.areasSelectedCasing, LAYER.areasMissing, LAYER.highlight].map((id) => byId[id]!.source)).toEqual([
      SOURCE.selected,
      SOURCE.selected,
      SOURCE.missing,
      SOURCE.highlighted,
    ]);
    // A filter on a layer of the areas source makes MapLibre lay out every area again when it
    // changes, and an invisible line or pattern per area is still drawn in every frame.
    const onAreas = Object.values(byId).filter((l) => l.source === SOURCE.areas);
    expect(onAreas.filter((l) => l.filter !== undefined)).toEqual([]);
    expect(onAreas.filter((l) => /opacity"?:\[/.test(JSON.stringify(l.paint ?? {})))).toEqual([]);
  });
  it('starts with only the two files and the layers drawn from them (and the background)', () => {
    const style = buildStyle('http://localhost/glyphs/', { areas: 'http://localhost/a.geojson', basemap: 'http://localhost/b.geojson' });
    expect(Object.keys(style.sources).sort()).toEqual([SOURCE.areas, SOURCE.basemap].sort());
    expect(style.layers.map((l) => l.id)).toEqual([LAYER.background, LAYER.context, LAYER.malmo, LAYER.areasFill, LAYER.areasLine, LAYER.areasLabel]);
  });
  it('with a first frame, starts with the classes under the feature-states and the badges', () => {
    const counts = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [13, 55] }, properties: { slug: 'a', count: 3 } }] };
    const firstFrame = { layer: 'index', layerLabel: { sv: 'Index', en: 'Index' }, example: false, areas: [], summary: { sv: '', en: '' }, year: 2022, choropleth: { classes: { a: 0, b: null, c: 1 }, colors: ['#111111', '#222222'], missingColor: '#999999' }, counts };
    const style = buildStyle('http://localhost/glyphs/', { areas: 'a.geojson', basemap: 'b.geojson', firstFrame });
    expect(Object.keys(style.sources).sort()).toEqual([SOURCE.areas, SOURCE.basemap, SOURCE.counts].sort());
    expect(style.layers.map((l) => l.id)).toContain(LAYER.counts);
    const fill = (style.layers.find((l) => l.id === LAYER.areasFill) as { paint: Record<string, unknown> }).paint['fill-color'];
    expect(fill).toEqual(choroplethFill(['#111111', '#222222'], '#999999', { a: 0, b: null, c: 1 }));
    // A feature-state wins; without one an area has its first-frame class; one without a value, none (-1).
    expect(JSON.stringify(fill)).toContain(JSON.stringify(['coalesce', ['feature-state', 'cls'], ['match', ['get', 'slug'], 'a', 0, 'c', 1, -1]]));
  });
  it('gives every other source its layers, to be added when it first has something to draw', () => {
    const lazy = allLayers.filter((l) => 'source' in l && LAZY_SOURCES.includes(l.source as string));
    expect(LAZY_SOURCES.flatMap((s) => layersOf(s)).map((l) => l.id).sort()).toEqual(lazy.map((l) => l.id).sort());
    expect(layersOf(SOURCE.selected).map((l) => l.id)).toEqual([LAYER.areasSelectedCasing, LAYER.areasSelected]);
  });
  it('draws every line with the areas outline\'s shader program, so no selection compiles one of its own', () => {
    // MapLibre's program for a line layer depends on its kind (dashes, pattern and gradient are
    // programs of their own) and on which paint properties are expressions on feature data.
    const lines = allLayers.filter((l) => l.type === 'line').map((l) => ({ id: l.id, paint: (l.paint ?? {}) as Record<string, unknown> }));
    const shape = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Array.isArray(v) ? `expression:${JSON.stringify(v).includes('feature-state')}` : 'constant']));
    const outline = shape(lines.find((l) => l.id === LAYER.areasLine)!.paint);
    expect(outline).toEqual({ 'line-color': 'constant', 'line-width': 'expression:true' });
    expect(lines.filter((l) => JSON.stringify(shape(l.paint)) !== JSON.stringify(outline)).map((l) => l.id)).toEqual([]);
    expect(lines.length).toBeGreaterThanOrEqual(5);
  });
  it('puts a later layer under the first present layer above it in the full order', () => {
    const start = new Set<string>([LAYER.background, LAYER.context, LAYER.malmo, LAYER.areasFill, LAYER.areasLine, LAYER.areasLabel]);
    expect(layerAbove(LAYER.areasMissing, (id) => start.has(id))).toBe(LAYER.areasLine);
    expect(layerAbove(LAYER.areasSelected, (id) => start.has(id))).toBe(LAYER.areasLabel);
    expect(layerAbove(LAYER.places, (id) => start.has(id))).toBe(LAYER.areasLabel);
    expect(layerAbove(LAYER.counts, (id) => start.has(id))).toBe(LAYER.areasLabel);
    start.add(LAYER.highlight);
    expect(layerAbove(LAYER.highlight, (id) => start.has(id))).toBeUndefined();
    expect(layerAbove(LAYER.areasSelected, (id) => start.has(id))).toBe(LAYER.areasLabel);
  });
});
