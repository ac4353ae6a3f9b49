import initialView from './initial-view.json';
import { AREAS_MAX_TILE_ZOOM, BADGE_ANCHOR_OFFSETS, NAME_PLACEMENT, badgeAnchorOffsets } from './label-placement';
import { LAYER, SOURCE, allLayers, layers } from './map-style';
import { sourceSpec } from './style-sources';

/** The tile (x, y) holding a lon/lat at `zoom`, as MapLibre numbers them (Web Mercator). */
function tileOf([lon, lat]: [number, number], zoom: number): [number, number] {
  const n = 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
}

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
  it('places a badge after the names and an insats\'s place dots (under them in the layer order) and never over one', () => {
    const ids = allLayers.map((l) => l.id);
    // Placed top down: names, then the dots (always shown, but taking their place), then the badges.
    expect(ids.indexOf(LAYER.places)).toBe(ids.indexOf(LAYER.areasLabel) - 1);
    expect(ids.indexOf(LAYER.counts)).toBe(ids.indexOf(LAYER.places) - 1);
    const dot = (allLayers.find((l) => l.id === LAYER.places)!.layout ?? {}) as Record<string, unknown>;
    expect(dot['icon-allow-overlap']).toBe(true);
    expect(dot).not.toHaveProperty('icon-ignore-placement');
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
