import type { IndexDefinition } from './api/index-definition';
import { computeIndex } from './compute';
import { AREAS, DEF, VALUES, ind, v } from './test-fixture';
import { PROPOSAL, applyWeighting, isCustom, normaliseWeighting, normalisedWeights } from './weighting';

const composite = (def: IndexDefinition | null, values = VALUES, areas = AREAS) => {
  const r = computeIndex(def!, values, 2022, areas);
  return Object.fromEntries(areas.map((a) => [a, r[a]!.composite.score]));
};

describe('applyWeighting', () => {
  it('reproduces the proposal exactly with equal weights, listed or not', () => {
    expect(applyWeighting(DEF, PROPOSAL)).toBe(DEF);
    expect(composite(applyWeighting(DEF, { weights: { a: 1, b: 1 }, leftOut: [] }))).toEqual(composite(DEF));
    expect(isCustom(DEF, { weights: { a: 1, b: 1 }, leftOut: [] })).toBe(false);
  });
  it('weights the dimension scores: a at 3, b at 1', () => {
    // x: (3 × 110.8333 + 100) / 4 = 108.125; y: (3 × 68.3333 + 87.5) / 4 = 73.125; z has no a.
    const c = composite(applyWeighting(DEF, { weights: { a: 3 }, leftOut: [] }));
    expect(c.x).toBeCloseTo(108.125, 6);
    expect(c.y).toBeCloseTo(73.125, 6);
    expect(c.z).toBeNull();
  });
  it('removes a dimension at weight 0 (the composite is then the other dimension)', () => {
    const def = applyWeighting(DEF, { weights: { a: 0 }, leftOut: [] })!;
    expect(def.dimensions.map((d) => d.id)).toEqual(['b']);
    // z lacked a score in a only: with a left out it has one.
    expect(composite(def)).toEqual({ x: 100, y: 87.5, z: 50 });
  });
  it('is null when every dimension is at 0', () => {
    expect(applyWeighting(DEF, { weights: { a: 0, b: 0 }, leftOut: [] })).toBeNull();
  });
  it('re-averages a dimension over the indicators left in', () => {
    // a without a3: x (120 + 100) / 2 = 110, y (80 + 50) / 2 = 65; composite with b 100 / 87.5.
    const c = composite(applyWeighting(DEF, { weights: {}, leftOut: ['a3'] }));
    expect(c.x).toBeCloseTo(105, 6);
    expect(c.y).toBeCloseTo(76.25, 6);
    // z had only a1 of a: it still needs two of a's indicators, and has one.
    expect(c.z).toBeNull();
  });
  it('leaves a proposed dimension out until it is given a weight', () => {
    const proposed = { ...DEF, dimensions: [...DEF.dimensions, { id: 'h', name: 'H', weight: 1, proposedBy: 'HVO', indicators: [ind('h1')] }] };
    const values = [...VALUES, v('h1', 'malmo', 50), v('h1', 'x', 25), v('h1', 'y', 50)];
    expect(applyWeighting(proposed, PROPOSAL)!.dimensions.map((d) => d.id)).toEqual(['a', 'b']);
    expect(composite(applyWeighting(proposed, PROPOSAL), values, ['x', 'y'])).toEqual(composite(DEF, VALUES, ['x', 'y']));
    expect(isCustom(proposed, PROPOSAL)).toBe(false);
    // On at 1: x (110.8333 + 100 + 50) / 3 = 86.9444.
    const on = { weights: { h: 1 }, leftOut: [] };
    expect(isCustom(proposed, on)).toBe(true);
    expect(composite(applyWeighting(proposed, on), values, ['x'])['x']).toBeCloseTo(86.94444, 4);
  });
});

describe('normalisedWeights', () => {
  it('makes the included weights sum to 1', () => {
    expect(normalisedWeights(DEF, PROPOSAL)).toEqual({ a: 0.5, b: 0.5 });
    expect(normalisedWeights(DEF, { weights: { a: 3 }, leftOut: [] })).toEqual({ a: 0.75, b: 0.25 });
    expect(normalisedWeights(DEF, { weights: { a: 0, b: 5 }, leftOut: [] })).toEqual({ b: 1 });
  });
});

describe('normaliseWeighting', () => {
  it('keeps only what differs from the proposal, in definition order, and drops unknown ids', () => {
    expect(normaliseWeighting(DEF, { weights: { a: 1, b: 2 }, leftOut: ['b2', 'nope', 'a1'] })).toEqual({ weights: { b: 2 }, leftOut: ['a1', 'b2'] });
  });
});
