import type maplibregl from './maplibre';

export interface MapSnapshot {
  dataUrl: string;
  width: number;
  height: number;
}

/** The map as drawn now, as a PNG data URL (for the image export). */
export function snapshotOf(map: maplibregl.Map): Promise<MapSnapshot> {
  return new Promise((resolve) => {
    // Without preserveDrawingBuffer the canvas is only readable inside a render callback.
    map.once('render', () => {
      const canvas = map.getCanvas();
      resolve({ dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height });
    });
    map.triggerRepaint();
  });
}

/**
 * The map drawn now, synchronously, for a caller that must finish in the same task (the print
 * image, made in `beforeprint`): the drawing buffer is readable until the frame is handed to the
 * compositor, so the caller must draw the returned canvas before it yields. Null when there is
 * the canvas has no size.
 */
export function drawNow(map: maplibregl.Map): HTMLCanvasElement | null {
  const canvas = map.getCanvas();
  if (canvas.width === 0 || canvas.height === 0) return null;
  map.redraw();
  return canvas;
}
