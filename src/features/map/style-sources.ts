/**
 * Which sources and layers the map has when: the style it starts with (the two files, and a first
 * frame's colours and badges), the sources added later, and where a later layer goes.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { AREAS_MAX_TILE_ZOOM } from './label-placement';
import type { FirstFrame } from './map-drawing';
import { AREA_KEY, LAYER, SOURCE, allLayers, choroplethFill } from './map-style';

const sourceOf = (l: LayerSpecification): string | undefined => ('source' in l && typeof l.source === 'string' ? l.source : undefined);

/** The sources the map starts with: the two files it fetches itself. */
export const INITIAL_SOURCES: readonly string[] = [SOURCE.basemap, SOURCE.areas];

/**
 * Sources that are not in the starting style: each is added, with its layers, the first time it
 * has something to draw. Every GeoJSON source is a round trip through the worker and, when it
 * comes back, another frame: six empty ones at start cost a frame each while the map loads, and a
 * frame is 50–150 ms of software rendering here (docs/performance.md).
 */
export const LAZY_SOURCES: readonly string[] = [SOURCE.subareas, SOURCE.counts, SOURCE.places, SOURCE.selected, SOURCE.missing, SOURCE.highlighted];


/**
 * The sources whose features are areas (or one point per area). MapLibre takes their feature ids
 * from the slug, so feature-state, hover and clicks name an area as the rest of the app does, with
 * no table from slugs to numeric ids.
 */
export const SOURCES_BY_SLUG: readonly string[] = [SOURCE.areas, SOURCE.selected, SOURCE.missing, SOURCE.highlighted, SOURCE.counts];

/** The GeoJSON source spec of `source`: the same options whether it is in the style or added later. */
export function sourceSpec(source: string, data: FeatureCollection | string): GeoJSONSourceSpecification {
  const spec: GeoJSONSourceSpecification = SOURCES_BY_SLUG.includes(source) ? { type: 'geojson', data, promoteId: AREA_KEY } : { type: 'geojson', data };
  return source === SOURCE.areas ? { ...spec, maxzoom: AREAS_MAX_TILE_ZOOM, tolerance: 0 } : spec;
}

/** The layers drawn from `source`, bottom to top. */
export function layersOf(source: string): LayerSpecification[] {
  return allLayers.filter((l) => sourceOf(l) === source);
}

/** The id of the first layer above `layerId` (in allLayers) that `present` says is in the map; undefined = on top. */
export function layerAbove(layerId: string, present: (id: string) => boolean): string | undefined {
  const i = allLayers.findIndex((l) => l.id === layerId);
  return allLayers.slice(i + 1).find((l) => present(l.id))?.id;
}

/**
 * The style the map starts with: background, land, and the areas with their outlines and names.
 * `areas` and `basemap` are URLs of our own GeoJSON files, which MapLibre fetches and parses in
 * its worker as soon as the map exists (or data, in tests). The other sources come later (above).
 */
export function buildStyle(
  glyphsBase: string,
  data: { basemap: FeatureCollection | string; areas: FeatureCollection | string; firstFrame?: FirstFrame | null },
): StyleSpecification {
  const { firstFrame } = data;
  // With a first frame: the areas in their classes' colours and the badges from the start (the
  // canvas is shown once the areas are in, create-map.ts). In the style rather than added then:
  // the worker lays them out with the areas (250 ms).
  const sources = firstFrame ? [...INITIAL_SOURCES, SOURCE.counts] : INITIAL_SOURCES;
  const fill = firstFrame ? choroplethFill(firstFrame.choropleth.colors, firstFrame.choropleth.missingColor, firstFrame.choropleth.classes) : null;
  return {
    version: 8,
    glyphs: `${glyphsBase}{fontstack}/{range}.pbf`,
    sources: {
      [SOURCE.basemap]: sourceSpec(SOURCE.basemap, data.basemap),
      [SOURCE.areas]: sourceSpec(SOURCE.areas, data.areas),
      ...(firstFrame ? { [SOURCE.counts]: sourceSpec(SOURCE.counts, firstFrame.counts) } : {}),
    },
    layers: allLayers
      .filter((l) => sources.includes(sourceOf(l) ?? SOURCE.areas))
      .map((l) => (fill && l.id === LAYER.areasFill && l.type === 'fill' ? { ...l, paint: { ...l.paint, 'fill-color': fill } } : l)),
  };
}
