/**
 * The area index of STK-2023-137, computed from its definition and values. Pure functions: the
 * definition is data, so a fifth dimension appears everywhere without a code change.
 * Method (also on the methodology page): each indicator is normalised relative to the city
 * (Malmö = 100); a dimension is the weighted mean of its indicators' scores; the composite is
 * the weighted mean of the dimensions. Missing values are never zero: too few → null ("saknas").
 */
import type { DataStatus, DimensionDefinition, IndexDefinition, IndicatorDefinition } from './api/index-definition';
import type { IndexValue } from './api/index-values';

export const COMPOSITE_ID = 'index';

export interface IndicatorResult {
  value: number | null;
  cityValue: number | null;
  score: number | null;
  rank: number | null;
  status: DataStatus | null;
  numerator?: number;
  denominator?: number;
}

export interface ScoreResult {
  score: number | null;
  rank: number | null;
  /** How many parts (indicators or dimensions) had a score. */
  used: number;
  containsExample: boolean;
}

export interface AreaIndex {
  area: string;
  indicators: Record<string, IndicatorResult>;
  dimensions: Record<string, ScoreResult>;
  composite: ScoreResult;
}

export type Direction = IndicatorDefinition['direction'];

/**
 * Area value relative to the city, ×100. For "higher is worse" a share is inverted through its
 * complement (the share *without* the trait), the same turn the document itself takes with
 * "Andel utan ekonomiskt bistånd"; it stays near 100 and cannot explode when an area's share is
 * small. Other units are inverted as city / area.
 */
export function normalise(value: number, cityValue: number, direction: Direction, unit: IndicatorDefinition['unit'] = 'andel'): number | null {
  if (direction === 'higher-is-better') return cityValue > 0 ? (value / cityValue) * 100 : null;
  if (unit === 'andel') return cityValue < 100 ? ((100 - value) / (100 - cityValue)) * 100 : null;
  return value > 0 ? (cityValue / value) * 100 : null;
}

/** Weighted mean of the parts that have a score; null when fewer than `minPresent` do. */
export function weightedMean(parts: { score: number | null; weight: number }[], minPresent: number): number | null {
  const present = parts.filter((p): p is { score: number; weight: number } => p.score !== null && Number.isFinite(p.score));
  if (present.length < minPresent || present.length === 0) return null;
  const totalWeight = present.reduce((s, p) => s + p.weight, 0);
  return present.reduce((s, p) => s + p.score * p.weight, 0) / totalWeight;
}

/**
 * Rank 1 = lowest score = greatest socio-economic challenges (the index exists to find where
 * joint efforts are most needed). Ties share a rank ("1, 2, 2, 4"); null scores get no rank.
 */
export function rankScores(scores: Record<string, number | null>): Record<string, number | null> {
  const entries = Object.entries(scores);
  const sorted = entries.filter((e): e is [string, number] => e[1] !== null).sort((a, b) => a[1] - b[1]);
  // One pass over the sorted scores: the first position of a score is its rank (O(n log n); the
  // register and finer geography make n large, see docs/performance.md).
  const rankOfScore = new Map<number, number>();
  sorted.forEach(([, s], i) => {
    if (!rankOfScore.has(s)) rankOfScore.set(s, i + 1);
  });
  const ranked: Record<string, number | null> = {};
  for (const [key, score] of entries) ranked[key] = score === null ? null : rankOfScore.get(score)!;
  return ranked;
}

export function minIndicatorsOf(dim: DimensionDefinition): number {
  return dim.minIndicators ?? Math.max(1, dim.indicators.length - 1);
}

export function allIndicators(def: IndexDefinition): IndicatorDefinition[] {
  return def.dimensions.flatMap((d) => d.indicators);
}

/** Years that have at least one area value, ascending. */
export function yearsOf(values: IndexValue[], def: IndexDefinition): number[] {
  return [...new Set(values.filter((v) => v.area !== def.cityAreaId).map((v) => v.year))].sort((a, b) => a - b);
}

