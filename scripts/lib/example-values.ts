/**
 * Example values for the indicators that have no open data below city level. They are NOT
 * statistics: every row is marked status "exempel" and the app labels it "Exempeldata". They are
 * made plausible so the tool can be tried: each area's level follows its real 2022 turnout (a
 * strong correlate of socio-economic position in Malmö), plus seeded noise and a small trend.
 */
import { mulberry32, normal } from './prng.ts';

export interface ExampleSpec {
  id: string;
  /** Rough city level in percent. */
  cityLevel: number;
  /** Spread between areas in percentage points per standard deviation of the area position. */
  spread: number;
  /** +1 when the share rises with socio-economic position, −1 when it falls. */
  loading: 1 | -1;
  /** Change per year in percentage points. */
  trend: number;
  /** Denominator as a share of the area's eligible voters (a population proxy). */
  populationFactor: number;
}

export interface ExampleRow {
  indicator: string;
  year: number;
  area: string;
  numerator: number;
  denominator: number;
  value: number;
  status: 'exempel';
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** z-scores of a list; a list with no spread gives zeros. */
export function zScores(xs: number[]): number[] {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
  return xs.map((x) => (sd > 0 ? (x - mean) / sd : 0));
}

export function generateExamples(options: {
  seed: number;
  specs: ExampleSpec[];
  years: number[];
  areas: { slug: string; position: number; population: number }[];
  cityAreaId: string;
}): ExampleRow[] {
  const rand = mulberry32(options.seed);
  const rows: ExampleRow[] = [];
  for (const spec of options.specs) {
    // A fixed area effect per indicator keeps areas' relative levels stable across years.
    const areaEffect = options.areas.map(() => normal(rand) * 0.35);
    const midYear = (options.years[0]! + options.years[options.years.length - 1]!) / 2;
    for (const year of options.years) {
      const yearRows: ExampleRow[] = options.areas.map((area, i) => {
        const level =
          spec.cityLevel + spec.loading * spec.spread * (area.position + areaEffect[i]!) + spec.trend * (year - midYear) + normal(rand) * 0.8;
        const denominator = Math.max(20, Math.round(area.population * spec.populationFactor * (1 + (year - midYear) * 0.01)));
        const numerator = Math.round((clamp(level, 2, 98) / 100) * denominator);
        return { indicator: spec.id, year, area: area.slug, numerator, denominator, value: round2((numerator / denominator) * 100), status: 'exempel' };
      });
      const num = yearRows.reduce((s, r) => s + r.numerator, 0);
      const den = yearRows.reduce((s, r) => s + r.denominator, 0);
      // The city value is Σ numerators / Σ denominators, never the mean of the area shares.
      rows.push(...yearRows, { indicator: spec.id, year, area: options.cityAreaId, numerator: num, denominator: den, value: round2((num / den) * 100), status: 'exempel' });
    }
  }
  return rows;
}
