import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import type maplibregl from './maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { INITIAL_BOUNDS, createMap, mapElement, sameBounds, type Bounds, type MapLabels, type StartedMap } from './create-map';
import { whenIdle } from '../../lib/idle';
import { LAYER, LAZY_SOURCES, SOURCE, choroplethFill, layerAbove, layersOf, type Choropleth } from './map-style';

export { INITIAL_BOUNDS, type Bounds };

export interface MapViewProps {
  /**
   * Our GeoJSON files (URLs) that MapLibre fetches and parses in its worker as soon as the map
   * exists, like any MapLibre page: the map does not wait for the app's data layer.
   */
  files: { areas: string; basemap: string };
  /**
   * A map that was started before the app loaded (src/app/early-map.ts): taken over instead of
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
  /** Delområden: the selected area's own are put into the map (only their lines are drawn). */
  subareas: FeatureCollection | null;
  /** Bounds of the validated areas; the map starts at INITIAL_BOUNDS and fits to these if they differ. */
  bounds: Bounds | null;
  selectedId: number | null;
  selectedSlug: string | null;
  onSelect: (id: number) => void;
  choropleth: Choropleth | null;
  /** Points with a `count` property: initiatives per area under the current filters. */
  counts: FeatureCollection;
  /** Named places (approximate, at a delområde's inner point). */
  places: FeatureCollection;
  /** Areas to outline, e.g. those of the open initiative. */
  highlightIds: number[];
  /** Content of the hover tooltip for an area id (name and value: never colour alone). */
  renderTooltip?: (id: number) => ReactNode;
  labels: MapLabels & { unavailable: string; contextLost?: string };
  attribution: string[];
  /** In an embed, scrolling the host page must not zoom the map: ctrl/⌘ + scroll or two fingers. */
  cooperativeGestures?: boolean;
  ref?: Ref<MapHandle>;
}

export interface MapHandle {
  /** The map as drawn now, as a PNG data URL (for the image export). */
  snapshot: () => Promise<{ dataUrl: string; width: number; height: number }>;
}

/**
 * False while the WebGL context is lost: MapLibre then drops its style (and rebuilds it from a
 * copy on "webglcontextrestored"), and every source, layer and feature-state call would throw.
 */
const drawable = (map: maplibregl.Map) => Boolean(map.style);

/**
 * Puts `data` into `source`; a source that is not in the map yet (LAZY_SOURCES) is added with its
 * layers when there is something to draw. Returns whether the map changed (and will draw).
 */
