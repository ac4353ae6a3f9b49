import { useEffect, useState, type RefObject } from 'react';
import type { FeatureCollection } from 'geojson';
import type maplibregl from './maplibre';
import { listenToKeys } from './map-keyboard';

interface Latest {
  areas: FeatureCollection | null;
  onSelect: (slug: string) => void;
  describeArea?: (slug: string) => string;
}

/**
 * The map's keyboard selection (map-keyboard.ts), wired to the view: the areas in the area list's
 * order (by name, Swedish collation) and the sentence the polite status region reads out.
 */
export function useMapKeyboard(mapRef: RefObject<maplibregl.Map | null>, ready: boolean, latest: RefObject<Latest>): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    return listenToKeys(map, {
      areas: () => {
        const features = latest.current.areas?.features ?? [];
        const name = (f: (typeof features)[number]) => String(f.properties?.name ?? '');
        const sorted = [...features].sort((a, b) => name(a).localeCompare(name(b), 'sv'));
        return { order: sorted.map((f) => String(f.properties?.slug)), features };
      },
      onHighlight: (slug) => setAnnouncement(slug === null ? '' : (latest.current.describeArea?.(slug) ?? slug)),
      onSelect: (slug) => latest.current.onSelect(slug),
    });
  }, [mapRef, ready, latest]);
  return announcement;
}
