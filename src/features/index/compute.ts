/**
 * The area index of STK-2023-137, computed from its definition and values. Pure functions: the
 * definition is data, so a fifth dimension appears everywhere without a code change.
 * Method (also on the methodology page): each indicator is normalised relative to the city
 * (Malmö = 100); a dimension is the weighted mean of its indicators' scores; the composite is
 * the weighted mean of the dimensions. Missing values are never zero: too few → null ("saknas").
 */
import type { DataStatus, DimensionDefinition, IndexDefinition, IndicatorDefinition } from './api/index-definition';
import type { IndexValue } from './api/index-values';
import { rankArray } from './ranks';

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
  return meanOf(
    parts.map((p) => p.score),
    parts.map((p) => p.weight),
    minPresent,
  );
}

/**
 * The arithmetic of weightedMean over parallel arrays. Both the full computation and the
 * leave-one-out runs use it, so equal inputs give bit-identical scores and therefore equal ranks.
 */
export function meanOf(scores: readonly (number | null)[], weights: readonly number[], minPresent: number): number | null {
  let present = 0;
  let totalWeight = 0;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null || s === undefined || !Number.isFinite(s)) continue;
    present++;
    totalWeight += weights[i]!;
    sum += s * weights[i]!;
  }
  if (present < minPresent || present === 0) return null;
  return sum / totalWeight;
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

/**
 * Values by year → indicator → area, built once per values array (computeIndex runs once per
 * year). Areas are numbered once and each (year, indicator) holds an array by that number: with
 * 6,000 areas a map entry per value cost five times the memory of an array slot.
 */
interface ValueIndex {
  areaNumber: Map<string, number>;
  byYear: Map<number, Map<string, (IndexValue | undefined)[]>>;
}
const valueIndexCache = new WeakMap<IndexValue[], ValueIndex>();
function valueIndex(values: IndexValue[]): ValueIndex {
  let index = valueIndexCache.get(values);
  if (!index) {
    const areaNumber = new Map<string, number>();
    for (const v of values) if (!areaNumber.has(v.area)) areaNumber.set(v.area, areaNumber.size);
    const byYear = new Map<number, Map<string, (IndexValue | undefined)[]>>();
    for (const v of values) {
      let byIndicator = byYear.get(v.year);
      if (!byIndicator) byYear.set(v.year, (byIndicator = new Map()));
      let byArea = byIndicator.get(v.indicator);
      if (!byArea) byIndicator.set(v.indicator, (byArea = new Array<IndexValue | undefined>(areaNumber.size)));
      byArea[areaNumber.get(v.area)!] = v;
    }
    index = { areaNumber, byYear };
    valueIndexCache.set(values, index);
  }
  return index;
}

/** Every indicator's score per area (rows = indicators in definition order, columns = areas). */
function indicatorScores(def: IndexDefinition, values: IndexValue[], year: number, areas: readonly string[], leaveOut?: string) {
  const { areaNumber, byYear } = valueIndex(values);
  const byIndicator = byYear.get(year);
  const numbers = areas.map((area) => areaNumber.get(area));
  const cityNumber = areaNumber.get(def.cityAreaId);
  return allIndicators(def).map((ind) => {
    const all = byIndicator?.get(ind.id);
    const byArea = ind.id === leaveOut ? undefined : all;
    const city = cityNumber === undefined ? undefined : all?.[cityNumber];
    const found = numbers.map((n) => (n === undefined ? undefined : byArea?.[n]));
    const scores = found.map((v) => (v && city ? normalise(v.value, city.value, ind.direction, ind.unit) : null));
    return { ind, city, found, scores };
  });
}

