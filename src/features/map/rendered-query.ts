import type maplibregl from './maplibre';
import { slugOf } from './map-sources';

/** The DOM event a test dispatches on `.map-canvas` to ask what the map has drawn (never used by the app). */
export const RENDERED_QUERY_EVENT = 'map-rendered-query';

export interface RenderedQuery {
  layers: string[];
  /** Screen box [[x0, y0], [x1, y1]] in the container's pixels; the whole map when left out. */
  box?: [[number, number], [number, number]];
  /** Written by the map: the slug of each feature drawn there, in the order MapLibre gives them. */
  slugs?: (string | null)[];
}

/**
 * A read-only hook for tests, like the data-map-* counters: the map has no global handle, so a
 * test dispatches RENDERED_QUERY_EVENT with a RenderedQuery as its detail and reads `slugs` back
 * (listeners run synchronously). For symbol layers MapLibre answers from the placed collision
 * boxes, so a test sees which names and counts are on screen and where, as MapLibre placed them.
 * Costs nothing until asked.
 */
export function answerRenderedQueries(map: maplibregl.Map, element: HTMLElement) {
  element.addEventListener(RENDERED_QUERY_EVENT, (e) => {
    const query = (e as CustomEvent<RenderedQuery>).detail;
    // A layer that is not in the map (a lazy source not added yet) has drawn nothing.
    const layers = query.layers.filter((id) => map.getLayer(id) !== undefined);
    if (layers.length === 0) {
      query.slugs = [];
      return;
    }
    const features = query.box ? map.queryRenderedFeatures(query.box, { layers }) : map.queryRenderedFeatures({ layers });
    query.slugs = features.map((f) => slugOf(f));
  });
}
