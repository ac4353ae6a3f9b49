import initialView from './initial-view.json';
import {
  AREAS_MAX_TILE_ZOOM,
  AREA_KEY,
  BADGE_ANCHOR_OFFSETS,
  LAYER,
  LAZY_SOURCES,
  NAME_PLACEMENT,
  SOURCE,
  allLayers,
  badgeAnchorOffsets,
  buildStyle,
  choroplethFill,
  layerAbove,
  layers,
  layersOf,
  overlayLayers,
  shade,
  sourceSpec,
} from './map-style';

/** The tile (x, y) holding a lon/lat at `zoom`, as MapLibre numbers them (Web Mercator). */
function tileOf([lon, lat]: [number, number], zoom: number): [number, number] {
  const n = 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
}

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
    expect(layerAbove(LAYER.places, (id) => start.has(id))).toBeUndefined();
    expect(layerAbove(LAYER.counts, (id) => start.has(id))).toBe(LAYER.areasLabel);
    start.add(LAYER.highlight);
    expect(layerAbove(LAYER.places, (id) => start.has(id))).toBeUndefined();
    expect(layerAbove(LAYER.areasSelected, (id) => start.has(id))).toBe(LAYER.areasLabel);
  });
});

describe('label placement', () => {
  it('tiles the areas no finer than one tile for the whole city, so each area gets one name, at its pole', () => {
    expect(sourceSpec(SOURCE.areas, 'http://localhost/a.geojson')).toMatchObject({ maxzoom: AREAS_MAX_TILE_ZOOM, tolerance: 0, promoteId: 'slug' });
    expect(sourceSpec(SOURCE.selected, 'http://localhost/a.geojson')).not.toHaveProperty('maxzoom');
    // The shipped areas' bounds in one tile at that zoom (not at the next: the rule is not idle).
    const [w, s, e, n] = initialView.bounds as [number, number, number, number];
    const corners = (z: number) => new Set([[w, s], [w, n], [e, s], [e, n]].map((c) => tileOf(c as [number, number], z).join('/')));
    expect(corners(AREAS_MAX_TILE_ZOOM).size).toBe(1);
    expect(corners(AREAS_MAX_TILE_ZOOM + 1).size).toBeGreaterThan(1);
  });
  it('puts a name on its pole if it fits, else beside it, and the smallest areas first', () => {
    expect(NAME_PLACEMENT['text-variable-anchor']).toEqual(expect.arrayContaining(['center', 'top', 'bottom', 'left', 'right']));
    expect((NAME_PLACEMENT['text-variable-anchor'] as string[])[0]).toBe('center');
    expect(NAME_PLACEMENT['symbol-sort-key']).toEqual(['to-number', ['get', 'areaKm2'], 0]);
    const label = layers.find((l) => l.id === LAYER.areasLabel)!;
    expect(label.layout).toMatchObject(NAME_PLACEMENT);
    expect(label.layout).not.toHaveProperty('text-allow-overlap');
  });
  it('places a badge after the names (under them in the layer order) and never over one', () => {
    const ids = allLayers.map((l) => l.id);
    expect(ids.indexOf(LAYER.counts)).toBe(ids.indexOf(LAYER.areasLabel) - 1);
    const badge = allLayers.find((l) => l.id === LAYER.counts)!;
    const layout = (badge.layout ?? {}) as Record<string, unknown>;
    for (const key of ['text-allow-overlap', 'text-ignore-placement', 'icon-allow-overlap', 'icon-ignore-placement', 'text-overlap', 'icon-overlap']) expect(layout).not.toHaveProperty(key);
    expect(layout['icon-text-fit']).toBe('both');
    expect(layout['text-variable-anchor-offset']).toBe(BADGE_ANCHOR_OFFSETS);
  });
  it('tries a badge on the pole, then under and above the name, then beside it, never far from the pole', () => {
    const pairs = (offsets: (string | [number, number])[]) => Array.from({ length: offsets.length / 2 }, (_, i) => [offsets[2 * i], offsets[2 * i + 1]] as [string, [number, number]]);
    const candidates = pairs(badgeAnchorOffsets([1, 2], [1.5]));
    expect(candidates.slice(0, 5)).toEqual([
      ['center', [0, 0]],
      ['top', [0, 1]],
      ['bottom', [0, -1]],
      ['top', [0, 2]],
      ['bottom', [0, -2]],
    ]);
    expect(candidates.slice(-2)).toEqual([
      ['left', [1.5, 0]],
      ['right', [-1.5, 0]],
    ]);
    // An anchor names the badge's side that touches the offset point: a badge under the pole
    // hangs from its top, one to the right starts with its left side, and so on.
    for (const [anchor, [dx, dy]] of candidates) {
      if (anchor.includes('top')) expect(dy, anchor).toBeGreaterThan(0);
      if (anchor.includes('bottom')) expect(dy, anchor).toBeLessThan(0);
      if (anchor.includes('left')) expect(dx, anchor).toBeGreaterThan(0);
      if (anchor.includes('right')) expect(dx, anchor).toBeLessThan(0);
    }
    for (const [, [dx, dy]] of pairs(BADGE_ANCHOR_OFFSETS)) expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(3);
  });
});
