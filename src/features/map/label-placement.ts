import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';

/**
 * Where the map puts the areas' names and count badges: rules, not positions per area, so they
 * hold for any areas file (map-style.ts uses them; tests/e2e/map.e2e.ts checks the result).
 */

/**
 * The areas are cut into tiles no finer than this zoom (higher zooms enlarge these tiles). MapLibre
 * puts a polygon's name at the pole of the part of it in each tile, so an area cut by a tile edge
 * got a name in each part, or a name squeezed to the edge (3840 px: Riseberga four times). At zoom
 * 9 a tile is 44 km wide and holds the whole city: one name per area, at its pole, at every zoom.
 * Without simplification (`tolerance`) the outlines stay as drawn; from zoom 13 a step of the tile
 * grid (5 m) is a pixel or more.
 */
export const AREAS_MAX_TILE_ZOOM = 9;

/**
 * Where a name may go around its area's pole (the point MapLibre puts it at, deep inside the
 * area), best first: on it, then beside it. A name that does not fit on the pole (a narrow area, a
 * neighbour's name) moves instead of disappearing. The smallest areas are placed first: they have
 * the least room, and a large area's name finds another spot.
 */
const areaSortKey: ExpressionSpecification = ['to-number', ['get', 'areaKm2'], 0];
export const NAME_PLACEMENT: NonNullable<SymbolLayerSpecification['layout']> = {
  'text-variable-anchor': ['center', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right', 'left', 'right'],
  'text-radial-offset': 0.25,
  'text-justify': 'auto',
  'symbol-sort-key': areaSortKey,
};

/** Space kept between a badge and any name, in pixels (MapLibre's collision padding). */
export const BADGE_PADDING_PX = 2;
export const BADGE_ANCHOR_OFFSETS = badgeAnchorOffsets();

/**
 * Where a count badge may go around its area's pole, in ems of the badge's text, best first: on
 * the pole when the name has moved off it, under the name, above it, then beside it. With the
 * names placed first, MapLibre takes the first of these that covers no name (nor another badge).
 * All stay within about a name's height or half its width of the pole, so a badge stays by its
 * own area: one with no free place nearby is left out rather than drawn over a name or in the
 * neighbour's area (the list and the text alternative still give the count).
 * `rows`: how far below or above, for names of one and two lines; `reach`: how far to the side.
 */
export function badgeAnchorOffsets(rows: readonly number[] = [1.1, 1.8], reach: readonly number[] = [1.4, 2.8]): (string | [number, number])[] {
  const pairs: [string, [number, number]][] = [['center', [0, 0]]];
  for (const dy of rows) pairs.push(['top', [0, dy]], ['bottom', [0, -dy]]);
  for (const dy of rows) pairs.push(['top-left', [0.6, dy]], ['top-right', [-0.6, dy]], ['bottom-left', [0.6, -dy]], ['bottom-right', [-0.6, -dy]]);
  for (const dx of reach) pairs.push(['left', [dx, 0]], ['right', [-dx, 0]]);
  return pairs.flat();
}

