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
