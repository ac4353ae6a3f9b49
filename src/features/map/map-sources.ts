import type maplibregl from './maplibre';
import type { Feature, FeatureCollection } from 'geojson';
import { AREA_KEY } from './map-style';
import { layerAbove, layersOf, sourceSpec } from './style-sources';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * False while the WebGL context is lost: MapLibre then drops its style (and rebuilds it from a
 * copy on "webglcontextrestored"), and every source, layer and feature-state call would throw.
 */
export const drawable = (map: maplibregl.Map) => Boolean(map.style);

/** The slug of an area feature (its id in the sources that promote it), if it has one. */
export function slugOf(feature: Pick<Feature, 'properties'> | undefined): string | null {
  const slug: unknown = feature?.properties?.[AREA_KEY];
  return typeof slug === 'string' ? slug : null;
}

/** Adds one of LAZY_SOURCES and its layers, each under the first present layer above it. */
export function addSourceWithLayers(map: maplibregl.Map, source: string, data: FeatureCollection) {
  if (map.getSource(source)) return;
  map.addSource(source, sourceSpec(source, data));
  for (const layer of layersOf(source)) map.addLayer(layer, layerAbove(layer.id, (id) => map.getLayer(id) !== undefined));
}

/**
 * Puts `data` into `source`; a source that is not in the map yet (LAZY_SOURCES) is added with its
 * layers when there is something to draw. Returns whether the map changed (and will draw).
 */
export function setSourceData(map: maplibregl.Map, source: string, data: FeatureCollection): boolean {
  const existing = map.getSource(source) as maplibregl.GeoJSONSource | undefined;
  if (existing) {
    existing.setData(data);
    return true;
  }
  if (data.features.length === 0) return false;
  addSourceWithLayers(map, source, data);
  return true;
}

/** The areas of `fc` whose slug is in `slugs`. */
export function subset(fc: FeatureCollection, slugs: ReadonlySet<string>): FeatureCollection {
  if (slugs.size === 0) return EMPTY;
  return { type: 'FeatureCollection', features: fc.features.filter((f) => slugs.has(slugOf(f) ?? '')) };
}

/** What a point collection shows: positions and some properties (the area of a count, a place's name). */
export function pointsKey(fc: FeatureCollection, properties: readonly string[]): string {
  return fc.features
    .map((f) => `${f.geometry.type === 'Point' ? f.geometry.coordinates.join(',') : ''}=${properties.map((p) => String(f.properties?.[p])).join('|')}`)
    .join(';');
}
