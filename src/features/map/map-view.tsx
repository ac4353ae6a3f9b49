import { useEffect, useRef, useState } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { LAYER, SOURCE, buildStyle, selectedOutlineFilter, subareaFilter } from './map-style';

export interface MapViewProps {
  areas: FeatureCollection;
  subareas: FeatureCollection;
  basemap: FeatureCollection;
  bounds: [number, number, number, number];
  selectedId: number | null;
  selectedSlug: string | null;
  onSelect: (id: number) => void;
  labels: { title: string; zoomIn: string; zoomOut: string; resetNorth: string; unavailable: string };
  attribution: string[];
}

/**
 * The one component that touches maplibre-gl. The map is created once (empty-deps effect) and
 * removed on unmount; every later change goes through setData / setFeatureState / setFilter in its
 * own effect, so React re-renders never rebuild the WebGL context.
 */
export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  // Latest callbacks/props for handlers registered once at creation.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    const initial = latest.current;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: buildStyle(new URL('glyphs/', document.baseURI).href, initial),
        bounds: initial.bounds,
        fitBoundsOptions: { padding: 16 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        locale: {
          'Map.Title': initial.labels.title,
          'NavigationControl.ZoomIn': initial.labels.zoomIn,
          'NavigationControl.ZoomOut': initial.labels.zoomOut,
          'NavigationControl.ResetBearing': initial.labels.resetNorth,
        },
      });
    } catch {
      // No WebGL (old browser, locked-down kiosk): the list and panel still work without the map.
      setFailed(true);
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: initial.attribution }), 'bottom-right');

    let hoveredId: number | null = null;
    const setHover = (id: number | null) => {
      if (hoveredId !== null) map.setFeatureState({ source: SOURCE.areas, id: hoveredId }, { hover: false });
      hoveredId = id;
      if (id !== null) map.setFeatureState({ source: SOURCE.areas, id }, { hover: true });
      map.getCanvas().style.cursor = id === null ? '' : 'pointer';
    };
    map.on('mousemove', LAYER.areasFill, (e) => {
      const id = e.features?.[0]?.id;
      setHover(typeof id === 'number' ? id : null);
    });
    map.on('mouseleave', LAYER.areasFill, () => setHover(null));
    map.on('click', LAYER.areasFill, (e) => {
      const id = e.features?.[0]?.id;
      if (typeof id === 'number') latest.current.onSelect(id);
    });
    map.once('load', () => setReady(true));
    // Tests and the benchmark wait for this instead of sleeping: it counts the map's idle events.
    let idles = 0;
    const el = container.current;
    map.on('idle', () => {
      el.dataset.mapIdle = String(++idles);
    });

    return () => {
      mapRef.current = null;
      map.remove();
    };
  }, []);

  const { areas, subareas, basemap, selectedId, selectedSlug } = props;

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    (map.getSource(SOURCE.areas) as maplibregl.GeoJSONSource | undefined)?.setData(areas);
    (map.getSource(SOURCE.subareas) as maplibregl.GeoJSONSource | undefined)?.setData(subareas);
    (map.getSource(SOURCE.basemap) as maplibregl.GeoJSONSource | undefined)?.setData(basemap);
  }, [ready, areas, subareas, basemap]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || selectedId === null) return;
    map.setFeatureState({ source: SOURCE.areas, id: selectedId }, { selected: true });
    return () => {
      // The map may already be gone when the whole view unmounts.
      if (mapRef.current) map.setFeatureState({ source: SOURCE.areas, id: selectedId }, { selected: false });
    };
  }, [ready, selectedId]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setFilter(LAYER.areasSelected, selectedOutlineFilter(selectedId));
    map.setFilter(LAYER.subareasLine, subareaFilter(selectedSlug));
  }, [ready, selectedId, selectedSlug]);

  if (failed) {
    return (
      <div className="map-unavailable" role="note">
        {props.labels.unavailable}
      </div>
    );
  }
  return <div ref={container} className="map-canvas" data-map-ready={ready ? 'true' : 'false'} />;
}
