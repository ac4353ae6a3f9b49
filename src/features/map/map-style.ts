import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BADGE_ANCHOR_OFFSETS, BADGE_PADDING_PX, NAME_PLACEMENT } from './label-placement';

/** Source and layer ids, typed so a typo is a compile error rather than a silent no-op. */
/**
 * `selected`, `missing` and `highlighted` hold only the areas they draw: a change is a setData of a
 * few polygons, where a filter on the areas source would make MapLibre lay out every area again
 * (seconds with thousands of areas), and an invisible line or pattern per area (feature-state
 * opacity 0) would still be drawn in every frame (docs/performance.md).
 */
export const SOURCE = {
  basemap: 'basemap',
  areas: 'areas',
  subareas: 'subareas',
  counts: 'counts',
  places: 'places',
  selected: 'selected',
  /** The areas without a value in the shown layer and year: hatched. */
  missing: 'missing',
  /** The areas of the open initiative: outlined. */
  highlighted: 'highlighted',
  /**
   * The insatsområden (delområden or areas): outlined while their toggle is on. Not among
   * LAZY_SOURCES: most visits never turn it on, so it is added when it first has something to draw.
   */
  focus: 'focus',
} as const;
export const LAYER = {
  background: 'background',
  context: 'context-land',
  malmo: 'malmo-land',
  areasFill: 'areas-fill',
  areasMissing: 'areas-missing',
  subareasFill: 'subareas-fill',
  subareasLine: 'subareas-line',
  subareasLabel: 'subareas-label',
  areasLine: 'areas-line',
  focusCasing: 'focus-casing',
  focus: 'focus-line',
  areasSelectedCasing: 'areas-selected-casing',
  areasSelected: 'areas-selected-line',
  areasLabel: 'areas-label',
  highlight: 'areas-highlight',
  places: 'places',
  counts: 'counts-badge',
} as const;

export const COLORS = {
  water: '#c9dde8',
  context: '#ecebe4',
  malmo: '#f6f5ef',
  areaFill: '#d9e4d0',
  outline: '#1a1a1a',
  subareaOutline: '#5a6b60',
  label: '#14201a',
  labelHalo: '#ffffff',
  highlight: '#0b5c8a',
  count: '#0b5c8a',
  /** Insatsområden: purple on a white casing, apart from the blue of an open insats and the black selection. */
  focus: '#7b1fa2',
} as const;

export const LABEL_FONT = 'DejaVuSans-Bold';
/** Opaque: see-through fills wash out the class colours (tested in src/app/colour-contrast.test.ts). */
export const FILL_OPACITY = 1;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * A constant line width in the same form as the areas' outline width: an expression on feature
 * state. MapLibre compiles a shader program for each combination of constant and data-driven
 * paint properties; in this form the selection and highlight lines use the outline's program,
 * compiled with the first frame, instead of one of their own, compiled at the first selection –
 * 1.3 s of `getShaderParameter` with software WebGL (docs/performance.md). The width is `width`
 * either way.
 */
export const outlineProgramWidth = (width: number): ExpressionSpecification => ['case', hovered, width, width];

export const HATCH_IMAGE = 'hatch';
/** The count badge's background: a white pill with a ring, stretched around the number (map-images.ts). */
export const BADGE_IMAGE = 'count-badge';
/** A named place: a dot in the highlight colour with a white ring (map-images.ts). */
export const PLACE_IMAGE = 'place-dot';
export const HOVER_SHADE_OPACITY = 0.18;

/** A colour as if covered by black at `opacity`: the hover shade, without a layer of its own. */
export function shade(hex: string, opacity = HOVER_SHADE_OPACITY): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 255) * (1 - opacity));
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Fill colour by the feature-states "cls" (class) and "hover" that the map view sets per area; no
 * GeoJSON is rebuilt. The hovered area gets its class colour shaded, in the same layer: a separate
 * hover layer drew every area once more in every frame.
 */