export function computeIndex(
  def: IndexDefinition,
  values: IndexValue[],
  year: number,
  areas: string[],
  options: { leaveOut?: string } = {},
): Record<string, AreaIndex> {
  const rows = indicatorScores(def, values, year, areas, options.leaveOut);
  const entries: AreaIndex[] = areas.map((area) => ({ area, indicators: {}, dimensions: {}, composite: { score: null, rank: null, used: 0, containsExample: false } }));

  for (const { ind, city, found, scores } of rows) {
    const ranks = rankArray(scores);
    entries.forEach((entry, i) => {
      const v = found[i];
      entry.indicators[ind.id] = {
        value: v?.value ?? null,
        cityValue: city?.value ?? null,
        score: scores[i]!,
        rank: ranks[i]!,
        status: v?.status ?? null,
        ...(v?.numerator !== undefined ? { numerator: v.numerator } : {}),
        ...(v?.denominator !== undefined ? { denominator: v.denominator } : {}),
      };
    });
  }

  const { dimScores, composite } = aggregate(def, rows.map((r) => r.scores), areas.length);
  def.dimensions.forEach((dim, d) => {
    const ranks = rankArray(dimScores[d]!);
    entries.forEach((entry, i) => {
      const score = dimScores[d]![i]!;
      const usedInds = dim.indicators.filter((ind) => entry.indicators[ind.id]!.score !== null);
      entry.dimensions[dim.id] = {
        score,
        rank: ranks[i]!,
        used: usedInds.length,
        containsExample: score !== null && usedInds.some((ind) => entry.indicators[ind.id]!.status === 'exempel'),
      };
    });
  });

  const compositeRanks = rankArray(composite);
  entries.forEach((entry, i) => {
    const score = composite[i]!;
    entry.composite = {
      score,
      rank: compositeRanks[i]!,
      used: def.dimensions.filter((d) => entry.dimensions[d.id]!.score !== null).length,
      containsExample: score !== null && def.dimensions.some((d) => entry.dimensions[d.id]!.containsExample),
    };
  });
  return Object.fromEntries(entries.map((e) => [e.area, e]));
}

/** Every indicator's score per area in a year (rows in allIndicators order), for re-weighting (stability.ts). */
export const indicatorScoreRows = (def: IndexDefinition, values: IndexValue[], year: number, areas: readonly string[]) => indicatorScores(def, values, year, areas).map((r) => r.scores);

/**
 * Dimension and composite scores from indicator scores (rows in allIndicators order), with the
 * same rules as the profile shows: a dimension needs minIndicatorsOf, the composite needs
 * compositeMinDimensions (default: all).
 */
export function aggregate(def: IndexDefinition, indicatorRows: readonly (readonly (number | null)[])[], n: number) {
  const minDims = def.compositeMinDimensions ?? def.dimensions.length;
  const dimWeights = def.dimensions.map((d) => d.weight);
  let row = 0;
  const dimScores = def.dimensions.map((dim) => {
    const first = row;
    row += dim.indicators.length;
    const weights = dim.indicators.map((ind) => ind.weight);
    const min = minIndicatorsOf(dim);
    const parts: (number | null)[] = new Array<number | null>(dim.indicators.length);
    const out: (number | null)[] = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < parts.length; k++) parts[k] = indicatorRows[first + k]![i]!;
      out[i] = meanOf(parts, weights, min);
    }
    return out;
  });
  const parts: (number | null)[] = new Array<number | null>(dimScores.length);
  const composite: (number | null)[] = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dimScores.length; d++) parts[d] = dimScores[d]![i]!;
    composite[i] = meanOf(parts, dimWeights, minDims);
  }
  return { dimScores, composite };
}

/**
 * One area's dimension and composite scores in each year, without ranks: scores are relative to
 * the city only, so they need no other area (the trend in an area's profile).
 */
export function areaScoresByYear(def: IndexDefinition, values: IndexValue[], years: number[], area: string): { year: number; dimensions: Record<string, number | null>; composite: number | null }[] {
  return years.map((year) => {
    const rows = indicatorScores(def, values, year, [area]).map((r) => r.scores);
    const { dimScores, composite } = aggregate(def, rows, 1);
    return { year, dimensions: Object.fromEntries(def.dimensions.map((d, i) => [d.id, dimScores[i]![0]!])), composite: composite[0]! };
  });
}

/**
 * How much an area's composite rank depends on any single indicator: the lowest and highest rank
 * it gets when each indicator in turn is left out. null when no leave-one-out run ranks it.
 * The indicator scores are computed once; each run only re-aggregates numbers (no result objects).
 */
export function leaveOneOutRankRange(
  def: IndexDefinition,
  values: IndexValue[],
  year: number,
  areas: string[],
): Record<string, { min: number; max: number } | null> {
  const rows = indicatorScores(def, values, year, areas).map((r) => r.scores);
  const none: (number | null)[] = new Array<number | null>(areas.length).fill(null);
  const min: number[] = new Array<number>(areas.length).fill(Infinity);
  const max: number[] = new Array<number>(areas.length).fill(-Infinity);
  rows.forEach((_, left) => {
    const ranks = rankArray(aggregate(def, rows.map((r, k) => (k === left ? none : r)), areas.length).composite);
    ranks.forEach((rank, i) => {
      if (rank === null) return;
      if (rank < min[i]!) min[i] = rank;
      if (rank > max[i]!) max[i] = rank;
    });
  });
  return Object.fromEntries(areas.map((a, i) => [a, min[i] === Infinity ? null : { min: min[i]!, max: max[i]! }]));
}
