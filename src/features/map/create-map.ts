import maplibregl from './maplibre';
import initialView from './initial-view.json';
import { LABEL_FONT, SOURCE } from './map-style';
import { buildStyle } from './style-sources';
import { addMapImages } from './map-images';
import { answerRenderedQueries } from './rendered-query';
import type { FirstFrame } from './map-drawing';

/** Any letter of the names' range (0–255: Latin-1 holds å, ä, ö, é, ü). */
const LABEL_FONT_FIRST_CODEPOINT = 65;

export { mapElement } from './map-element';

export type Bounds = [number, number, number, number];

/** The bounds of the shipped areas file (written by `npm run data:geo`, checked by a test). */
export const INITIAL_BOUNDS = initialView.bounds as Bounds;
export const FIT = { padding: 16 };
export const sameBounds = (a: Bounds, b: Bounds) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-9);

export interface MapLabels {
  title: string;
  zoomIn: string;
  zoomOut: string;
  resetNorth: string;
  cooperativeWindows?: string;
  cooperativeMac?: string;
  cooperativeMobile?: string;
}

export interface CreateMapOptions {
  /** Our GeoJSON files (URLs), fetched and parsed by MapLibre's worker as soon as the map exists. */
  files: { areas: string; basemap: string };
  bounds?: Bounds | null;
  labels: MapLabels;
  attribution: string[];
  /** In an embed, scrolling the host page must not zoom the map: ctrl/⌘ + scroll or two fingers. */
  cooperativeGestures?: boolean;
  /** The colours and badges to start with (computed at build time), so the first idle is finished. */
  firstFrame?: FirstFrame | null;
}

type FileSource = typeof SOURCE.areas | typeof SOURCE.basemap;

/**
 * A created map and what happened to it before anyone listened: the entry chunk creates the map
 * before the app has loaded (see src/app/boot/early-map.ts), and the map view adopts it later.
 */
export interface StartedMap {
  /** What the map started with (CreateMapOptions.firstFrame): the app changes only what differs. */
  firstFrame: FirstFrame | null;
  map: maplibregl.Map;
  /** The map's container (`.map-canvas`); moved into the map view's wrapper on adoption. */
  element: HTMLDivElement;
  styleLoaded: () => boolean;
  /** The two files MapLibre could not load itself (404, bad JSON); the app then draws its copy. */
  failedFiles: () => ReadonlySet<FileSource>;
  onFileFailed: (listener: (source: FileSource) => void) => void;
  /** Resolves at the first idle (everything drawn) or when one of the two files failed. */
  firstIdle: Promise<void>;
  /**
   * The camera's target. Until the user moves the map, it stays fitted to these bounds when the
   * container changes size (the app's layout replaces the loading frame's; a text arrives).
   */
  /** Fits to `bounds`, leaving out `coverBottom` px at the map's bottom (a sheet over it); false if nothing moved. */
  fitTo: (bounds: Bounds, coverBottom?: number) => boolean;
  /** Counts a change the app made, for tests and the benchmark (see `data-map-changes`). */
  changed: () => void;
  /** Replaces the attribution's lines (the page's language changed); returns whether they differ. */
  setAttribution: (lines: readonly string[]) => boolean;
  remove: () => void;
}

/** Starts MapLibre's worker before any map exists (see WORKER_HEAD_START_MS in app/boot/early-map.ts). */
export function prewarmMap(): void {
  try {
    maplibregl.prewarm();
  } catch {
    // No worker, no map: the Map constructor reports that.
  }
}

/**
 * Creates the map in `element`. Throws when the browser has no WebGL. Everything here is free
 * of React, so the entry chunk can start the map before the app's chunk has run.
 */
