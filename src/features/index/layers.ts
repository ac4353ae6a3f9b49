/** The map's layers: the composite, each dimension and each indicator, as the definition lists them. */
import type { IndexDefinition } from './api/index-definition';
import { COMPOSITE_ID, allIndicators, type AreaIndex, type IndicatorResult, type ScoreResult } from './compute';

/** The score a map layer shows: the composite, a dimension, or an indicator (all Malmö = 100). */
export function layerScore(entry: AreaIndex | undefined, layer: string): ScoreResult | IndicatorResult | undefined {
  if (!entry) return undefined;
  if (layer === COMPOSITE_ID) return entry.composite;
  return entry.dimensions[layer] ?? entry.indicators[layer];
}

export interface LayerInfo {
  id: string;
  label: string;
  kind: 'composite' | 'dimension' | 'indicator';
  /** True when any input of the layer is example data. */
  example: boolean;
  dimension?: string;
}

/** Every selectable layer, derived from the definition (so new dimensions appear by themselves). */
export function layersOf(def: IndexDefinition): LayerInfo[] {
  const anyExample = allIndicators(def).some((i) => i.status === 'exempel');
  return [
    { id: COMPOSITE_ID, label: def.compositeLabel, kind: 'composite', example: anyExample },
    ...def.dimensions.flatMap((d): LayerInfo[] => [
      { id: d.id, label: d.name, kind: 'dimension', example: d.indicators.some((i) => i.status === 'exempel') },
      ...d.indicators.map((i): LayerInfo => ({ id: i.id, label: i.name, kind: 'indicator', example: i.status === 'exempel', dimension: d.id })),
    ]),
  ];
}
