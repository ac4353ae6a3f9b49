import type { CreateMapOptions, MapLabels, StartedMap } from '../features/map/create-map';
import type { Messages } from '../lib/copy/sv';
import { mapElement } from '../features/map/map-element';
import { loadMapModule } from './map-module';

/**
 * The map starts before the app: the entry chunk creates it in the loading frame as soon as the
 * map chunk has run, and the app's map view takes it over (the container and its WebGL context
 * move, nothing is rebuilt). On a two-core machine everything the app does while the map loads
 * delays the map, so the app's own work starts after the map's first idle (docs/performance.md).
 */

/** How long the app waits for the map at most (a slow network, a hidden tab that draws nothing). */
export const MAP_FIRST_WAIT_MS = 2500;

let element: HTMLDivElement | null = null;
let started: StartedMap | null = null;

/** The container the loading frame shows; created on first use. */
export function earlyMapElement(): HTMLDivElement {
  element ??= mapElement();
  return element;
}

/**
 * Starts the map in the loading frame's container and resolves when the app may start: at the
 * map's first idle, when one of its files failed, when it could not be created (no WebGL, the map
 * chunk did not load), or after MAP_FIRST_WAIT_MS, whichever comes first.
 */
export function startEarlyMap(options: CreateMapOptions): Promise<void> {
  const waited = new Promise<void>((ok) => setTimeout(ok, MAP_FIRST_WAIT_MS));
  const idle = loadMapModule().then(
    (m) => {
      const el = earlyMapElement();
      // The frame was replaced before the chunk came (the app started without the map).
      if (!el.isConnected) return;
      try {
        started = m.createMap(el, options);
      } catch {
        // No WebGL: the map view says so once the app is in.
        return;
      }
      return started.firstIdle;
    },
    () => undefined,
  );
  return Promise.race([idle, waited]);
}

/** The started map, once: the map view that takes it owns it (and removes it on unmount). */
export function takeEarlyMap(): StartedMap | null {
  const s = started;
  started = null;
  element = null;
  return s;
}

/** The attribution under the map: the sources of the geodata and of the one real indicator. */
export const MAP_ATTRIBUTION = ['Malmö stad (CC0)', '© OpenStreetMap contributors (ODbL)', 'Källa: Valmyndigheten'];

/** The map's own texts (controls, gesture help), from the copy of the page's language. */
export function mapLabels(t: Messages): MapLabels {
  return {
    title: t.mapLabel,
    zoomIn: t.mapZoomIn,
    zoomOut: t.mapZoomOut,
    resetNorth: t.mapResetNorth,
    cooperativeWindows: t.cooperativeWindows,
    cooperativeMac: t.cooperativeMac,
    cooperativeMobile: t.cooperativeMobile,
  };
}
