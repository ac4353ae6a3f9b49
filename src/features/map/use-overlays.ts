import { useEffect, useRef, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import type maplibregl from './maplibre';
import type { StartedMap } from './create-map';
import { SOURCE } from './map-style';
import { EMPTY, drawable, pointsKey, setSourceData, slugOf, subset } from './map-sources';
import type { MapDrawing } from './map-drawing';

interface Latest {
  drawing: MapDrawing;
}

const COUNT_KEYS = ['slug', 'count'];

/** The map, when it can take data: created, its style in, its WebGL context not lost. */
const live = (mapRef: RefObject<maplibregl.Map | null>, ready: boolean) => {
  const map = mapRef.current;
  return ready && map && drawable(map) ? map : null;
};
// Counts a change for the tests and the benchmark (map-view.tsx).
const changed = (startedRef: RefObject<StartedMap | null>) => startedRef.current?.changed();

/**
 * What the map draws over the colours: count badges, an insats's places and areas, the selection
 * with its delområden, and the insatsområden. Every setData is a round trip through the worker and
 * a redraw, so each effect is keyed by what its source shows and sends only that.
 */
export function useOverlays(
  mapRef: RefObject<maplibregl.Map | null>,
  startedRef: RefObject<StartedMap | null>,
  ready: boolean,
  latest: RefObject<Latest>,
  areas: FeatureCollection | null,
  subareas: FeatureCollection | null,
) {
  const { drawing } = latest.current;

  const countsKey = drawing.counts ? pointsKey(drawing.counts, COUNT_KEYS) : null;
  // What the counts source shows: at first, the badges of the map's first frame (if it had one).
  const shownCounts = useRef<string | null>(null);
  useEffect(() => {
    const map = live(mapRef, ready);
    const counts = latest.current.drawing.counts;
    if (!map || countsKey === null || !counts) return;
    const first = startedRef.current?.firstFrame;
    shownCounts.current ??= first ? pointsKey(first.counts, COUNT_KEYS) : '';
    if (shownCounts.current === countsKey) return;
    shownCounts.current = countsKey;
    if (setSourceData(map, SOURCE.counts, counts)) changed(startedRef);
  }, [mapRef, startedRef, latest, ready, countsKey]);

  const placesKey = pointsKey(drawing.places, ['name']);
  useEffect(() => {
    const map = live(mapRef, ready);
    if (map && setSourceData(map, SOURCE.places, latest.current.drawing.places)) changed(startedRef);
  }, [mapRef, startedRef, latest, ready, placesKey]);

  // Slugs are [a-z0-9-]: joined with commas they are one comparable key.
  const highlightKey = drawing.highlighted.join();
  useEffect(() => {
    const map = live(mapRef, ready);
    if (!map || !areas) return;
    const slugs = new Set(highlightKey ? highlightKey.split(',') : []);
    if (setSourceData(map, SOURCE.highlighted, subset(areas, slugs)) && slugs.size) changed(startedRef);
    return () => {
      if (drawable(map) && slugs.size) setSourceData(map, SOURCE.highlighted, EMPTY);
    };
  }, [mapRef, startedRef, ready, highlightKey, areas]);

  const focusKey = drawing.focus.features.map((f) => `${f.properties.kind}:${f.properties.slug}`).join();
  useEffect(() => {
    const map = live(mapRef, ready);
    if (map && setSourceData(map, SOURCE.focus, latest.current.drawing.focus)) changed(startedRef);
  }, [mapRef, startedRef, latest, ready, focusKey]);

  const { selected, openSubarea } = drawing;
  const showsSelection = useRef(false);
  useEffect(() => {
    const map = live(mapRef, ready);
    if (!map) return;
    const feature = selected === null ? undefined : areas?.features.find((f) => slugOf(f) === selected);
    // Only the selected area's delområden go to the map: a few polygons per selection instead of
    // 550 kB parsed and tiled in the worker. The open one is marked, for its heavier line.
    const own = (selected === null ? [] : (subareas?.features.filter((f) => f.properties?.areaSlug === selected) ?? [])).map((f) =>
      openSubarea !== null && slugOf(f) === openSubarea ? { ...f, properties: { ...f.properties, open: true } } : f,
    );
    // Nothing selected before or now (the start of most visits): no round trip to the worker.
    if (!feature && own.length === 0 && !showsSelection.current) return;
    showsSelection.current = Boolean(feature) || own.length > 0;
    const a = setSourceData(map, SOURCE.selected, { type: 'FeatureCollection', features: feature ? [feature] : [] });
    const b = setSourceData(map, SOURCE.subareas, { type: 'FeatureCollection', features: own });
    if (a || b) changed(startedRef);
  }, [mapRef, startedRef, ready, selected, openSubarea, areas, subareas]);
}
