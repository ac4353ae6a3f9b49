import { useEffect, type RefObject } from 'react';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import type { StartedMap } from './create-map';
import { drawable } from './map-sources';
import { LAYER, layers } from './map-style';

type TextSize = DataDrivenPropertyValueSpecification<number>;

/** The area names' size as map-style.ts builds it (whatever its zoom or placement rules). */
const styledSize = (): TextSize => (layers.find((l) => l.id === LAYER.areasLabel)?.layout as { 'text-size'?: TextSize } | undefined)?.['text-size'] ?? 16;

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
  /** The area names at `labelScale` times their styled size (the big screen); undefined = as styled. */
  labelScale?: number;
}

/**
 * Sets the area names' size for `scale` once the style is in. While scaled, the map's container
 * carries the smallest size MapLibre placed a name at (`data-label-size`, px, read at each idle),
 * so a test or a person can see what the room sees.
 */
export function useLabelScale(startedRef: RefObject<StartedMap | null>, ready: boolean, scale: number | undefined) {
  useEffect(() => {
    const started = startedRef.current;
    if (!ready || !started || scale === undefined || !drawable(started.map)) return;
    const { map, element } = started;
    map.setLayoutProperty(LAYER.areasLabel, 'text-size', scaleTextSize(styledSize(), scale));
    started.changed();
    const measure = () => {
      if (!drawable(map)) return;
      const sizes = map.queryRenderedFeatures({ layers: [LAYER.areasLabel] }).map((f) => Number((f.layer.layout as Record<string, unknown> | undefined)?.['text-size']));
      element.dataset.labelSize = sizes.length ? String(Math.min(...sizes)) : '';
    };
    map.on('idle', measure);
    return () => {
      map.off('idle', measure);
      delete element.dataset.labelSize;
    };
  }, [startedRef, ready, scale]);
}
