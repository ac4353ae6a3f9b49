import type { IndexDefinition } from './api/index-definition';
import { AREAS, CITY, DEF, VALUES, ind, v } from './test-fixture';
import { areaScoresByYear, computeIndex, leaveOneOutRankRange, normalise, weightedMean } from './compute';
import { layersOf } from './layers';
import { rankScores } from './ranks';

describe('normalise', () => {
  it('puts the city at 100 and scales an area relative to it', () => {
    expect(normalise(50, 50, 'higher-is-better')).toBe(100);
    expect(normalise(60, 50, 'higher-is-better')).toBeCloseTo(120);
  });
  it('inverts a "higher is worse" share through its complement', () => {
    // (100 − 10) / (100 − 20) × 100 = 112.5: a lower share than the city scores above 100.
    expect(normalise(10, 20, 'higher-is-worse')).toBeCloseTo(112.5);
    expect(normalise(40, 20, 'higher-is-worse')).toBeCloseTo(75);
  });
  it('inverts other units as city / area', () => {
    expect(normalise(4, 2, 'higher-is-worse', 'kvot')).toBeCloseTo(50);
  });
  it('gives null instead of dividing by zero', () => {
    expect(normalise(10, 0, 'higher-is-better')).toBeNull();
  });
});

describe('weightedMean', () => {
  it('weights each part', () => {
    expect(weightedMean([{ score: 100, weight: 1 }, { score: 70, weight: 2 }], 2)).toBeCloseTo(80);
  });
  it('is null, not zero, when too few parts have a score', () => {
    expect(weightedMean([{ score: 100, weight: 1 }, { score: null, weight: 1 }, { score: null, weight: 1 }], 2)).toBeNull();
  });
  it('averages over the parts present when enough are', () => {
    expect(weightedMean([{ score: 120, weight: 1 }, { score: null, weight: 1 }, { score: 80, weight: 1 }], 2)).toBeCloseTo(100);
  });
});

describe('rankScores', () => {
  it('gives rank 1 to the lowest score and equal ranks to ties', () => {
    expect(rankScores({ a: 90, b: 110, c: 90, d: 120, e: null })).toEqual({ a: 1, b: 3, c: 1, d: 4, e: null });
  });
  it('ranks like counting the lower scores, on many areas with ties, nulls and negative scores', () => {
    // Rank of a score = 1 + how many scores are lower: the definition, computed the slow way.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const scores: Record<string, number | null> = {};
    for (let i = 0; i < 3000; i++) scores[`a${i}`] = next() < 0.1 ? null : Math.round((next() - 0.3) * 400) / 4;
    scores.zero = 0;
    scores.negativeZero = -0;
    const present = Object.values(scores).filter((v): v is number => v !== null);
    const expected = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v === null ? null : 1 + present.filter((p) => p < v).length]));
    expect(rankScores(scores)).toEqual(expected);
    expect(new Set(Object.values(expected)).size).toBeLessThan(present.length);
  });
});

describe('computeIndex', () => {
  const r = computeIndex(DEF, VALUES, 2022, AREAS);
  it('normalises each indicator against the city value', () => {
    expect(r.x!.indicators.a1!.score).toBeCloseTo(120);
    expect(r.x!.indicators.a3!.score).toBeCloseTo(112.5);
    expect(r.x!.indicators.a1!.cityValue).toBe(50);
  });
  it('averages a dimension over its indicators', () => {
    expect(r.x!.dimensions.a!.score).toBeCloseTo((120 + 100 + 112.5) / 3);
    expect(r.y!.dimensions.a!.score).toBeCloseTo((80 + 50 + 75) / 3);
  });
  it('computes a dimension from 2 of 3 indicators', () => {
    expect(r.y!.dimensions.b!.score).toBeCloseTo(87.5);
    expect(r.y!.dimensions.b!.used).toBe(2);
  });
  it('marks a dimension with 1 of 3 indicators as missing, and the composite with it', () => {
    expect(r.z!.dimensions.a!.score).toBeNull();
    expect(r.z!.composite.score).toBeNull();
    expect(r.z!.composite.rank).toBeNull();
  });
  it('averages dimensions into the composite', () => {
    expect(r.x!.composite.score).toBeCloseTo(((120 + 100 + 112.5) / 3 + 100) / 2);
    expect(r.y!.composite.score).toBeCloseTo(((80 + 50 + 75) / 3 + 87.5) / 2);
  });
  it('applies dimension weights from the definition', () => {
    const weighted: IndexDefinition = { ...DEF, dimensions: [{ ...DEF.dimensions[0]!, weight: 3 }, DEF.dimensions[1]!] };
    expect(computeIndex(weighted, VALUES, 2022, AREAS).y!.composite.score).toBeCloseTo((((80 + 50 + 75) / 3) * 3 + 87.5) / 4);
  });
  it('applies indicator weights from the definition', () => {
    const weighted: IndexDefinition = { ...DEF, dimensions: [{ ...DEF.dimensions[0]!, indicators: [ind('a1', 'higher-is-better', 2), ind('a2'), ind('a3', 'higher-is-worse')] }, DEF.dimensions[1]!] };
    expect(computeIndex(weighted, VALUES, 2022, AREAS).x!.dimensions.a!.score).toBeCloseTo((240 + 100 + 112.5) / 4);
  });
  it('flips an indicator by its direction field alone', () => {
    const flipped: IndexDefinition = { ...DEF, dimensions: [{ ...DEF.dimensions[0]!, indicators: [ind('a1'), ind('a2'), ind('a3')] }, DEF.dimensions[1]!] };
    expect(computeIndex(flipped, VALUES, 2022, AREAS).x!.indicators.a3!.score).toBeCloseTo(50);
  });
  it('ranks areas per dimension and composite, 1 = lowest', () => {
    expect(r.y!.dimensions.a!.rank).toBe(1);
    expect(r.x!.dimensions.a!.rank).toBe(2);
    expect([r.z!.dimensions.b!.rank, r.y!.dimensions.b!.rank, r.x!.dimensions.b!.rank]).toEqual([1, 2, 3]);
    expect([r.y!.composite.rank, r.x!.composite.rank]).toEqual([1, 2]);
  });
  it('uses only the requested year', () => {
    const other = computeIndex(DEF, [...VALUES, v('a1', 'x', 99, 2021)], 2022, AREAS);
    expect(other.x!.indicators.a1!.value).toBe(60);
  });
  it('says when a score contains example data', () => {
    expect(r.x!.composite.containsExample).toBe(true);
    const real = VALUES.map((x) => ({ ...x, status: 'verklig' as const }));
    expect(computeIndex(DEF, real, 2022, AREAS).x!.composite.containsExample).toBe(false);
  });
});