export function createMap(element: HTMLDivElement, options: CreateMapOptions): StartedMap {
  const { labels } = options;
  let target = options.bounds ?? INITIAL_BOUNDS;
  performance.mark('map:create');
  const map = new maplibregl.Map({
    container: element,
    style: buildStyle(new URL('glyphs/', document.baseURI).href, {
      areas: new URL(options.files.areas, document.baseURI).href,
      basemap: new URL(options.files.basemap, document.baseURI).href,
      firstFrame: options.firstFrame ?? null,
    }),
    bounds: target,
    fitBoundsOptions: FIT,
    // Labels and counts appear at once: a fade only delays the moment the map is complete.
    fadeDuration: 0,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: options.cooperativeGestures ?? false,
    touchPitch: false,
    locale: {
      'Map.Title': labels.title,
      'NavigationControl.ZoomIn': labels.zoomIn,
      'NavigationControl.ZoomOut': labels.zoomOut,
      'NavigationControl.ResetBearing': labels.resetNorth,
      ...(labels.cooperativeWindows ? { 'CooperativeGesturesHandler.WindowsHelpText': labels.cooperativeWindows } : {}),
      ...(labels.cooperativeMac ? { 'CooperativeGesturesHandler.MacHelpText': labels.cooperativeMac } : {}),
      ...(labels.cooperativeMobile ? { 'CooperativeGesturesHandler.MobileHelpText': labels.cooperativeMobile } : {}),
    },
  });
  addMapImages(map);
  // With a first frame, the canvas is hidden (map.css) until the areas are in, so that no frame
  // shows the badges, or the basemap, without the coloured areas. A DOM change: hiding the badges
  // in the style and showing them with setPaintProperty made MapLibre place and draw everything
  // again (the first idle 160 ms later, docs/performance.md).
  const showCanvas = () => delete element.dataset.firstFrame;
  // Coloured from its first frame: counted as the map's first choropleth (tests, the benchmark).
  if (options.firstFrame) {
    element.dataset.firstFrame = 'waiting';
    performance.mark('map:choropleth');
    element.dataset.choropleth = '1';
  }
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  let attributionLines = [...options.attribution];
  let attribution = new maplibregl.AttributionControl({ compact: false, customAttribution: attributionLines });
  map.addControl(attribution, 'bottom-right');

  let styleLoaded = false;
  map.once('style.load', () => {
    // The labels' glyphs, asked for now rather than when the worker first needs them: that request
    // goes through this thread, which is busy drawing while the map loads, so each hop of the
    // round trip would wait for a frame (and the areas' tile waits for its labels).
    void map.style.glyphManager.getGlyphs({ [LABEL_FONT]: [LABEL_FONT_FIRST_CODEPOINT] });
    styleLoaded = true;
    performance.mark('map:style.load');
  });
  const failed = new Set<FileSource>();
  const fileListeners: ((s: FileSource) => void)[] = [];
  let resolveIdle: () => void = () => undefined;
  const firstIdle = new Promise<void>((ok) => (resolveIdle = ok));
  map.on('error', (e: { error?: Error; sourceId?: string }) => {
    if (e.sourceId === SOURCE.areas || e.sourceId === SOURCE.basemap) {
      const id = e.sourceId;
      if (!failed.has(id)) {
        failed.add(id);
        fileListeners.forEach((l) => l(id));
      }
      showCanvas();
      resolveIdle();
      return;
    }
    // What MapLibre itself does when nobody listens.
    console.error(e.error);
  });
  // Tests and the benchmark wait for these counters instead of sleeping.
  let idles = 0;
  map.on('load', () => performance.mark('map:load'));
  map.on('sourcedata', (e) => {
    if (e.isSourceLoaded) performance.mark(`map:source-loaded:${e.sourceId}`);
    if (e.sourceId === SOURCE.areas && e.isSourceLoaded) showCanvas();
  });
  map.on('resize', () => performance.mark('map:resize'));
  // After a camera change MapLibre can go idle with the label tiles it left behind still in its
  // labels' index (they leave it in its next frame, which then places every label again): the
  // next change, a new layer's colours, would take two frames instead of one. So the frame that
  // clears them is drawn as soon as the camera has settled, while the user is still looking.
  let cameraMoved = false;
  map.on('moveend', () => (cameraMoved = true));
  map.on('idle', () => {
    performance.mark('map:idle');
    showCanvas();
    element.dataset.mapIdleChanges = element.dataset.mapChanges ?? '0';
    element.dataset.mapIdle = String(++idles);
    resolveIdle();
    if (cameraMoved) {
      cameraMoved = false;
      map.triggerRepaint();
    }
  });
  answerRenderedQueries(map, element);

  // Until the user takes the camera, a change of the container's size keeps the city in view (the
  // app's layout replaces the loading frame's, the phone rotates); MapLibre alone keeps the centre
  // and zoom, which crops or shrinks the city.
  let userMoved = false;
  map.on('movestart', (e: { originalEvent?: Event }) => {
    if (e.originalEvent) userMoved = true;
  });
  let cover = 0;
  const fit = () => {
    const before = `${map.getCenter().toArray().join()}|${map.getZoom()}`;
    // A cover that leaves less than a third of the map is ignored: the area would be a speck.
    const bottom = cover > 0 && cover < element.clientHeight * (2 / 3) ? FIT.padding + cover : FIT.padding;
    map.fitBounds(target, { padding: { top: FIT.padding, left: FIT.padding, right: FIT.padding, bottom }, duration: 0 });
    return `${map.getCenter().toArray().join()}|${map.getZoom()}` !== before;
  };
  let size = `${element.clientWidth}x${element.clientHeight}`;
  // The map view's wrapper changes width with the view; MapLibre only tracks window resizes itself.
  const resize = new ResizeObserver(() => {
    const now = `${element.clientWidth}x${element.clientHeight}`;
    if (now === size || element.clientWidth === 0) return;
    size = now;
    map.resize();
    if (!userMoved) fit();
  });
  resize.observe(element);

  const changed = () => {
    element.dataset.mapChanges = String(Number(element.dataset.mapChanges ?? 0) + 1);
  };
  return {
    firstFrame: options.firstFrame ?? null,
    map,
    element,
    styleLoaded: () => styleLoaded,
    failedFiles: () => failed,
    onFileFailed: (l) => void fileListeners.push(l),
    firstIdle,
    fitTo: (bounds, coverBottom = 0) => {
      if (sameBounds(bounds, target) && Math.abs(coverBottom - cover) < 1) return false;
      target = bounds;
      cover = coverBottom;
      return fit();
    },
    changed,
    // MapLibre's control reads its lines once: a new one replaces it.
    setAttribution: (lines) => {
      if (lines.length === attributionLines.length && lines.every((l, i) => l === attributionLines[i])) return false;
      attributionLines = [...lines];
      map.removeControl(attribution);
      attribution = new maplibregl.AttributionControl({ compact: false, customAttribution: attributionLines });
      map.addControl(attribution, 'bottom-right');
      return true;
    },
    remove: () => {
      resize.disconnect();
      map.remove();
    },
  };
}
