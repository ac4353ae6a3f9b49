import type { Page } from 'playwright-core';
import { RENDERED_QUERY_EVENT, type RenderedQuery } from '../../src/features/map/rendered-query';

export type Box = [number, number, number, number];
export interface RenderedBoxes {
  /** Per layer, each drawn feature's slug, as often as MapLibre drew it. */
  slugs: Record<string, string[]>;
  /** Per layer and slug, the screen box (x0, y0, x1, y1 in the map's pixels) of what MapLibre placed. */
  boxes: Record<string, Record<string, Box>>;
}

/**
 * What the map placed in each of `layers`, through the map's read-only query hook
 * (src/features/map/rendered-query.ts). For symbol layers MapLibre answers a box query from the
 * collision boxes it placed, so each symbol's box is found by bisecting each edge: the query box
 * [[x, 0], [w, h]] still holds the symbol while x ≤ its right edge, and so on (to 0.25 px).
 */
/** The slugs of what the map drew in `layers` (within `box`, map pixels), once per drawn feature (a name drawn twice is there twice). */
export function renderedSlugs(page: Page, layers: string[], box?: RenderedQuery['box']): Promise<string[]> {
  return page.evaluate(
    ({ layers, event, box }) => {
      const query: RenderedQuery = box ? { layers, box } : { layers };
      document.querySelector('.map-canvas')?.dispatchEvent(new CustomEvent(event, { detail: query }));
      return (query.slugs ?? []).filter((s): s is string => s !== null);
    },
    { layers, event: RENDERED_QUERY_EVENT, box },
  );
}

export function renderedBoxes(page: Page, layers: string[]): Promise<RenderedBoxes> {
  return page.evaluate(
    ({ layers, event }) => {
      const el = document.querySelector<HTMLElement>('.map-canvas')!;
      const w = el.clientWidth;
      const h = el.clientHeight;
      // Methods, not arrow functions in constants: tsx and vitest name those with a helper that
      // does not exist in the page.
      const q = {
        ask(layer: string, box?: [[number, number], [number, number]]) {
          const query: RenderedQuery = { layers: [layer], ...(box ? { box } : {}) };
          el.dispatchEvent(new CustomEvent(event, { detail: query }));
          return (query.slugs ?? []).filter((s): s is string => s !== null);
        },
        /** The last value in [lo, hi] where `holds` is true, given it is true at lo and turns false once. */
        last(lo: number, hi: number, holds: (v: number) => boolean) {
          while (hi - lo > 0.25) {
            const mid = (lo + hi) / 2;
            if (holds(mid)) lo = mid;
            else hi = mid;
          }
          return lo;
        },
      };
      const slugs: Record<string, string[]> = {};
      const boxes: Record<string, Record<string, [number, number, number, number]>> = {};
      for (const layer of layers) {
        slugs[layer] = q.ask(layer);
        boxes[layer] = {};
        for (const slug of new Set(slugs[layer])) {
          const right = q.last(0, w, (x) => q.ask(layer, [[x, 0], [w, h]]).includes(slug));
          const bottom = q.last(0, h, (y) => q.ask(layer, [[0, y], [w, h]]).includes(slug));
          const left = w - q.last(0, w, (d) => q.ask(layer, [[0, 0], [w - d, h]]).includes(slug));
          const top = h - q.last(0, h, (d) => q.ask(layer, [[0, 0], [w, h - d]]).includes(slug));
          boxes[layer][slug] = [left, top, right, bottom];
        }
      }
      return { slugs, boxes };
    },
    { layers, event: RENDERED_QUERY_EVENT },
  );
}

export const intersects = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
