import { AREAS, DEF, VALUES, v } from './test-fixture';
import { rankStability } from './stability';

// w: a = 90, b = 120 (a1 45/50, a2 72/80, a3 (100 − 28)/80; b1 48/40, b2 72/60, b3 108/90).
const W = [v('a1', 'w', 45), v('a2', 'w', 72), v('a3', 'w', 28), v('b1', 'w', 48), v('b2', 'w', 72), v('b3', 'w', 108)];
const areas = [...AREAS, 'w'];

describe('rankStability', () => {
  it('finds each area\'s best and worst rank over the weight grid and leaving out one indicator', () => {
    // x (a 110.83, b 100) scores above w (a 90, b 120) when a weighs at least as much as b
    // (20.83 · wa > 20 · wb): x 3rd and w 2nd; the other way round when b weighs more. y is
    // lowest on both dimensions, so 1st whenever it is ranked; z has no composite. Leaving out b1
    // or b2 leaves y one value of b, fewer than b needs: y is unranked and w (below x at equal
    // weights: 105 against 105.4) is 1st.
    const s = rankStability(DEF, [...VALUES, ...W], 2022, areas);
    expect(s.ranges).toEqual({ x: { min: 2, max: 3 }, y: { min: 1, max: 1 }, z: null, w: { min: 1, max: 3 } });
    expect(s.combinations).toBe(25);
    expect(s.ofCombinations).toBe(25);
  });
  it('samples the grid evenly when the work would be too large, and says so', () => {
    const s = rankStability(DEF, [...VALUES, ...W], 2022, areas, 40);
    // 25 combinations × 4 areas = 100 > 40: every third combination.
    expect(s.combinations).toBe(9);
    expect(s.ofCombinations).toBe(25);
  });
});
