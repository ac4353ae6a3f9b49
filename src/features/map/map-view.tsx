import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import type maplibregl from './maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { INITIAL_BOUNDS, createMap, mapElement, type Bounds, type MapLabels, type StartedMap } from './create-map';
import { whenIdle } from '../../lib/idle';
import { SOURCE } from './map-style';
import { LAZY_SOURCES } from './style-sources';
import { EMPTY, addSourceWithLayers, drawable, setSourceData } from './map-sources';
import { listenToAreas, type AreaHover } from './area-pointer';
import type { MapDrawing } from './map-drawing';
import { drawNow, snapshotOf, type MapSnapshot } from './snapshot';
import { useLabelScale, type LabelScaleProps } from './label-scale';
import { useChoropleth } from './use-choropleth';
import { useMapKeyboard } from './use-map-keyboard';
import { useOverlays } from './use-overlays';

export { INITIAL_BOUNDS, type Bounds };
export type { MapDrawing };

export interface MapViewProps extends LabelScaleProps {
  /**
   * Our GeoJSON files (URLs) that MapLibre fetches and parses in its worker as soon as the map
   * exists, like any MapLibre page: the map does not wait for the app's data layer.
   */
  files: { areas: string; basemap: string };
  /**
   * A map that was started before the app loaded (src/app/boot/early-map.ts): taken over instead of
   * creating one. Returns null when there is none (or it was already taken).
   */
  takeStarted?: () => StartedMap | null;
  /**
   * The app's validated copies of those files, or null while loading. Drawn instead of the file
   * when `replace` says validation left records out (the map must not show what the app
   * rejected), or when the map could not load the file itself.
   */
  areas: FeatureCollection | null;
  basemap: FeatureCollection | null;
  replace: { areas: boolean; basemap: boolean };
  /** Delområden: the selected area's own are put into the map (their lines and names). */
  subareas: FeatureCollection | null;
  /** Bounds to show: the validated areas', or the selected area's; the map starts at INITIAL_BOUNDS and fits to these when they differ. */
  bounds: Bounds | null;
  /** What to draw on the areas: classes, counts, places, highlight and selection, by area slug. */
  drawing: MapDrawing;
  /** An area was clicked. */
  onSelect: (slug: string) => void;
  /** One of the selected area's delområden was clicked. */
  onSelectSubarea?: (slug: string, area: string) => void;
  /** Content of the hover tooltip for an area, or the delområde under the pointer (name and value: never colour alone). */
  renderTooltip?: (slug: string, subarea: string | null) => ReactNode;
  /** An area's name and value as one sentence, read out when the keyboard steps to it. */
  describeArea?: (slug: string) => string;
  labels: MapLabels & { unavailable: string; contextLost?: string; keyboardHint?: string };
  attribution: string[];
  /**
   * The share of the window's height covered at its bottom by something over the map (the phone's
   * area sheet): a fit keeps the area in the part of the map still seen.
   */
  coverShare?: number;
  /** In an embed, scrolling the host page must not zoom the map: ctrl/⌘ + scroll or two fingers. */
  cooperativeGestures?: boolean;
  ref?: Ref<MapHandle>;
}

export interface MapHandle {
  /** The map as drawn now, as a PNG data URL (for the image export). */
  snapshot: () => Promise<MapSnapshot>;
  /** The map's canvas, just redrawn: readable until the current task ends (snapshot.ts). */
  drawNow: () => HTMLCanvasElement | null;
}

/**
 * The one component that touches maplibre-gl. The map is created once (or taken over from the
 * entry chunk, which starts it before the app has loaded) and removed on unmount; every later
 * change goes through setData / setFeatureState / setPaintProperty in its own effect, so React
 * re-renders never rebuild the WebGL context.
 */
