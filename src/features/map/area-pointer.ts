import type maplibregl from './maplibre';
import { LAYER, SOURCE } from './map-style';
import { slugOf } from './map-sources';

export interface AreaHover {
  slug: string;
  /** The delområde under the pointer, where the selected area's are drawn. */
  subarea: string | null;
  x: number;
  y: number;
}

/**
 * Hover and click on the areas, by slug (the areas source's promoted id). The hovered area gets the
 * feature-state "hover", which shades its fill and thickens its outline in the same layers
 * (map-style.ts); `onHover` gets the slug and the pointer's position for the tooltip. A finger
 * does not hover: the browser sends a tap's mouse events too, and without this the tooltip of the
 * tapped area would stay on a phone, over the map, after the selection.
 */
export function listenToAreas(
  map: maplibregl.Map,
  handlers: { onHover: (hover: AreaHover | null) => void; onSelect: (slug: string) => void; onSelectSubarea: (slug: string, area: string) => void },
) {
  let hovered: string | null = null;
  // Only the selected area's delområden are in their source, so a hit is one of its own.
  const subareaAt = (point: { x: number; y: number }): string | null =>
    map.getLayer(LAYER.subareasFill) ? slugOf(map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER.subareasFill] })[0]) : null;
  const setHover = (slug: string | null, point?: { x: number; y: number }) => {
    if (hovered !== slug) {
      if (hovered !== null) map.setFeatureState({ source: SOURCE.areas, id: hovered }, { hover: false });
      hovered = slug;
      if (slug !== null) map.setFeatureState({ source: SOURCE.areas, id: slug }, { hover: true });
      map.getCanvas().style.cursor = slug === null ? '' : 'pointer';
    }
    handlers.onHover(slug === null || !point ? null : { slug, subarea: subareaAt(point), x: point.x, y: point.y });
  };
  // Pointer events come before the mouse events a tap makes, so this knows what the next one is.
  let touch = false;
  const notePointer = (e: PointerEvent) => {
    touch = e.pointerType === 'touch';
  };
  const container = map.getCanvasContainer();
  container.addEventListener('pointerdown', notePointer);
  container.addEventListener('pointermove', notePointer);
  map.on('mousemove', LAYER.areasFill, (e) => setHover(touch ? null : slugOf(e.features?.[0]), e.point));
  map.on('mouseleave', LAYER.areasFill, () => setHover(null));
  map.on('click', LAYER.areasFill, (e) => {
    const slug = slugOf(e.features?.[0]);
    if (touch) setHover(null);
    const subarea = slug === null ? null : subareaAt(e.point);
    if (slug !== null && subarea !== null) handlers.onSelectSubarea(subarea, slug);
    else if (slug !== null) handlers.onSelect(slug);
  });
}
