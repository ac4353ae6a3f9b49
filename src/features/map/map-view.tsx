import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import maplibregl from './maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import initialView from './initial-view.json';
import {
  HATCH_IMAGE,
  LAYER,
  SOURCE,
  buildStyle,
  choroplethFill,
  type Choropleth,
} from './map-style';

/** The bounds of the shipped areas file (written by `npm run data:geo`, checked by a test). */
export const INITIAL_BOUNDS = initialView.bounds as Bounds;
const FIT = { padding: 16 };
const sameBounds = (a: Bounds, b: Bounds) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-9);

export type Bounds = [number, number, number, number];

export interface MapViewProps {
  /**
   * Our GeoJSON files (URLs) that MapLibre fetches and parses in its worker as soon as the map
   * exists, like any MapLibre page: the map does not wait for the app's data layer.
   */
  files: { areas: string; basemap: string };
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
  labels: { title: string; zoomIn: string; zoomOut: string; resetNorth: string; unavailable: string; contextLost?: string; cooperativeWindows?: string; cooperativeMac?: string; cooperativeMobile?: string };
  attribution: string[];
  /** In an embed, scrolling the host page must not zoom the map: ctrl/⌘ + scroll or two fingers. */
  cooperativeGestures?: boolean;
  ref?: Ref<MapHandle>;
}

export interface MapHandle {
  /** The map as drawn now, as a PNG data URL (for the image export). */
  snapshot: () => Promise<{ dataUrl: string; width: number; height: number }>;
}

