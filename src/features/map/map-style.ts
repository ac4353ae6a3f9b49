import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** Source and layer ids, typed so a typo is a compile error rather than a silent no-op. */
export const SOURCE = { basemap: 'basemap', areas: 'areas', subareas: 'subareas' } as const;
export const LAYER = {
  background: 'background',
  context: 'context-land',
  malmo: 'malmo-land',
  areasFill: 'areas-fill',
  areasMissing: 'areas-missing',
  areasHover: 'areas-hover',
  subareasLine: 'subareas-line',
  areasLine: 'areas-line',
  areasSelectedCasing: 'areas-selected-casing',
  areasSelected: 'areas-selected-line',
  areasLabel: 'areas-label',
} as const;

export const COLORS = {
  water: '#c9dde8',
  context: '#ecebe4',
  malmo: '#f6f5ef',
  areaFill: '#d9e4d0',
  hoverShade: '#000000',
  outline: '#2f3b35',
  subareaOutline: '#5a6b60',
  label: '#14201a',
  labelHalo: '#ffffff',
} as const;

export const LABEL_FONT = 'DejaVuSans-Bold';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

export const HATCH_IMAGE = 'hatch';
export const HOVER_SHADE_OPACITY = 0.18;

export interface Choropleth {
  /** Class index per feature id; null = no value ("saknas"). */
  classes: Record<number, number | null>;
  colors: readonly string[];
  missingColor: string;
}

/** Fill colour by the feature-state "cls" the map view sets per area; no GeoJSON is rebuilt. */
export function choroplethFill(colors: readonly string[] | null, missingColor: string): ExpressionSpecification | string {
  if (!colors) return COLORS.areaFill;
  const stops = colors.flatMap((c, i) => [i, c]);
  return ['match', ['coalesce', ['feature-state', 'cls'], -1], ...stops, missingColor] as unknown as ExpressionSpecification;
}

export function missingFilter(ids: number[]): FilterSpecification {
  return ['in', ['id'], ['literal', ids]];
}

export function subareaFilter(areaSlug: string | null): FilterSpecification {
  return ['==', ['get', 'areaSlug'], areaSlug ?? ''];
}

export const layers: LayerSpecification[] = [
  { id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.water } },
  {
    id: LAYER.context,
    type: 'fill',
    source: SOURCE.basemap,
    filter: ['==', ['get', 'kind'], 'context'],
    paint: { 'fill-color': COLORS.context },
  },
  {
    id: LAYER.malmo,
    type: 'fill',
    source: SOURCE.basemap,
    filter: ['==', ['get', 'kind'], 'malmo'],
    paint: { 'fill-color': COLORS.malmo },
  },
  {
    id: LAYER.areasFill,
    type: 'fill',
    source: SOURCE.areas,
    paint: { 'fill-color': COLORS.areaFill, 'fill-opacity': 0.92 },
  },
  {
    // Hatching for "saknas", so a missing value is not told by colour alone.
    id: LAYER.areasMissing,
    type: 'fill',
    source: SOURCE.areas,
    filter: missingFilter([]),
    paint: { 'fill-pattern': HATCH_IMAGE },
  },
  {
    id: LAYER.areasHover,
    type: 'fill',
    source: SOURCE.areas,
    paint: { 'fill-color': COLORS.hoverShade, 'fill-opacity': ['case', hovered, HOVER_SHADE_OPACITY, 0] },
  },
  {
    id: LAYER.subareasLine,
    type: 'line',
    source: SOURCE.subareas,
    filter: subareaFilter(null),
    paint: { 'line-color': COLORS.subareaOutline, 'line-width': 1, 'line-dasharray': [2, 2] },
  },
  {
    id: LAYER.areasLine,
    type: 'line',
    source: SOURCE.areas,
    paint: { 'line-color': COLORS.outline, 'line-width': ['case', hovered, 2.5, 1.2] },
  },
  {
    id: LAYER.areasSelectedCasing,
    type: 'line',
    source: SOURCE.areas,
    filter: ['boolean', false],
    paint: { 'line-color': '#ffffff', 'line-width': 7 },
  },
  {
    id: LAYER.areasSelected,
    type: 'line',
    source: SOURCE.areas,
    filter: ['boolean', false],
    paint: { 'line-color': '#000000', 'line-width': 3.5 },
  },
  {
    id: LAYER.areasLabel,
    type: 'symbol',
    source: SOURCE.areas,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 9, 10, 12, 14],
      'text-max-width': 7,
      'text-padding': 1,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.6 },
  },
];

export function selectedOutlineFilter(id: number | null): FilterSpecification {
  return ['==', ['id'], id ?? -1];
}

export function buildStyle(
  glyphsBase: string,
  data: { basemap: FeatureCollection; areas: FeatureCollection; subareas: FeatureCollection },
): StyleSpecification {
  return {
    version: 8,
    glyphs: `${glyphsBase}{fontstack}/{range}.pbf`,
    sources: {
      [SOURCE.basemap]: { type: 'geojson', data: data.basemap },
      [SOURCE.areas]: { type: 'geojson', data: data.areas },
      [SOURCE.subareas]: { type: 'geojson', data: data.subareas },
    },
    layers,
  };
}