export default function MapView(props: MapViewProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const startedRef = useRef<StartedMap | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const [hover, setHover] = useState<AreaHover | null>(null);
  // Files the map could not load itself (404, bad JSON): the validated copy is drawn instead.
  const [fileFailed, setFileFailed] = useState({ areas: false, basemap: false });
  // Latest callbacks/props for handlers registered once at creation.
  const latest = useRef(props);
  // Counts the changes the app makes to the map, so tests and the benchmark know whether to wait
  // for the map's next idle after an input (a change that alters nothing draws nothing).
  const changed = () => startedRef.current?.changed();
  latest.current = props;

  // Created (or taken over) in the commit that mounts the wrapper, before the browser paints: a
  // passive effect would start the map one frame (and whatever else the page does) later.
  useLayoutEffect(() => {
    const host = wrap.current;
    if (!host) return;
    const initial = latest.current;
    let started = initial.takeStarted?.() ?? null;
    if (started) {
      // Moving the container keeps its canvas and WebGL context.
      host.prepend(started.element);
    } else {
      const el = mapElement();
      host.prepend(el);
      try {
        started = createMap(el, {
          files: initial.files,
          bounds: initial.bounds,
          labels: initial.labels,
          attribution: initial.attribution,
          cooperativeGestures: initial.cooperativeGestures ?? false,
        });
      } catch {
        // No WebGL (old browser, locked-down kiosk): the list and panel still work without the map.
        el.remove();
        setFailed(true);
        return;
      }
    }
    const { map, element } = started;
    startedRef.current = started;
    mapRef.current = map;

    listenToAreas(map, { onHover: setHover, onSelect: (slug) => latest.current.onSelect(slug), onSelectSubarea: (slug, area) => latest.current.onSelectSubarea?.(slug, area) });
    // Sources, filters, paint and feature-state can all be set once the style is in place; the
    // areas' class colours then arrive with (or before) their first drawing, not a frame after it.
    if (started.styleLoaded()) setReady(true);
    else map.once('style.load', () => setReady(true));
    const markFailed = (id: 'areas' | 'basemap') => setFileFailed((f) => (f[id] ? f : { ...f, [id]: true }));
    started.failedFiles().forEach(markFailed);
    started.onFileFailed(markFailed);
    // A lost WebGL context (GPU reset, too many tabs) blanks the canvas. MapLibre rebuilds itself on
    // "webglcontextrestored"; until then the user is told and the lists and tables still work.
    map.on('webglcontextlost', () => setContextLost(true));
    map.on('webglcontextrestored', () => setContextLost(false));

    return () => {
      mapRef.current = null;
      startedRef.current = null;
      started.remove();
      element.remove();
    };
  }, []);

  useLabelScale(startedRef, ready, props.labelScale);
  useEffect(() => {
    const el = startedRef.current?.element;
    if (el) el.dataset.mapReady = ready ? 'true' : 'false';
  }, [ready]);

  // The sources left out of the starting style, added (empty) once the page is idle: the first
  // selection or filter then only sets data, as it did when they were in the style.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    return whenIdle(() => {
      if (mapRef.current !== map || !drawable(map)) return;
      for (const source of LAZY_SOURCES) addSourceWithLayers(map, source, EMPTY);
    });
  }, [ready]);

  useImperativeHandle(
    props.ref,
    () => ({
      snapshot: () => (mapRef.current ? snapshotOf(mapRef.current) : Promise.reject(new Error('Kartan är inte laddad'))),
      drawNow: () => (mapRef.current ? drawNow(mapRef.current) : null),
    }),
    [],
  );

  const { areas, subareas, basemap, replace, bounds, drawing } = props;
  useOverlays(mapRef, startedRef, ready, latest, areas, subareas);

  const drawAreas = replace.areas || fileFailed.areas;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map) || !areas || !drawAreas) return;
    if (setSourceData(map, SOURCE.areas, areas)) changed();
  }, [ready, areas, drawAreas]);

  const drawBasemap = replace.basemap || fileFailed.basemap;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map) || !basemap || !drawBasemap) return;
    if (setSourceData(map, SOURCE.basemap, basemap)) changed();
  }, [ready, basemap, drawBasemap]);

  // Created in the page's first language; a switch of language replaces the attribution.
  const attributionKey = props.attribution.join('\n');
  useEffect(() => void startedRef.current?.setAttribution(latest.current.attribution), [attributionKey]);

  const boundsKey = `${bounds?.join()}|${props.coverShare ?? 0}`;
  useEffect(() => {
    const started = startedRef.current;
    const { bounds } = latest.current;
    if (!started || !bounds) return;
    // The selected area, or another areas file than the one shipped: fit to it (fitTo does nothing
    // for the bounds it already shows, so the start does not move). Without animation, so reduced motion is respected.
    const share = latest.current.coverShare ?? 0;
    const cover = share > 0 ? Math.max(0, started.element.getBoundingClientRect().bottom - window.innerHeight * (1 - share)) : 0;
    if (started.fitTo(bounds, cover)) changed();
  }, [boundsKey]);

  useChoropleth(mapRef, startedRef, ready, areas, drawing.choropleth);
  const announcement = useMapKeyboard(mapRef, ready, latest);

  if (failed) {
    return (
      <div className="map-unavailable" role="note">
        {props.labels.unavailable}
      </div>
    );
  }
  return (
    // The map's container (.map-canvas) is placed in here by the layout effect above.
    <div className="map-wrap" ref={wrap}>
      {contextLost && (
        <p className="map-lost" role="alert">
          {props.labels.contextLost}
        </p>
      )}
      {hover && props.renderTooltip && (
        <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} aria-hidden="true">
          {props.renderTooltip(hover.slug, hover.subarea)}
        </div>
      )}
      {/* Shown while the canvas has keyboard focus (CSS); the status region is always there, so
          screen readers pick up its first change. */}
      {props.labels.keyboardHint && (
        <p className="map-key-hint" aria-hidden="true">
          {props.labels.keyboardHint}
        </p>
      )}
      <p className="visually-hidden" role="status" data-testid="map-key-status">
        {announcement}
      </p>
    </div>
  );
}

// The entry chunk starts the map through these before the app has loaded (src/app/boot/early-map.ts).
export { createMap, prewarmMap } from './create-map';