export function computeIndex(
  def: IndexDefinition,
  values: IndexValue[],
  year: number,
  areas: string[],
  options: { leaveOut?: string } = {},
): Record<string, AreaIndex> {
  const byKey = new Map<string, IndexValue>();
  for (const v of values) if (v.year === year) byKey.set(`${v.indicator}|${v.area}`, v);

  const result: Record<string, AreaIndex> = {};
  for (const area of areas) {
    result[area] = { area, indicators: {}, dimensions: {}, composite: { score: null, rank: null, used: 0, containsExample: false } };
  }

  for (const ind of allIndicators(def)) {
    const city = byKey.get(`${ind.id}|${def.cityAreaId}`);
    const scores: Record<string, number | null> = {};
    for (const area of areas) {
      const v = ind.id === options.leaveOut ? undefined : byKey.get(`${ind.id}|${area}`);
      const score = v && city ? normalise(v.value, city.value, ind.direction, ind.unit) : null;
      scores[area] = score;
      result[area]!.indicators[ind.id] = {
        value: v?.value ?? null,
        cityValue: city?.value ?? null,
        score,
        rank: null,
        status: v?.status ?? null,
        ...(v?.numerator !== undefined ? { numerator: v.numerator } : {}),
        ...(v?.denominator !== undefined ? { denominator: v.denominator } : {}),
      };
    }
    const ranks = rankScores(scores);
    for (const area of areas) result[area]!.indicators[ind.id]!.rank = ranks[area] ?? null;
  }

  for (const dim of def.dimensions) {
    const scores: Record<string, number | null> = {};
    for (const area of areas) {
      const r = result[area]!;
      const parts = dim.indicators.map((ind) => ({ score: r.indicators[ind.id]!.score, weight: ind.weight }));
      const score = weightedMean(parts, minIndicatorsOf(dim));
      const usedInds = dim.indicators.filter((ind) => r.indicators[ind.id]!.score !== null);
      r.dimensions[dim.id] = {
        score,
        rank: null,
        used: usedInds.length,
        containsExample: score !== null && usedInds.some((ind) => r.indicators[ind.id]!.status === 'exempel'),
      };
      scores[area] = score;
    }
    const ranks = rankScores(scores);
    for (const area of areas) result[area]!.dimensions[dim.id]!.rank = ranks[area] ?? null;
  }

  const minDims = def.compositeMinDimensions ?? def.dimensions.length;
  const compositeScores: Record<string, number | null> = {};
  for (const area of areas) {
    const r = result[area]!;
    const parts = def.dimensions.map((d) => ({ score: r.dimensions[d.id]!.score, weight: d.weight }));
    const score = weightedMean(parts, minDims);
    r.composite = {
      score,
      rank: null,
      used: parts.filter((p) => p.score !== null).length,
      containsExample: score !== null && def.dimensions.some((d) => r.dimensions[d.id]!.containsExample),
    };
    compositeScores[area] = score;
  }
  const ranks = rankScores(compositeScores);
  for (const area of areas) result[area]!.composite.rank = ranks[area] ?? null;
  return result;
}

/**
 * How much an area's composite rank depends on any single indicator: the lowest and highest rank
 * it gets when each indicator in turn is left out. null when no leave-one-out run ranks it.
 */
export function leaveOneOutRankRange(
  def: IndexDefinition,
  values: IndexValue[],
  year: number,
  areas: string[],
): Record<string, { min: number; max: number } | null> {
  const ranges: Record<string, { min: number; max: number } | null> = Object.fromEntries(areas.map((a) => [a, null]));
  for (const ind of allIndicators(def)) {
    const run = computeIndex(def, values, year, areas, { leaveOut: ind.id });
    for (const area of areas) {
      const rank = run[area]!.composite.rank;
      if (rank === null) continue;
      const prev = ranges[area];
      ranges[area] = prev ? { min: Math.min(prev.min, rank), max: Math.max(prev.max, rank) } : { min: rank, max: rank };
    }
  }
  return ranges;
}

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