function setSourceData(map: maplibregl.Map, source: string, data: FeatureCollection) {
  (map.getSource(source) as maplibregl.GeoJSONSource | undefined)?.setData(data);
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

/** A small diagonal hatch drawn into pixels, so no image file or request is needed. */
function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [90, 90, 90, 255] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The one component that touches maplibre-gl. The map is created once (empty-deps effect) and
 * removed on unmount; every later change goes through setData / setFeatureState / setFilter /
 * setPaintProperty in its own effect, so React re-renders never rebuild the WebGL context.
 */
export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
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
  const changed = () => {
    const el = container.current;
    if (el) el.dataset.mapChanges = String(Number(el.dataset.mapChanges ?? 0) + 1);
  };
  latest.current = props;

  // Created in the commit that mounts the container, before the browser paints: a passive effect
  // would start the map one frame (and whatever else the page does) later.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const initial = latest.current;
    let map: maplibregl.Map;
    try {
      performance.mark('map:create');
      map = new maplibregl.Map({
        container: el,
        style: buildStyle(new URL('glyphs/', document.baseURI).href, {
          areas: new URL(initial.files.areas, document.baseURI).href,
          basemap: new URL(initial.files.basemap, document.baseURI).href,
        }),
        bounds: initial.bounds ?? INITIAL_BOUNDS,
        fitBoundsOptions: FIT,
        // Labels and counts appear at once: a fade only delays the moment the map is complete.
        fadeDuration: 0,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        cooperativeGestures: initial.cooperativeGestures ?? false,
        touchPitch: false,
        locale: {
          'Map.Title': initial.labels.title,
          'NavigationControl.ZoomIn': initial.labels.zoomIn,
          'NavigationControl.ZoomOut': initial.labels.zoomOut,
          'NavigationControl.ResetBearing': initial.labels.resetNorth,
          ...(initial.labels.cooperativeWindows ? { 'CooperativeGesturesHandler.WindowsHelpText': initial.labels.cooperativeWindows } : {}),
          ...(initial.labels.cooperativeMac ? { 'CooperativeGesturesHandler.MacHelpText': initial.labels.cooperativeMac } : {}),
          ...(initial.labels.cooperativeMobile ? { 'CooperativeGesturesHandler.MobileHelpText': initial.labels.cooperativeMobile } : {}),
        },
      });
    } catch {
      // No WebGL (old browser, locked-down kiosk): the list and panel still work without the map.
      setFailed(true);
      return;
    }
    mapRef.current = map;
    map.addImage(HATCH_IMAGE, hatchImage());
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: initial.attribution }), 'bottom-right');

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
    map.once('style.load', () => setReady(true));
    map.on('error', (e: { error?: Error; sourceId?: string }) => {
      if (e.sourceId === SOURCE.areas || e.sourceId === SOURCE.basemap) {
        const id = e.sourceId;
        setFileFailed((f) => (f[id] ? f : { ...f, [id]: true }));
        return;
      }
      // What MapLibre itself does when nobody listens.
      console.error(e.error);
    });
    // Tests and the benchmark wait for this instead of sleeping: it counts the map's idle events.
    let idles = 0;
    map.on('style.load', () => performance.mark('map:style.load'));
    map.on('load', () => performance.mark('map:load'));
    map.on('sourcedata', (e) => {
      if (e.isSourceLoaded) performance.mark(`map:source-loaded:${e.sourceId}`);
    });
    map.on('resize', () => performance.mark('map:resize'));
    map.on('idle', () => {
      performance.mark('map:idle');
      el.dataset.mapIdle = String(++idles);
    });
    // A lost WebGL context (GPU reset, too many tabs) blanks the canvas. MapLibre rebuilds itself on
    // "webglcontextrestored"; until then the user is told and the lists and tables still work.
    map.on('webglcontextlost', () => setContextLost(true));
    map.on('webglcontextrestored', () => setContextLost(false));
    // The sidebar changes width with the view; MapLibre only tracks window resizes by itself.
    const resize = new ResizeObserver(() => map.resize());
    resize.observe(el);

    return () => {
      resize.disconnect();
      mapRef.current = null;
      map.remove();
    };
  }, []);

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
    if (!ready || !map) return;
    setSourceData(map, SOURCE.counts, counts);
    changed();
  }, [ready, countsKey]);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    setSourceData(map, SOURCE.places, places);
    changed();
  }, [ready, placesKey]);

  const highlightKey = highlightIds.join();
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !areas) return;
    const ids = new Set(highlightKey ? highlightKey.split(',').map(Number) : []);
    setSourceData(map, SOURCE.highlighted, subset(areas, ids));
    if (ids.size) changed();
    return () => {
      if (mapRef.current && ids.size) setSourceData(map, SOURCE.highlighted, subset(areas, new Set()));
    };
  }, [ready, highlightKey, areas]);

  const drawAreas = replace.areas || fileFailed.areas;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !areas || !drawAreas) return;
    setSourceData(map, SOURCE.areas, areas);
    changed();
  }, [ready, areas, drawAreas]);

  const drawBasemap = replace.basemap || fileFailed.basemap;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !basemap || !drawBasemap) return;
    setSourceData(map, SOURCE.basemap, basemap);
    changed();
  }, [ready, basemap, drawBasemap]);

  const showsSelection = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const feature = selectedId === null ? undefined : areas?.features.find((f) => f.id === selectedId);
    // Only the selected area's delområden go to the map (their dashed lines are all it draws of
    // them): a few polygons per selection instead of 550 kB parsed and tiled in the worker.
    const own = selectedSlug === null ? [] : (subareas?.features.filter((f) => f.properties?.areaSlug === selectedSlug) ?? []);
    // Nothing selected before or now (the start of most visits): no round trip to the worker.
    if (!feature && own.length === 0 && !showsSelection.current) return;
    showsSelection.current = Boolean(feature) || own.length > 0;
    setSourceData(map, SOURCE.selected, { type: 'FeatureCollection', features: feature ? [feature] : [] });
    setSourceData(map, SOURCE.subareas, { type: 'FeatureCollection', features: own });
    changed();
  }, [ready, selectedId, selectedSlug, areas, subareas]);

  const boundsKey = bounds?.join();
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !bounds) return;
    // Another areas file than the one shipped (an editor's replacement, the benchmark's): fit to it.
    if (!sameBounds(bounds, INITIAL_BOUNDS)) {
      map.fitBounds(bounds, { ...FIT, duration: 0 });
      changed();
    }
  }, [boundsKey]);

  const colorsKey = choropleth ? `${choropleth.colors.join()}|${choropleth.missingColor}` : '';
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setPaintProperty(LAYER.areasFill, 'fill-color', choroplethFill(choropleth?.colors ?? null, choropleth?.missingColor ?? ''));
    changed();
  }, [ready, colorsKey]);

  // Class per feature id as last given to the map: a change of layer or year only touches the
  // areas whose class changed.
  const applied = useRef(new Map<number, number | null>());
  const appliedMissing = useRef('');
  useEffect(() => {
    const map = mapRef.current;
    const el = container.current;
    if (!ready || !map || !areas || !el) return;
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
      setSourceData(map, SOURCE.missing, subset(areas, missing));
      appliedMissing.current = missingKey;
      any = true;
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
    <div className="map-wrap">
      <div ref={container} className="map-canvas" data-map-ready={ready ? 'true' : 'false'} data-choropleth="0" data-map-changes="0" />
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
