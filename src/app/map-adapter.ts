/**
 * What the map draws, from the app's data: a pure function, so the map view only syncs sources
 * and feature-state, and all of this is tested without a map.
 */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaFeature } from '../features/areas/api/areas';
import type { SubareaFeature } from '../features/areas/api/subareas';
import { innerPoint } from '../features/areas/geometry';
import { CLASS_COLORS, MISSING_COLOR } from '../features/index/classes';
import { classesByArea, type IndexModel } from '../features/index/model';
import type { Initiative } from '../features/initiatives/api/initiatives';
import type { Choropleth, CountProperties, FocusProperties, MapDrawing, PlaceProperties } from '../features/map/map-drawing';

export type { MapDrawing };

export interface MapDrawingInput {
  model: IndexModel | null;
  areas: AreaFeature[] | undefined;
  subareas: SubareaFeature[] | undefined;
  /** Initiatives per area slug under the current filters (the initiatives feature counts them); null while the register loads. */
  areaCounts: Record<string, number> | null;
  /** The open initiative, if any. */
  open: Initiative | null;
  /** The selected area's slug. */
  selected: string | null;
  /** The open delområde's slug. */
  openSubarea?: string | null;
  /** The insatsområden to outline (features/initiatives/focus.ts); null = the toggle is off. */
  focus?: readonly { kind: 'subarea' | 'area'; slug: string }[] | null;
}

type Polygonal = Feature<Polygon | MultiPolygon, { slug: string }>;

interface Located {
  bySlug: Map<string, Polygonal>;
  /** Filled on first use: an inner point is a polylabel search, not free with thousands of areas. */
  points: Map<string, [number, number]>;
}

// Per features array (the app keeps one per loaded file): slugs, and inner points once asked for.
const located = new WeakMap<readonly Polygonal[], Located>();

function locate(features: readonly Polygonal[]): Located {
  let l = located.get(features);
  if (!l) {
    l = { bySlug: new Map(features.map((f) => [f.properties.slug, f])), points: new Map() };
    located.set(features, l);
  }
  return l;
}

function pointOf(features: readonly Polygonal[], slug: string): [number, number] | null {
  const l = locate(features);
  let p = l.points.get(slug);
  if (!p) {
    const f = l.bySlug.get(slug);
    if (!f) return null;
    p = innerPoint(f);
    l.points.set(slug, p);
  }
  return p;
}

const point = <P>(coordinates: [number, number], properties: P): Feature<Point, P> => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });

// The same object for the same model and areas: the map view counts a new choropleth object as
// a new colouring (data-choropleth, the "map:choropleth" mark), so a selection or a filter, which
// makes a new drawing, must not make a new one.
const choropleths = new WeakMap<IndexModel, WeakMap<readonly AreaFeature[], Choropleth>>();

function choroplethOf(model: IndexModel, areas: readonly AreaFeature[]): Choropleth {
  let byAreas = choropleths.get(model);
  if (!byAreas) choropleths.set(model, (byAreas = new WeakMap()));
  let c = byAreas.get(areas);
  if (!c) {
    c = { classes: classesByArea(model, areas.map((a) => a.properties.slug)), colors: CLASS_COLORS, missingColor: MISSING_COLOR };
    byAreas.set(areas, c);
  }
  return c;
}

const countsCache = new WeakMap<readonly AreaFeature[], WeakMap<Record<string, number>, MapDrawing['counts']>>();

function countsOf(areas: readonly AreaFeature[], areaCounts: Record<string, number>): NonNullable<MapDrawing['counts']> {
  let byCounts = countsCache.get(areas);
  if (!byCounts) countsCache.set(areas, (byCounts = new WeakMap()));
  let fc = byCounts.get(areaCounts);
  if (!fc) {
    // Areas with none get no point: the map would not draw it (and with thousands of areas the
    // worker would hold them all for nothing). The text alternative reads a missing one as 0.
    const features = areas
      .filter((a) => (areaCounts[a.properties.slug] ?? 0) > 0)
      .map((a) => point<CountProperties>(pointOf(areas, a.properties.slug)!, { slug: a.properties.slug, count: areaCounts[a.properties.slug]! }));
    fc = { type: 'FeatureCollection', features };
    byCounts.set(areaCounts, fc);
  }
  return fc;
}

/** The open initiative's named places that have a known delområde, at its inner point (approximate). */
function placesOf(open: Initiative | null, subareas: readonly SubareaFeature[] | undefined): MapDrawing['places'] {
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const p of open?.geography.places ?? []) {
    const at = p.subarea && subareas ? pointOf(subareas, p.subarea) : null;
    if (at) features.push(point<PlaceProperties>(at, { name: p.name }));
  }
  return { type: 'FeatureCollection', features };
}

/** The polygons of the insatsområden, from the loaded areas and delområden (a slug neither has is left out). */
function focusOf(focus: MapDrawingInput['focus'], areas: readonly AreaFeature[] | undefined, subareas: readonly SubareaFeature[] | undefined): MapDrawing['focus'] {
  const features: Feature<Polygon | MultiPolygon, FocusProperties>[] = [];
  for (const p of focus ?? []) {
    const from = p.kind === 'area' ? areas : subareas;
    const f = from ? locate(from).bySlug.get(p.slug) : undefined;
    if (f) features.push({ type: 'Feature', geometry: f.geometry, properties: { slug: p.slug, kind: p.kind } });
  }
  return { type: 'FeatureCollection', features };
}

export function mapDrawing(input: MapDrawingInput): MapDrawing {
  const { model, areas, subareas, areaCounts, open, selected, openSubarea = null, focus = null } = input;
  const known = areas ? locate(areas).bySlug : null;
  return {
    choropleth: model && areas ? choroplethOf(model, areas) : null,
    counts: areas && areaCounts ? countsOf(areas, areaCounts) : null,
    places: placesOf(open, subareas),
    highlighted: open && known ? open.geography.areas.filter((s) => known.has(s)) : [],
    selected: selected !== null && known?.has(selected) ? selected : null,
    openSubarea,
    focus: focusOf(focus, areas, subareas),
  };
}
