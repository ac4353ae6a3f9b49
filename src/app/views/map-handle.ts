import { createRef } from 'react';
import type { MapHandle } from '../../features/map/map-view';

/** The page's one map, for the image export (the map pane attaches it, the exports panel reads it). */
export const mapHandle = createRef<MapHandle>();
