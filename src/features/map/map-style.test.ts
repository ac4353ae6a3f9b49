import { LAYER, buildStyle, layers, selectedOutlineFilter, subareaFilter } from './map-style';

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
  it('filters delområde outlines to the selected area, and to none without a selection', () => {
    expect(subareaFilter('nydala')).toEqual(['==', ['get', 'areaSlug'], 'nydala']);
    expect(subareaFilter(null)).toEqual(['==', ['get', 'areaSlug'], '']);
  });
  it('outlines only the selected feature id', () => {
    expect(selectedOutlineFilter(4)).toEqual(['==', ['id'], 4]);
    expect(selectedOutlineFilter(null)).toEqual(['==', ['id'], -1]);
  });
});