export function choroplethFill(colors: readonly string[] | null, missingColor: string, firstClasses?: Readonly<Record<string, number | null>> | null): ExpressionSpecification {
  // An area's class: its feature-state (-1 = no value), else the first frame's class (by slug),
  // which the app leaves in place where its own agrees (use-choropleth.ts), else none.
  const known = Object.entries(firstClasses ?? {}).filter((e): e is [string, number] => e[1] !== null);
  const first = known.length ? ['match', ['get', AREA_KEY], ...known.flat(), -1] : -1;
  const cls = ['coalesce', ['feature-state', 'cls'], first];
  const byClass = (palette: readonly string[], missing: string) => (palette.length ? ['match', cls, ...palette.flatMap((c, i) => [i, c]), missing] : missing);
  const plain = colors ? byClass(colors, missingColor) : COLORS.areaFill;
  const shaded = colors ? byClass(colors.map((c) => shade(c)), shade(missingColor)) : shade(COLORS.areaFill);
  return ['case', hovered, shaded, plain] as unknown as ExpressionSpecification;
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
    paint: { 'fill-color': choroplethFill(null, ''), 'fill-opacity': FILL_OPACITY },
  },
  {
    // Hatching for "saknas", so a missing value is not told by colour alone.
    id: LAYER.areasMissing,
    type: 'fill',
    source: SOURCE.missing,
    paint: { 'fill-pattern': HATCH_IMAGE },
  },
  {
    // Invisible: only there so that a pointer over the selected area finds its delområde (the
    // same fill program as the areas', so no new shader is compiled at the first selection).
    id: LAYER.subareasFill,
    type: 'fill',
    source: SOURCE.subareas,
    paint: { 'fill-color': '#000000', 'fill-opacity': 0 },
  },
  {
    id: LAYER.subareasLine,
    type: 'line',
    // The map view puts only the selected area's delområden in this source.
    source: SOURCE.subareas,
    // Solid, not dashed: a dashed line is another shader program (MapLibre's lineSDF), compiled at
    // the first selection, 200 ms with software WebGL. These lines are only ever drawn inside the
    // selected area, within its heavy outline, so a thin solid line is not taken for an area's.
    // The open delområde's line is heavier (`open` is set on it by the map view).
    paint: { 'line-color': COLORS.subareaOutline, 'line-width': ['case', ['boolean', ['get', 'open'], false], 4.5, hovered, 1, 1] },
  },
  {
    id: LAYER.areasLine,
    type: 'line',
    source: SOURCE.areas,
    paint: { 'line-color': COLORS.outline, 'line-width': ['case', hovered, 2.5, 1.2] },
  },
  {
    id: LAYER.focusCasing,
    type: 'line',
    source: SOURCE.focus,
    paint: { 'line-color': '#ffffff', 'line-width': outlineProgramWidth(6) },
  },
  {
    // Above the areas' outlines and under the selection's, which stays the heaviest line.
    id: LAYER.focus,
    type: 'line',
    source: SOURCE.focus,
    paint: { 'line-color': COLORS.focus, 'line-width': outlineProgramWidth(3) },
  },
  {
    id: LAYER.areasSelectedCasing,
    type: 'line',
    source: SOURCE.selected,
    paint: { 'line-color': '#ffffff', 'line-width': outlineProgramWidth(7) },
  },
  {
    id: LAYER.areasSelected,
    type: 'line',
    source: SOURCE.selected,
    paint: { 'line-color': '#000000', 'line-width': outlineProgramWidth(3.5) },
  },
  {
    // The selected area's delområden by name, smaller than the areas' names, which are placed first (and the badges).
    id: LAYER.subareasLabel,
    type: 'symbol',
    source: SOURCE.subareas,
    minzoom: 11,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-max-width': 6,
      'text-padding': 1,
    },
    paint: { 'text-color': COLORS.subareaOutline, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
  },
  // Under the names, so that the names are placed first (MapLibre places symbols from the top
  // layer down) and a badge takes a place no name has: it never covers one.
  {
    id: LAYER.counts,
    type: 'symbol',
    source: SOURCE.counts,
    filter: ['>', ['get', 'count'], 0],
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': [LABEL_FONT],
      'text-size': 12,
      'text-variable-anchor-offset': BADGE_ANCHOR_OFFSETS,
      'text-padding': BADGE_PADDING_PX,
      'icon-image': BADGE_IMAGE,
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [2, 5, 2, 5],
      'icon-padding': BADGE_PADDING_PX,
    },
    paint: { 'text-color': COLORS.count },
  },
  {
    // A symbol, not a circle, between the badges and the names: placed after the names (so no
    // name gives way to it) and before the badges, which move aside or give way (a circle takes
    // no part in placement, and the badge of the place's area sat on the dot).
    id: LAYER.places,
    type: 'symbol',
    source: SOURCE.places,
    layout: { 'icon-image': PLACE_IMAGE, 'icon-size': 1, 'icon-allow-overlap': true, 'icon-padding': 2 },
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
      ...NAME_PLACEMENT,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.6 },
  },
];

export const overlayLayers: LayerSpecification[] = [
  {
    id: LAYER.highlight,
    type: 'line',
    source: SOURCE.highlighted,
    paint: { 'line-color': COLORS.highlight, 'line-width': outlineProgramWidth(5) },
  },
];

/** Every layer, bottom to top. */
export const allLayers: LayerSpecification[] = [...layers, ...overlayLayers];

/** The property that names an area: its slug, promoted to the feature id where features are areas. */
export const AREA_KEY = 'slug';
