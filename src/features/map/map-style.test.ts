import { LAYER, SOURCE, buildStyle, choroplethFill, layers, shade } from './map-style';

describe('map style', () => {
  it('requests glyphs only from the given same-origin base', () => {
    const style = buildStyle('http://localhost/glyphs/', {
      areas: { type: 'FeatureCollection', features: [] },
      subareas: { type: 'FeatureCollection', features: [] },
      basemap: { type: 'FeatureCollection', features: [] },
    });
    expect(style.glyphs).toBe('http://localhost/glyphs/{fontstack}/{range}.pbf');
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
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
  it('outlines the selection from its own source and hatches by feature-state, never by filters on the areas', () => {
    const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
    expect([byId[LAYER.areasSelected], byId[LAYER.areasSelectedCasing]].map((l) => (l as { source: string }).source)).toEqual([SOURCE.selected, SOURCE.selected]);
    // A filter on a layer of the areas source makes MapLibre lay out every area again when it changes.
    expect(layers.filter((l) => 'filter' in l && 'source' in l && l.source !== SOURCE.basemap)).toEqual([]);
    expect(JSON.stringify(byId[LAYER.areasMissing]!.paint)).toContain('"feature-state","missing"');
  });
});
