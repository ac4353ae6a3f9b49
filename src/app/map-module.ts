/**
 * The map chunk (MapLibre and the map view), requested by the entry chunk at start and shared with
 * the app, so that the app's first render can already mount the map when the chunk is in.
 * Kept tiny: it is part of what loads before first paint, and MapLibre only ever comes via import().
 */
export type MapModule = typeof import('../features/map/map-view');

let loaded: MapModule | null = null;
let pending: Promise<MapModule> | null = null;

export function loadMapModule(): Promise<MapModule> {
  pending ??= import('../features/map/map-view').then((m) => (loaded = m));
  // A failed load (network) may be retried by the next caller.
  pending.catch(() => (pending = null));
  return pending;
}

export const loadedMapModule = (): MapModule | null => loaded;