function setSourceData(map: maplibregl.Map, source: string, data: FeatureCollection): boolean {
  const existing = map.getSource(source) as maplibregl.GeoJSONSource | undefined;
  if (existing) {
    existing.setData(data);
    return true;
  }
  if (data.features.length === 0) return false;
  addSourceWithLayers(map, source, data);
  return true;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds one of LAZY_SOURCES and its layers, each under the first present layer above it. */
function addSourceWithLayers(map: maplibregl.Map, source: string, data: FeatureCollection) {
  if (map.getSource(source)) return;
  map.addSource(source, { type: 'geojson', data });
  for (const layer of layersOf(source)) map.addLayer(layer, layerAbove(layer.id, (id) => map.getLayer(id) !== undefined));
}

/** The features of `fc` whose id is in `ids`. */
function subset(fc: FeatureCollection, ids: Set<number>): FeatureCollection {
  return { type: 'FeatureCollection', features: ids.size ? fc.features.filter((f) => typeof f.id === 'number' && ids.has(f.id)) : [] };
}

/** What a point collection shows: ids, positions and one property (counts, place names). */
function pointsKey(fc: FeatureCollection, property: string): string {
  return fc.features
    .map((f) => `${String(f.id)}@${f.geometry.type === 'Point' ? f.geometry.coordinates.join(',') : ''}=${String(f.properties?.[property])}`)
    .join(';');
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
  const [hover, setHoverState] = useState<{ id: number; x: number; y: number } | null>(null);
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

    let hoveredId: number | null = null;
    const setHover = (id: number | null, point?: { x: number; y: number }) => {
      if (hoveredId !== id) {
        if (hoveredId !== null) map.setFeatureState({ source: SOURCE.areas, id: hoveredId }, { hover: false });
        hoveredId = id;
        if (id !== null) map.setFeatureState({ source: SOURCE.areas, id }, { hover: true });
        map.getCanvas().style.cursor = id === null ? '' : 'pointer';
      }
      setHoverState(id === null || !point ? null : { id, x: point.x, y: point.y });
    };
    map.on('mousemove', LAYER.areasFill, (e) => {
      const id = e.features?.[0]?.id;
      setHover(typeof id === 'number' ? id : null, e.point);
    });
    map.on('mouseleave', LAYER.areasFill, () => setHover(null));
    map.on('click', LAYER.areasFill, (e) => {
      const id = e.features?.[0]?.id;
      if (typeof id === 'number') latest.current.onSelect(id);
    });
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
      snapshot: () =>
        new Promise((resolve, reject) => {
          const map = mapRef.current;
          if (!map) return reject(new Error('Kartan är inte laddad'));
          // Without preserveDrawingBuffer the canvas is only readable inside a render callback.
          map.once('render', () => {
            const canvas = map.getCanvas();
            resolve({ dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height });
          });
          map.triggerRepaint();
        }),
    }),
    [],
  );

  const { areas, subareas, basemap, replace, bounds, selectedId, selectedSlug, choropleth, counts, places, highlightIds } = props;

  // Every setData is a round trip through the worker and a redraw: only send what changed.
  const countsKey = pointsKey(counts, 'count');
  const placesKey = pointsKey(places, 'name');
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    if (setSourceData(map, SOURCE.counts, counts)) changed();
  }, [ready, countsKey]);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    if (setSourceData(map, SOURCE.places, places)) changed();
  }, [ready, placesKey]);

  const highlightKey = highlightIds.join();
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map) || !areas) return;
    const ids = new Set(highlightKey ? highlightKey.split(',').map(Number) : []);
    if (setSourceData(map, SOURCE.highlighted, subset(areas, ids)) && ids.size) changed();
    return () => {
      if (mapRef.current && drawable(map) && ids.size) setSourceData(map, SOURCE.highlighted, subset(areas, new Set()));
    };
  }, [ready, highlightKey, areas]);

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

  const showsSelection = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    const feature = selectedId === null ? undefined : areas?.features.find((f) => f.id === selectedId);
    // Only the selected area's delområden go to the map (their thin lines are all it draws of
    // them): a few polygons per selection instead of 550 kB parsed and tiled in the worker.
    const own = selectedSlug === null ? [] : (subareas?.features.filter((f) => f.properties?.areaSlug === selectedSlug) ?? []);
    // Nothing selected before or now (the start of most visits): no round trip to the worker.
    if (!feature && own.length === 0 && !showsSelection.current) return;
    showsSelection.current = Boolean(feature) || own.length > 0;
    const a = setSourceData(map, SOURCE.selected, { type: 'FeatureCollection', features: feature ? [feature] : [] });
    const b = setSourceData(map, SOURCE.subareas, { type: 'FeatureCollection', features: own });
    if (a || b) changed();
  }, [ready, selectedId, selectedSlug, areas, subareas]);

  const boundsKey = bounds?.join();
  useEffect(() => {
    const started = startedRef.current;
    if (!started || !bounds) return;
    // Another areas file than the one shipped (an editor's replacement, the benchmark's): fit to it.
    if (!sameBounds(bounds, INITIAL_BOUNDS) && started.fitTo(bounds)) changed();
  }, [boundsKey]);

  const colorsKey = choropleth ? `${choropleth.colors.join()}|${choropleth.missingColor}` : '';
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    map.setPaintProperty(LAYER.areasFill, 'fill-color', choroplethFill(choropleth?.colors ?? null, choropleth?.missingColor ?? ''));
    changed();
  }, [ready, colorsKey]);

  // Class per feature id as last given to the map: a change of layer or year only touches the
  // areas whose class changed.
  const applied = useRef(new Map<number, number | null>());
  const appliedMissing = useRef('');
  useEffect(() => {
    const map = mapRef.current;
    const el = startedRef.current?.element;
    if (!ready || !map || !drawable(map) || !areas || !el) return;
    let any = false;
    const missing = new Set<number>();
    for (const f of areas.features) {
      if (typeof f.id !== 'number') continue;
      const cls = choropleth ? (choropleth.classes[f.id] ?? null) : null;
      if (choropleth && cls === null) missing.add(f.id);
      if (applied.current.get(f.id) !== cls) {
        map.setFeatureState({ source: SOURCE.areas, id: f.id }, { cls });
        applied.current.set(f.id, cls);
        any = true;
      }
    }
    const missingKey = [...missing].join();
    if (missingKey !== appliedMissing.current) {
      if (setSourceData(map, SOURCE.missing, subset(areas, missing))) any = true;
      appliedMissing.current = missingKey;
    }
    if (any) changed();
    // The benchmark tells "areas drawn" from "areas drawn in their index colours" by this.
    if (choropleth) {
      performance.mark('map:choropleth');
      el.dataset.choropleth = String(Number(el.dataset.choropleth ?? 0) + 1);
    }
  }, [ready, areas, choropleth]);

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
          {props.renderTooltip(hover.id)}
        </div>
      )}
    </div>
  );
}

// The entry chunk starts the map through these before the app has loaded (src/app/early-map.ts).
export { createMap, prewarmMap } from './create-map';
