import { describe, expect, it } from 'vitest';
import { sparkGeometry, type SparkPoint } from './sparkline';

const p = (year: number, real: number | null, example: number | null, city: number | null): SparkPoint => ({ year, real, example, city });

describe('sparkGeometry', () => {
  it('spaces the years evenly and spans the lowest to the highest value of all series, with 1 unit of room', () => {
    const data = [p(2019, null, 10, 12), p(2020, null, 20, 12), p(2021, null, 30, 12)];
    const { runs, points } = sparkGeometry(data, 'example');
    expect(runs).toHaveLength(1);
    // x from 4 to 108; y: 9 (lowest − 1) at the bottom (30), 31 (highest + 1) at the top (4).
    expect(points.map(([x]) => x)).toEqual([4, 56, 108]);
    expect(points[0]![1]).toBeCloseTo(30 - (1 / 22) * 26, 1);
    expect(points[2]![1]).toBeCloseTo(30 - (21 / 22) * 26, 1);
  });

  it('breaks the line at a missing year and draws nothing for a series without values', () => {
    const data = [p(2019, 1, null, 2), p(2020, null, null, 2), p(2021, 3, null, 2), p(2022, 4, null, 2)];
    expect(sparkGeometry(data, 'real').runs.map((r) => r.length)).toEqual([1, 2]);
    expect(sparkGeometry(data, 'example')).toEqual({ runs: [], points: [] });
  });
});
