// Single turf packages, not @turf/turf: only these two functions end up in the app bundle.
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import polylabel from 'polylabel';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Geodesic area in km², rounded to two decimals (the precision the source publishes). */
export function areaKm2(feature: Feature<Polygon | MultiPolygon>): number {
  return Math.round(area(feature) / 10_000) / 100;
}

export function boundsOf(features: Feature<Polygon | MultiPolygon>[]): Bounds {
  const all = bbox({ type: 'FeatureCollection', features });
  return [all[0], all[1], all[2], all[3]];
}

/**
 * A point well inside a polygon (its pole of inaccessibility), where a count or a named place can
 * sit without falling outside a concave area. Precision relative to the polygon's size.
 */
export function innerPoint(feature: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const largest = polygons
    .map((coords) => ({ coords, size: area({ type: 'Polygon', coordinates: coords }) }))
    .sort((a, b) => b.size - a.size)[0]!.coords;
  const [w, s, e, n] = bbox({ type: 'Polygon', coordinates: largest });
  const [x, y] = polylabel(largest as [number, number][][], Math.max(e - w, n - s) / 500);
  return [x!, y!];
}
