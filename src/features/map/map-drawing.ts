/**
 * What the map draws, as plain data keyed by area slug: the one identity of an area, in the map as
 * everywhere else (the areas source promotes `slug` to the feature id). Types only, so whoever
 * builds a drawing needs no part of MapLibre.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface Choropleth {
  /** Class index per area slug; null = no value ("saknas"). */
  classes: Record<string, number | null>;
  colors: readonly string[];
  missingColor: string;
}

export type CountProperties = { slug: string; count: number };
export type PlaceProperties = { name: string };
/** An insatsområde's outline: a delområde's polygon, or an area's. */
export type FocusProperties = { slug: string; kind: 'subarea' | 'area' };

export interface MapDrawing {
  /**
   * The areas' classes in the shown layer and year; null = no index (areas in their plain fill).
   * A new object is a new colouring (counted in `data-choropleth`): keep the same one while the
   * classes stay.
   */
  choropleth: Choropleth | null;
  /**
   * One point per area with at least one initiative under the current filters; null while the
   * register is loading (the map keeps what it shows: its first frame's badges, or none).
   */
  counts: FeatureCollection<Point, CountProperties> | null;
  /** Named places (approximate, at a delområde's inner point). */
  places: FeatureCollection<Point, PlaceProperties>;
  /** Slugs of the areas to outline, e.g. those of the open initiative. */
  highlighted: readonly string[];
  /** Slug of the selected area. */
  selected: string | null;
  /** Slug of the open delområde (of the selected area), drawn heavier among its delområden. */
  openSubarea: string | null;
  /** The insatsområden to outline; empty while the toggle is off. */
  focus: FeatureCollection<Polygon | MultiPolygon, FocusProperties>;
}

/**
 * What the map can draw before the app has loaded: the default view's colours and count badges,
 * computed when the app is built (scripts/lib/first-frame.ts), so the map's first idle is finished.
 */
export interface FirstFrame {
  layer: string;
  /** The layer's name in Swedish and English, and whether its values include example data. */
  layerLabel: { sv: string; en: string };
  example: boolean;
  year: number;
  choropleth: Choropleth;
  counts: NonNullable<MapDrawing['counts']>;
  /** The map's text alternative's sentence (features/index/summary.ts), in Swedish and English. */
  summary: { sv: string; en: string };
  /** The areas by name (Swedish collation), for the page before the app (src/app/boot/loading-frame.tsx). */
  areas: { slug: string; name: string; score: number | null; cls: number | null; count: number }[];
}
