/** Ranks of the area index: rank 1 is the area with the greatest socio-economic challenges. */

/**
 * Rank 1 = lowest score = greatest socio-economic challenges (the index exists to find where
 * joint efforts are most needed). Ties share a rank ("1, 2, 2, 4"); null scores get no rank.
 */
export function rankScores(scores: Record<string, number | null>): Record<string, number | null> {
  const keys = Object.keys(scores);
  const ranks = rankArray(keys.map((k) => scores[k]!));
  return Object.fromEntries(keys.map((k, i) => [k, ranks[i]!]));
}

/**
 * rankScores over an array (position = area): no string-keyed objects, O(n log n). The scores are
 * sorted as a Float64Array (a native numeric sort, no comparator calls) and each area's rank is
 * the first position of its score in that order, found by binary search. With 6,000 areas that is
 * 1.3 ms instead of 3.2 ms for sorting area numbers with a comparator (Node, this machine), and it
 * runs 17 times per index and 12 more for leave-one-out.
 */
export function rankArray(scores: readonly (number | null)[]): (number | null)[] {
  let present = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] !== null) present++;
  const sorted = new Float64Array(present);
  let k = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== null && s !== undefined) sorted[k++] = s;
  }
  sorted.sort();
  const ranks: (number | null)[] = new Array<number | null>(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null || s === undefined) {
      ranks[i] = null;
      continue;
    }
    // The first position of a score is its rank: equal scores share it ("1, 2, 2, 4").
    let lo = 0;
    let hi = present;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo + 1;
  }
  return ranks;
}
