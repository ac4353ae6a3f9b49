import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import type maplibregl from './maplibre';
import { SOURCE } from './map-style';

/**
 * The next (`1`) or previous (`-1`) slug in `order` from `current`, wrapping at the ends. From
 * nothing, forward starts at the first and backward at the last; an unknown current counts as nothing.
 */
export function stepArea(order: readonly string[], current: string | null, direction: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return direction === 1 ? order[0]! : order[order.length - 1]!;
  return order[(at + direction + order.length) % order.length]!;
}

/** What a key on the focused map does; null: leave it to MapLibre (arrows pan, + and − zoom). */
export type MapKeyAction = { kind: 'step'; direction: 1 | -1 } | { kind: 'select' } | { kind: 'clear' };

export function keyAction(key: string): MapKeyAction | null {
  if (key === 'PageDown') return { kind: 'step', direction: 1 };
  if (key === 'PageUp') return { kind: 'step', direction: -1 };
  if (key === 'Enter' || key === ' ') return { kind: 'select' };
  if (key === 'Escape') return { kind: 'clear' };
  return null;
}

export interface MapKeyboardHandlers {
  /** The areas in the area list's order, and their features (for centring). */
  areas: () => { order: string[]; features: Feature[] };
  /** The keyboard's area changed (null: cleared): the view announces its name and value. */
  onHighlight: (slug: string | null) => void;
  onSelect: (slug: string) => void;
}

/**
 * Keyboard selection on the map's canvas (WCAG 2.1.1): PageDown / PageUp step through the areas,
 * centring the map on each and marking it with the same feature-state "hover" as the pointer;
 * Enter or Space selects it, Escape clears. Other keys stay with MapLibre's keyboard handler.
 * Returns the listener's removal.
 */
export function listenToKeys(map: maplibregl.Map, handlers: MapKeyboardHandlers): () => void {
  let current: string | null = null;
  const mark = (slug: string | null) => {
    if (current !== null) map.setFeatureState({ source: SOURCE.areas, id: current }, { hover: false });
    current = slug;
    if (slug !== null) map.setFeatureState({ source: SOURCE.areas, id: slug }, { hover: true });
    handlers.onHighlight(slug);
  };
  const onKey = (e: KeyboardEvent) => {
    const action = keyAction(e.key);
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    if (action.kind === 'step') {
      const { order, features } = handlers.areas();
      const next = stepArea(order, current, action.direction);
      if (next === null) return;
      mark(next);
      const feature = features.find((f) => f.properties?.slug === next);
      if (feature) {
        const [w, s, e2, n] = bbox(feature);
        map.easeTo({ center: [(w + e2) / 2, (s + n) / 2], duration: 300 });
      }
    } else if (action.kind === 'select') {
      if (current === null) return;
      handlers.onSelect(current);
    } else {
      if (current === null) return;
      mark(null);
    }
    // The page must not scroll (PageDown, Space) nor the browser act on these keys.
    e.preventDefault();
  };
  const canvas = map.getCanvas();
  // Leaving the map ends the keyboard's highlight, as leaving an area ends the pointer's.
  const onBlur = () => current !== null && mark(null);
  canvas.addEventListener('keydown', onKey);
  canvas.addEventListener('blur', onBlur);
  return () => {
    canvas.removeEventListener('keydown', onKey);
    canvas.removeEventListener('blur', onBlur);
  };
}
