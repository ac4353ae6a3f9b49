import { area, bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Geodesic area in km², rounded to two decimals (the precision the source publishes). */
export function areaKm2(feature: Feature<Polygon | MultiPolygon>): number {
  return Math.round(area(feature) / 10_000) / 100;
}

export function boundsOf(features: Feature<Polygon | MultiPolygon>[]): Bounds {
  const all = bbox({ type: 'FeatureCollection', features });
  return [all[0], all[1], all[2], all[3]];
}