describe('leaveOneOutRankRange', () => {
  it('gives the lowest and highest composite rank over leaving each indicator out', () => {
    // Four areas with b fixed at 100 and dimension a decided by a1, a2, a3 in turn.
    const city = [v('a1', 'malmo', 50), v('a2', 'malmo', 50), v('a3', 'malmo', 50), v('b1', 'malmo', 50), v('b2', 'malmo', 50), v('b3', 'malmo', 50)];
    const area = (id: string, a1: number, a2: number, a3: number) => [v('a1', id, a1), v('a2', id, a2), v('a3', id, 100 - a3), v('b1', id, 50), v('b2', id, 50), v('b3', id, 50)];
    // a3 is "higher is worse": stored as 100 − x so that its score is x/50×100 like the others.
    const values = [...city, ...area('p', 40, 40, 60), ...area('q', 50, 50, 50), ...area('r', 60, 60, 20)];
    // full: p a = (80+80+120)/3 = 93.3, q 100, r (120+120+40)/3 = 93.3 …
    // leave out a1: p (80+120)/2 = 100, q 100, r (120+40)/2 = 80 → ranks p 2, q 2, r 1
    // leave out a2: same as a1 → p 2, q 2, r 1
    // leave out a3: p 80, q 100, r 120 → p 1, q 2, r 3
    // leave out b*: composite unchanged order: p 93.3, q 100, r 93.3 → p 1, q 3, r 1
    const ranges = leaveOneOutRankRange(DEF, values, 2022, ['p', 'q', 'r']);
    expect(ranges).toEqual({ p: { min: 1, max: 2 }, q: { min: 2, max: 3 }, r: { min: 1, max: 3 } });
  });
  it('agrees with leaving each indicator out of the full computation, ties and gaps included', () => {
    // Seeded values on a coarse grid so that ties happen, and ~10 % missing so that minimums bite.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const areas = Array.from({ length: 60 }, (_, i) => `o${i}`);
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    const values = [...CITY, ...areas.flatMap((a) => ids.filter(() => rnd() > 0.1).map((id) => v(id, a, 10 + Math.round(rnd() * 8) * 10)))];
    const expected: Record<string, { min: number; max: number } | null> = Object.fromEntries(areas.map((a) => [a, null]));
    for (const id of ids) {
      const run = computeIndex(DEF, values, 2022, areas, { leaveOut: id });
      for (const a of areas) {
        const rank = run[a]!.composite.rank;
        if (rank === null) continue;
        const prev = expected[a];
        expected[a] = prev ? { min: Math.min(prev.min, rank), max: Math.max(prev.max, rank) } : { min: rank, max: rank };
      }
    }
    expect(Object.values(expected).some((r) => r === null)).toBe(true);
    expect(leaveOneOutRankRange(DEF, values, 2022, areas)).toEqual(expected);
  });
});

describe('areaScoresByYear', () => {
  it("gives one area's dimension and composite scores per year, as the full computation does", () => {
    const values = [...VALUES, ...CITY.map((c) => ({ ...c, year: 2021 })), v('a1', 'x', 30, 2021), v('a2', 'x', 80, 2021), v('b1', 'x', 40, 2021), v('b2', 'x', 60, 2021)];
    const trend = areaScoresByYear(DEF, values, [2021, 2022], 'x');
    for (const { year, dimensions, composite } of trend) {
      const full = computeIndex(DEF, values, year, AREAS).x!;
      expect(dimensions).toEqual({ a: full.dimensions.a!.score, b: full.dimensions.b!.score });
      expect(composite).toBe(full.composite.score);
    }
    expect(trend[0]!.dimensions.a).toBeCloseTo((60 + 100) / 2);
  });
});

describe('layersOf', () => {
  it('lists the composite, then each dimension followed by its indicators', () => {
    expect(layersOf(DEF).map((l) => l.id)).toEqual(['index', 'a', 'a1', 'a2', 'a3', 'b', 'b1', 'b2', 'b3']);
  });
});
