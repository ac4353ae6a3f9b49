import type { DataStatus, IndexDefinition } from './api/index-definition';
import type { IndexValue } from './api/index-values';
import { allIndicators } from './compute';

export interface SeriesPoint {
  year: number;
  /** The area's value (the indicator's unit, e.g. a share in per cent); null when the data has none. */
  value: number | null;
  cityValue: number | null;
  status: DataStatus | null;
}

/**
 * Values by area, built once per values array: an area's series then costs its own few dozen
 * records, not a pass over every area's (6,000 areas × 12 indicators × years at scale).
 */
const byAreaCache = new WeakMap<IndexValue[], Map<string, IndexValue[]>>();
function valuesByArea(values: IndexValue[]): Map<string, IndexValue[]> {
  let byArea = byAreaCache.get(values);
  if (!byArea) {
    byArea = new Map();
    for (const v of values) {
      const list = byArea.get(v.area);
      if (list) list.push(v);
      else byArea.set(v.area, [v]);
    }
    byAreaCache.set(values, byArea);
  }
  return byArea;
}

/**
 * Each indicator's values for one area in every year of the data (ascending), with the city's
 * value and whether the value is real or example data, year by year (a series can hold both).
 */
export function indicatorSeries(def: IndexDefinition, values: IndexValue[], years: number[], area: string): Record<string, SeriesPoint[]> {
  const byArea = valuesByArea(values);
  const key = (v: IndexValue) => `${v.indicator}|${v.year}`;
  const own = new Map((byArea.get(area) ?? []).map((v) => [key(v), v]));
  const city = new Map((byArea.get(def.cityAreaId) ?? []).map((v) => [key(v), v]));
  return Object.fromEntries(
    allIndicators(def).map((ind) => [
      ind.id,
      years.map((year) => {
        const v = own.get(`${ind.id}|${year}`);
        return { year, value: v?.value ?? null, cityValue: city.get(`${ind.id}|${year}`)?.value ?? null, status: v?.status ?? null };
      }),
    ]),
  );
}
