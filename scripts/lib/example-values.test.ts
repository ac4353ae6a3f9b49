// @vitest-environment node
import { generateExamples, zScores, type ExampleSpec } from './example-values.ts';

const spec: ExampleSpec = { id: 'x', cityLevel: 60, spread: 10, loading: 1, trend: 1, populationFactor: 1 };
const areas = [
  { slug: 'a', position: -1, population: 1000 },
  { slug: 'b', position: 0, population: 2000 },
  { slug: 'c', position: 1, population: 3000 },
];
const run = (seed = 1) => generateExamples({ seed, specs: [spec], years: [2020, 2021, 2022], areas, cityAreaId: 'malmo' });

describe('generateExamples', () => {
  it('is reproducible for a seed and differs for another', () => {
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });
  it('marks every row as example data', () => {
    expect(run().every((r) => r.status === 'exempel')).toBe(true);
  });
  it('makes the city value Σ numerators / Σ denominators, not the mean of the areas', () => {
    for (const year of [2020, 2021, 2022]) {
      const rows = run().filter((r) => r.year === year);
      const city = rows.find((r) => r.area === 'malmo')!;
      const areaRows = rows.filter((r) => r.area !== 'malmo');
      expect(city.numerator).toBe(areaRows.reduce((s, r) => s + r.numerator, 0));
      expect(city.denominator).toBe(areaRows.reduce((s, r) => s + r.denominator, 0));
      expect(city.value).toBeCloseTo((city.numerator / city.denominator) * 100, 2);
    }
  });
  it('keeps each value consistent with its own numerator and denominator', () => {
    for (const r of run()) expect(r.value).toBeCloseTo((r.numerator / r.denominator) * 100, 2);
  });
  it('follows the area position in the direction of the loading', () => {
    const y = run().filter((r) => r.year === 2021);
    const v = (slug: string) => y.find((r) => r.area === slug)!.value;
    expect(v('a')).toBeLessThan(v('c'));
  });
});

describe('zScores', () => {
  it('centres and scales', () => {
    expect(zScores([1, 2, 3]).map((z) => Math.round(z * 1000) / 1000)).toEqual([-1.225, 0, 1.225]);
  });
  it('gives zeros for a list without spread', () => {
    expect(zScores([5, 5])).toEqual([0, 0]);
  });
});
