import { useEffect, useRef, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import type maplibregl from './maplibre';
import type { StartedMap } from './create-map';
import { LAYER, SOURCE, choroplethFill } from './map-style';
import { drawable, setSourceData, slugOf, subset } from './map-sources';
import type { MapDrawing } from './map-drawing';

/**
 * The index colours on the map: the fill's colour ramp, each area's class as feature-state keyed
 * by its slug, and the hatched "missing" areas. Only what changed goes to the map.
 */
export function useChoropleth(
  mapRef: RefObject<maplibregl.Map | null>,
  startedRef: RefObject<StartedMap | null>,
  ready: boolean,
  areas: FeatureCollection | null | undefined,
  choropleth: MapDrawing['choropleth'],
) {
  const latestChoropleth = useRef(choropleth);
  latestChoropleth.current = choropleth;

  const colorsKey = choropleth ? `${choropleth.colors.join()}|${choropleth.missingColor}` : '';
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !drawable(map)) return;
    // Until the app has its own colours (the index is loading), the first frame's stay.
    const choropleth = latestChoropleth.current ?? startedRef.current?.firstFrame?.choropleth;
    // Keeps the first frame's classes under the feature-states (see choroplethFill); the same
    // expression the map started with is no change, and no redraw.
    const fill = choroplethFill(choropleth?.colors ?? null, choropleth?.missingColor ?? '', startedRef.current?.firstFrame?.choropleth.classes);
    if (JSON.stringify(map.getPaintProperty(LAYER.areasFill, 'fill-color')) === JSON.stringify(fill)) return;
    map.setPaintProperty(LAYER.areasFill, 'fill-color', fill);
    startedRef.current?.changed();
  }, [mapRef, startedRef, ready, colorsKey]);

  // Class per area slug as last given to the map (at first, what its first frame drew): a change
  // of layer or year only touches the areas whose class changed.
  const applied = useRef<Map<string, number | null> | null>(null);
  const appliedMissing = useRef('');
  // Keyed by the choropleth object: the app keeps it while the model and the areas stay (a new one
  // is counted as a new choropleth below).
  useEffect(() => {
    const map = mapRef.current;
    const el = startedRef.current?.element;
    if (!ready || !map || !drawable(map) || !areas || !el) return;
    // The index is loading: the first frame's classes stay until the app has its own.
    if (!choropleth && startedRef.current?.firstFrame) return;
    applied.current ??= new Map(Object.entries(startedRef.current?.firstFrame?.choropleth.classes ?? {}));
    let any = false;
    const missing = new Set<string>();
    for (const f of areas.features) {
      const slug = slugOf(f);
      if (slug === null) continue;
      const cls = choropleth ? (choropleth.classes[slug] ?? null) : null;
      if (choropleth && cls === null) missing.add(slug);
      if (applied.current.get(slug) !== cls) {
        // -1, not null, for "no value": a null state would let the first frame's class show through.
        map.setFeatureState({ source: SOURCE.areas, id: slug }, { cls: cls ?? -1 });
        applied.current.set(slug, cls);
        any = true;
      }
    }
    const missingKey = [...missing].join();
    if (missingKey !== appliedMissing.current) {
      if (setSourceData(map, SOURCE.missing, subset(areas, missing))) any = true;
      appliedMissing.current = missingKey;
    }
    if (any) startedRef.current?.changed();
    // The benchmark tells "areas drawn" from "areas drawn in their index colours" by this.
    if (choropleth) {
      performance.mark('map:choropleth');
      el.dataset.choropleth = String(Number(el.dataset.choropleth ?? 0) + 1);
    }
  }, [mapRef, startedRef, ready, areas, choropleth]);
}
