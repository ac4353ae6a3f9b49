import type maplibregl from './maplibre';
import { BADGE_IMAGE, COLORS, HATCH_IMAGE, PLACE_IMAGE } from './map-style';

/** The map's images, drawn into pixels, so no image file or request is needed. */
type Pixels = { width: number; height: number; data: Uint8Array };

/** A small diagonal hatch for "saknas". */
function hatchImage(size = 8): Pixels {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [90, 90, 90, 255] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}

const BADGE_PIXEL_RATIO = 2;
/** The badge's radius and ring in CSS pixels. */
const BADGE_RADIUS = 10;
const BADGE_RING = 2;

const rgbOf = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** A disc of `radius` px: `fill` inside, `ring` px of `ringRgb` at its edge, smooth-edged, premultiplied. */
function disc(radius: number, ring: number, fill: number[], ringRgb: number[]): Pixels {
  const size = 2 * radius;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - radius, y + 0.5 - radius);
      // Coverage of the pixel by the disc, for a smooth edge.
      const alpha = Math.max(0, Math.min(1, radius - d + 0.5));
      if (alpha === 0) continue;
      const inRing = Math.max(0, Math.min(1, d - (radius - ring) + 0.5));
      const rgb = [0, 1, 2].map((c) => Math.round(fill[c]! * (1 - inRing) + ringRgb[c]! * inRing));
      // Premultiplied alpha, as MapLibre expects of image data.
      data.set([...rgb.map((v) => Math.round(v * alpha)), Math.round(255 * alpha)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** A named place's dot: 6 px of the highlight colour in a 2 px white ring (as the circle it was). */
const PLACE_RADIUS = 8;
const PLACE_RING = 2;

/**
 * The count badge: a white disc in a ring of the count's colour (7.4:1 for the number, and the ring
 * ≥ 3:1 against every class colour). Drawn at twice the size for sharp edges; its middle row and
 * column stretch, so MapLibre fits it around a number of any width as a pill.
 */
function badgeImage(): Pixels {
  return disc(BADGE_RADIUS * BADGE_PIXEL_RATIO, BADGE_RING * BADGE_PIXEL_RATIO, [255, 255, 255], rgbOf(COLORS.count));
}

export function addMapImages(map: maplibregl.Map) {
  map.addImage(HATCH_IMAGE, hatchImage());
  const r = BADGE_RADIUS * BADGE_PIXEL_RATIO;
  map.addImage(PLACE_IMAGE, disc(PLACE_RADIUS * BADGE_PIXEL_RATIO, PLACE_RING * BADGE_PIXEL_RATIO, rgbOf(COLORS.highlight), [255, 255, 255]), { pixelRatio: BADGE_PIXEL_RATIO });
  map.addImage(BADGE_IMAGE, badgeImage(), {
    pixelRatio: BADGE_PIXEL_RATIO,
    stretchX: [[r - 1, r + 1]],
    stretchY: [[r - 1, r + 1]],
  });
}
