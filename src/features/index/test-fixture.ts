/** The small index of the compute, weighting and stability tests, with its hand-computed scores. */
import type { IndexDefinition } from './api/index-definition';
import type { IndexValue } from './api/index-values';

export const meta = { title: 't', source: 's', licence: 'CC0', attribution: 'a', updated: '2026-01-01' };
export const ind = (id: string, direction: 'higher-is-better' | 'higher-is-worse' = 'higher-is-better', weight = 1) => ({
  id,
  name: id,
  unit: 'andel' as const,
  direction,
  directionReason: 'r',
  weight,
  source: 's',
  status: 'exempel' as const,
});
export const DEF: IndexDefinition = {
  meta,
  cityAreaId: 'malmo',
  compositeLabel: 'Index',
  dimensions: [
    { id: 'a', name: 'A', weight: 1, indicators: [ind('a1'), ind('a2'), ind('a3', 'higher-is-worse')] },
    { id: 'b', name: 'B', weight: 1, indicators: [ind('b1'), ind('b2'), ind('b3')] },
  ],
};
export const v = (indicator: string, area: string, value: number, year = 2022): IndexValue => ({ indicator, area, value, year, status: 'exempel' });
// City: a1 50, a2 80, a3 20, b1 40, b2 60, b3 90.
export const CITY = [v('a1', 'malmo', 50), v('a2', 'malmo', 80), v('a3', 'malmo', 20), v('b1', 'malmo', 40), v('b2', 'malmo', 60), v('b3', 'malmo', 90)];
export const VALUES: IndexValue[] = [
  ...CITY,
  // x: a = (60/50, 80/80, (100-10)/(100-20)) ×100 = (120, 100, 112.5) → 110.8333; b = (40/40, 60/60, 90/90) → 100
  v('a1', 'x', 60), v('a2', 'x', 80), v('a3', 'x', 10), v('b1', 'x', 40), v('b2', 'x', 60), v('b3', 'x', 90),
  // y: a = (40/50, 40/80, (100-40)/(100-20)) ×100 = (80, 50, 75) → 68.3333; b1 only + b2 → (50/40, 30/60) = (125, 50) → 87.5
  v('a1', 'y', 40), v('a2', 'y', 40), v('a3', 'y', 40), v('b1', 'y', 50), v('b2', 'y', 30),
  // z: only a1 in dimension a → saknas; b = (20/40, 30/60, 45/90) = (50, 50, 50) → 50
  v('a1', 'z', 50), v('b1', 'z', 20), v('b2', 'z', 30), v('b3', 'z', 45),
];
export const AREAS = ['x', 'y', 'z'];
