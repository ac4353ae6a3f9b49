import type { CreateMapOptions, MapLabels, StartedMap } from '../../features/map/create-map';
import type { Messages } from '../../lib/copy/sv';
import { mapElement } from '../../features/map/map-element';
import { loadMapModule } from './map-module';

/**
 * The map starts before the app: the entry chunk creates it in the loading frame as soon as the
 * map chunk has run, and the app's map view takes it over (the container and its WebGL context
 * move, nothing is rebuilt). On a two-core machine everything the app does while the map loads
 * delays the map, so the app's own work starts after the map's first idle (docs/performance.md).
 */

/** How long the app waits for the map at most (a slow network, a hidden tab that draws nothing). */
export const MAP_FIRST_WAIT_MS = 2500;

/**
 * How long MapLibre's worker is started before the map. The Map constructor creates its WebGL
 * context before its style, and so before its worker; that context is a synchronous round trip
 * to the GPU process, which took 150–300 ms here while the loading frame was being drawn, and a
 * dedicated worker only starts once its script is in *and* the page's main thread is free. Started
 * 40 ms earlier, the worker loads its script while the main thread waits for the GPU, not after
 * (in a trace it started 376 ms after navigation instead of 737; the map's idle did not measurably
 * move, docs/performance.md, "Byte och startordning"). With a hardware GPU the context takes
 * milliseconds and the worker still needs its script, so the wait costs little.
 */
export const WORKER_HEAD_START_MS = 40;

let element: HTMLDivElement | null = null;
let started: StartedMap | null = null;

/** The container the loading frame shows; created on first use. */
export function earlyMapElement(): HTMLDivElement {
  element ??= mapElement();
  return element;
}

let mounted: () => void = () => undefined;
const frameMounted = new Promise<void>((ok) => (mounted = ok));

/** The container the loading frame shows, put into the page: the map may now be created in it. */
export function mountEarlyMap(parent: HTMLElement): void {
  parent.prepend(earlyMapElement());
  mounted();
}

export interface EarlyMapStart {
  /** The map exists (or cannot be): the app's chunk may be fetched now without delaying it. */
  created: Promise<void>;
  /** The app may start. */
  ready: Promise<void>;
}

/**
 * Starts the map in the loading frame's container once the frame is in the page and the map chunk
 * has run. `ready` resolves when the app may start: at the map's first idle, when one of its files
 * failed, when it could not be created (no WebGL, the map chunk did not load), or after
 * MAP_FIRST_WAIT_MS, whichever comes first. `created` comes when the map is created, or with
 * `ready` if that is first.
 */
export function startEarlyMap(options: CreateMapOptions): EarlyMapStart {
  const waited = new Promise<void>((ok) => setTimeout(ok, MAP_FIRST_WAIT_MS));
  const map = Promise.all([loadMapModule(), frameMounted]).then(
    async ([m]) => {
      // MapLibre's worker first, with a head start: see WORKER_HEAD_START_MS.
      m.prewarmMap();
      await new Promise((ok) => setTimeout(ok, WORKER_HEAD_START_MS));
      const el = earlyMapElement();
      // The frame was replaced before the chunk came (the app started without the map).
      if (!el.isConnected) return undefined;
      try {
        started = m.createMap(el, options);
      } catch {
        // No WebGL: the map view says so once the app is in.
        return undefined;
      }
      return started;
    },
    () => undefined,
  );
  const ready = Promise.race([map.then((s) => s?.firstIdle), waited]);
  return { created: Promise.race([map.then(() => undefined), ready]), ready };
}

/** The started map, once: the map view that takes it owns it (and removes it on unmount). */
export function takeEarlyMap(): StartedMap | null {
  const s = started;
  started = null;
  element = null;
  return s;
}

/** The attribution under the map, in the page's language: the sources of the geodata and of the one real indicator. */
export function mapAttribution(t: Messages): string[] {
  return [t.mapAttributionAreas, t.mapAttributionBasemap, t.mapAttributionTurnout];
}

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
