/**
 * How much an area's rank depends on the weighting: its best and worst composite rank over a grid
 * of dimension weights (each 1–MAX_WEIGHT: 625 combinations for four dimensions) and when any one
 * indicator is left out (at the definition's own weights). Pure: the same scores as the index, re-weighted.
 * The indicator and dimension scores are computed once; each combination only re-averages the
 * dimension scores and ranks them.
 */
import type { IndexDefinition } from './api/index-definition';
import type { IndexValue } from './api/index-values';
import { aggregate, indicatorScoreRows, leaveOneOutRankRange, meanOf } from './compute';
import { rankArray } from './ranks';
import { MAX_WEIGHT } from './weighting';

export interface RankInterval {
  min: number;
  max: number;
}

export interface Stability {
  /** Per area: the best (lowest number) and worst rank seen; null when no run ranks it. */
  ranges: Record<string, RankInterval | null>;
  /** How many weight combinations were ranked. */
  combinations: number;
  /** Of how many on the full grid: fewer when the work would be too large (many areas). */
  ofCombinations: number;
}

/** Areas × combinations ranked at most; beyond it an evenly spread sample of the grid is used. */
export const MAX_STABILITY_WORK = 1_000_000;

/** The i-th combination of `d` weights, each 1..max (the grid in lexicographic order). */
function combination(i: number, d: number, max: number, out: number[]): number[] {
  for (let k = d - 1; k >= 0; k--) {
    out[k] = (i % max) + 1;
    i = Math.floor(i / max);
  }
  return out;
}

/** `def` is the definition as shown (applyWeighting): its dimensions are the ones weighted. */
export function rankStability(def: IndexDefinition, values: IndexValue[], year: number, areas: string[], maxWork = MAX_STABILITY_WORK): Stability {
  const n = areas.length;
  const d = def.dimensions.length;
  const { dimScores } = aggregate(def, indicatorScoreRows(def, values, year, areas), n);
  const minDims = def.compositeMinDimensions ?? d;
  const min: number[] = new Array<number>(n).fill(Infinity);
  const max: number[] = new Array<number>(n).fill(-Infinity);
  const note = (ranks: readonly (number | null)[]) =>
    ranks.forEach((rank, i) => {
      if (rank === null) return;
      if (rank < min[i]!) min[i] = rank;
      if (rank > max[i]!) max[i] = rank;
    });

  const ofCombinations = MAX_WEIGHT ** d;
  const step = Math.max(1, Math.ceil((ofCombinations * n) / maxWork));
  const weights = new Array<number>(d);
  const parts = new Array<number | null>(d);
  const composite = new Array<number | null>(n);
  let combinations = 0;
  for (let c = 0; c < ofCombinations; c += step) {
    combination(c, d, MAX_WEIGHT, weights);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < d; k++) parts[k] = dimScores[k]![i]!;
      composite[i] = meanOf(parts, weights, minDims);
    }
    note(rankArray(composite));
    combinations++;
  }
  const left = leaveOneOutRankRange(def, values, year, areas);
  areas.forEach((a, i) => {
    const r = left[a];
    if (!r) return;
    min[i] = Math.min(min[i]!, r.min);
    max[i] = Math.max(max[i]!, r.max);
  });
  return { ranges: Object.fromEntries(areas.map((a, i) => [a, min[i] === Infinity ? null : { min: min[i]!, max: max[i]! }])), combinations, ofCombinations };
}
