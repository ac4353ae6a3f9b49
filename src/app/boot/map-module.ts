import { moduleLoader } from '../../lib/module-loader';

/**
 * The map chunk (MapLibre and the map view), requested by the entry chunk at start and shared with
 * the app, so that the app's first render can already mount the map when the chunk is in.
 * MapLibre itself only ever comes via import().
 */
export type MapModule = typeof import('../../features/map/map-view');

const map = moduleLoader(() => import('../../features/map/map-view'));
export const loadMapModule = map.load;
export const loadedMapModule = map.loaded;
