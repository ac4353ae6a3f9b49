/**
 * "Väg själv": the user's own weighting of the index. It is applied as a definition of its own
 * (applyWeighting), so that every view that takes a definition (map, legend, ranking, profile,
 * comparison, text alternative, exports) follows it without knowing about weights.
 * Method (also on the methodology page): the composite is the weighted mean of the dimension
 * scores, weights normalised to sum 1; a dimension at weight 0 is left out; an indicator left out
 * is dropped from its dimension, whose mean is then taken over the others.
 */
import type { DimensionDefinition, IndexDefinition } from './api/index-definition';
import { minIndicatorsOf } from './compute';

/** The highest weight a dimension can be given (the lowest is 0: left out). */
export const MAX_WEIGHT = 5;

export interface Weighting {
  /** Weight per dimension id, 0–MAX_WEIGHT; a dimension not listed has its default weight. */
  weights: Readonly<Record<string, number>>;
  /** Indicator ids left out. */
  leftOut: readonly string[];
}

export const PROPOSAL: Weighting = { weights: {}, leftOut: [] };

/** What a custom index's labels get added, in both languages ("egen viktning"), from the copy. */
export interface WeightingMarks {
  sv: string;
  en: string;
}

/** A dimension's weight in the proposal: its definition's, or 0 for a proposed dimension (off until switched on). */
export const defaultWeightOf = (dim: DimensionDefinition): number => (dim.proposedBy ? 0 : dim.weight);

export const weightOf = (dim: DimensionDefinition, w: Weighting): number => w.weights[dim.id] ?? defaultWeightOf(dim);

/** Whether the weighting differs from the proposal's (what "Egen viktning" marks). */
export function isCustom(def: IndexDefinition, w: Weighting): boolean {
  const indicators = new Set(def.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  return def.dimensions.some((d) => weightOf(d, w) !== defaultWeightOf(d)) || w.leftOut.some((id) => indicators.has(id));
}

/** The weighting as it differs from the proposal: what the URL carries (equal weights are left out). */
export function normaliseWeighting(def: IndexDefinition, w: Weighting): Weighting {
  const weights = Object.fromEntries(def.dimensions.filter((d) => weightOf(d, w) !== defaultWeightOf(d)).map((d) => [d.id, weightOf(d, w)]));
  const known = new Set(def.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  return { weights, leftOut: def.dimensions.flatMap((d) => d.indicators.map((i) => i.id)).filter((id) => known.has(id) && w.leftOut.includes(id)) };
}

/**
 * The definition with the weighting applied: dimensions at weight 0 and left-out indicators are
 * removed, and so is a dimension with no indicator left. Null when nothing is left to compute.
 * A dimension keeps the fewest indicators it needed before (or all it has left, if fewer), so
 * an area that lacked a value still lacks a score; the composite needs all remaining dimensions
 * unless the definition asks for fewer.
 */
export function applyWeighting(def: IndexDefinition, w: Weighting, marks?: WeightingMarks): IndexDefinition | null {
  const custom = isCustom(def, w);
  if (!custom && !def.dimensions.some((d) => d.proposedBy)) return def;
  // With marks, what the user's weighting changed says so in its name, wherever it is shown.
  const mark = <T extends { name: string; name_en?: string | undefined }>(x: T): T => (marks ? { ...x, name: `${x.name} (${marks.sv})`, name_en: `${x.name_en ?? x.name} (${marks.en})` } : x);
  const dimensions = def.dimensions
    .map((d): DimensionDefinition => {
      const indicators = d.indicators.filter((i) => !w.leftOut.includes(i.id));
      const applied = { ...d, weight: weightOf(d, w), minIndicators: Math.min(minIndicatorsOf(d), indicators.length), indicators };
      return indicators.length < d.indicators.length ? mark(applied) : applied;
    })
    .filter((d) => d.weight > 0 && d.indicators.length > 0);
  if (dimensions.length === 0) return null;
  const { compositeMinDimensions: min } = def;
  const label = custom && marks ? { compositeLabel: `${def.compositeLabel} (${marks.sv})`, compositeLabel_en: `${def.compositeLabel_en ?? def.compositeLabel} (${marks.en})` } : {};
  return { ...def, ...label, dimensions, ...(min === undefined ? {} : { compositeMinDimensions: Math.min(min, dimensions.length) }) };
}

/** Each included dimension's share of the composite (weights normalised to sum 1). */
export function normalisedWeights(def: IndexDefinition, w: Weighting): Record<string, number> {
  const applied = applyWeighting(def, w);
  if (!applied) return {};
  const total = applied.dimensions.reduce((s, d) => s + d.weight, 0);
  return Object.fromEntries(applied.dimensions.map((d) => [d.id, d.weight / total]));
}
