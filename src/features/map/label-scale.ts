import { useEffect, type RefObject } from 'react';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import type { StartedMap } from './create-map';
import { drawable } from './map-sources';
import { LAYER, allLayers } from './map-style';

type TextSize = DataDrivenPropertyValueSpecification<number>;

/**
 * What grows with the names on the big screen: the names themselves, the count badges (their
 * number and the pill around it), the dots of an initiative's places and the selection's and the
 * insatsområden's lines, so that nothing on the map is left at desk size in a room.
 */
const SCALED = [
  { layer: LAYER.areasLabel, part: 'layout', property: 'text-size' },
  { layer: LAYER.subareasLabel, part: 'layout', property: 'text-size' },
  { layer: LAYER.counts, part: 'layout', property: 'text-size' },
  { layer: LAYER.counts, part: 'layout', property: 'icon-text-fit-padding' },
  { layer: LAYER.places, part: 'layout', property: 'icon-size' },
  // The lines that mean something (the selection, the insatsområden), so they read across a room.
  { layer: LAYER.areasSelectedCasing, part: 'paint', property: 'line-width' },
  { layer: LAYER.areasSelected, part: 'paint', property: 'line-width' },
  { layer: LAYER.focusCasing, part: 'paint', property: 'line-width' },
  { layer: LAYER.focus, part: 'paint', property: 'line-width' },
] as const;

/** A property's value as map-style.ts builds it (whatever its zoom or placement rules). */
function styled(layer: string, part: 'layout' | 'paint', property: string): unknown {
  const spec = allLayers.find((l) => l.id === layer) as Record<string, Record<string, unknown> | undefined> | undefined;
  return spec?.[part]?.[property];
}

/** `value` times `k`: a size (see scaleTextSize) or a padding array, element by element. */
export function scaleValue(value: unknown, k: number): unknown {
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value.map((v) => Math.round(v * k * 10) / 10);
  return scaleTextSize(value as TextSize, k);
}

const isZoom = (input: unknown) => Array.isArray(input) && input[0] === 'zoom';

/**
 * `size` times `k`. MapLibre allows a zoom expression only at the top of a property, so a zoom
 * `interpolate` or `step` keeps its stops and gets each output scaled; anything else is multiplied.
 */
export function scaleTextSize(size: TextSize, k: number): TextSize {
  if (typeof size === 'number') return Math.round(size * k * 10) / 10;
  const e = size as unknown[];
  const scale = (v: unknown) => scaleTextSize(v as TextSize, k);
  if (e[0] === 'interpolate' && isZoom(e[2])) return [...e.slice(0, 3), ...e.slice(3).map((v, i) => (i % 2 ? scale(v) : v))] as TextSize;
  if (e[0] === 'step' && isZoom(e[1])) return [e[0], e[1], ...e.slice(2).map((v, i) => (i % 2 ? v : scale(v)))] as TextSize;
  return ['*', k, size] as TextSize;
}

export interface LabelScaleProps {
  /** The area names (and badges, dots) at `labelScale` times their styled size (the big screen); undefined = as styled. */
  labelScale?: number;
}

/**
 * Sets the sizes in SCALED for `scale` as their layers come in. While scaled, the map's container
 * carries the smallest size MapLibre placed a name at (`data-label-size`, px, read at each idle),
 * so a test or a person can see what the room sees.
 */
export function useLabelScale(startedRef: RefObject<StartedMap | null>, ready: boolean, scale: number | undefined) {
  useEffect(() => {
    const started = startedRef.current;
    if (!ready || !started || scale === undefined || !drawable(started.map)) return;
    const { map, element } = started;
    // The badges' and dots' layers come with their first data (LAZY_SOURCES): each is scaled
    // once it is there.
    const done = new Set<(typeof SCALED)[number]>();
    const apply = () => {
      let changed = false;
      for (const item of SCALED) {
        const value = styled(item.layer, item.part, item.property);
        if (done.has(item) || value === undefined || !map.getLayer(item.layer)) continue;
        const scaled = scaleValue(value, scale);
        if (item.part === 'layout') map.setLayoutProperty(item.layer, item.property, scaled);
        else map.setPaintProperty(item.layer, item.property, scaled);
        done.add(item);
        changed = true;
      }
      if (changed) started.changed();
    };
    apply();
    map.on('styledata', apply);
    const measure = () => {
      if (!drawable(map)) return;
      const sizes = map.queryRenderedFeatures({ layers: [LAYER.areasLabel] }).map((f) => Number((f.layer.layout as Record<string, unknown> | undefined)?.['text-size']));
      element.dataset.labelSize = sizes.length ? String(Math.min(...sizes)) : '';
    };
    map.on('idle', measure);
    return () => {
      map.off('idle', measure);
      map.off('styledata', apply);
      delete element.dataset.labelSize;
    };
  }, [startedRef, ready, scale]);
}
