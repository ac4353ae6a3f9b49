/**
 * The second half of `npm run data:import` and of the workbench's values check: imported values
 * (import-values.ts) merged into data/index-values.json and its definition, and how the result
 * is written and described.
 */
import type { ImportedValue } from './import-values';

type Json = Record<string, unknown>;

export interface ValuesFile {
  meta: Json;
  values: Json[];
}

export interface Change {
  indicator: string;
  year: number;
  replaced: number;
  added: number;
  /** Old and new value per area, in the order of the file. */
  details: { area: string; old?: { value: unknown; status: unknown }; value: number }[];
}

export interface MergeResult {
  valuesFile: ValuesFile;
  definition: Json;
  changes: Change[];
  /** What changed in the definition, in words. */
  definitionChanges: string[];
}

/**
 * Puts imported values into the values file: a value for the same indicator, area and year is
 * replaced (whatever it was), a new one is added after the indicator's last value. Every imported
 * value gets status "verklig" and `source`. An indicator whose values for some year are now all
 * real (every area and the city) gets status "verklig" in the definition, and its source (which
 * for example data says "Exempeldata …") becomes `indicatorSource`; its English form becomes
 * `indicatorSourceEn`, or is removed when none is given (the old one described the example data),
 * so the app shows the Swedish and data:validate says the English is missing.
 */
export function mergeValues(
  valuesFile: ValuesFile,
  definition: Json,
  imported: ImportedValue[],
  options: { source: string; indicatorSource: string; indicatorSourceEn?: string; updated: string; areaSlugs: string[]; cityAreaId: string },
): MergeResult {
  const original = valuesFile.values.map((v) => ({ ...v }));
  const keyOf = (x: Json) => `${String(x.indicator)}|${String(x.area)}|${String(x.year)}`;
  const changes = new Map<string, Change>();
  let indexOf = new Map(original.map((v, i) => [keyOf(v), i]));
  // Where a new value goes: after the indicator's last value of its year or earlier (-1: at the
  // start). Per indicator its values sorted by year with the running last position, searched by
  // year; the new values wait by the position they follow and are put in place in one pass (a
  // splice per value made a 10 MB file take minutes).
  const byIndicator = new Map<string, { year: number; last: number }[]>();
  original.forEach((x, i) => {
    const list = byIndicator.get(String(x.indicator)) ?? [];
    list.push({ year: Number(x.year), last: i });
    byIndicator.set(String(x.indicator), list);
  });
  for (const list of byIndicator.values()) {
    list.sort((a, b) => a.year - b.year || a.last - b.last);
    for (let i = 1; i < list.length; i++) list[i]!.last = Math.max(list[i]!.last, list[i - 1]!.last);
  }
  const anchorOf = (indicator: string, year: number) => {
    const list = byIndicator.get(indicator) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.year <= year) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : list[lo - 1]!.last;
  };
  const after = new Map<number, Json[]>();
  for (const v of imported) {
    const ck = `${v.indicator}|${v.year}`;
    const change = changes.get(ck) ?? { indicator: v.indicator, year: v.year, replaced: 0, added: 0, details: [] };
    changes.set(ck, change);
    const record: Json = { indicator: v.indicator, year: v.year, area: v.area };
    if (v.numerator !== undefined && v.denominator !== undefined) {
      record.numerator = v.numerator;
      record.denominator = v.denominator;
    }
    Object.assign(record, { value: v.value, status: 'verklig', source: options.source });
    const at = indexOf.get(keyOf(record));
    if (at !== undefined) {
      const old = original[at]!;
      change.replaced++;
      change.details.push({ area: v.area, old: { value: old.value, status: old.status }, value: v.value });
      original[at] = record;
    } else {
      change.added++;
      change.details.push({ area: v.area, value: v.value });
      const anchor = anchorOf(v.indicator, v.year);
      const bucket = after.get(anchor);
      if (bucket) bucket.push(record);
      else after.set(anchor, [record]);
    }
  }
  // New values after the same one: by year, in the file's order within a year (a stable sort).
  const placed = (anchor: number) => (after.get(anchor) ?? []).sort((a, b) => Number(a.year) - Number(b.year));
  const values = [...placed(-1), ...original.flatMap((x, i) => [x, ...placed(i)])];
  indexOf = new Map(values.map((v, i) => [keyOf(v), i]));

  // The definition: an indicator with a whole real year becomes "verklig".
  const def = JSON.parse(JSON.stringify(definition)) as { meta: Json; dimensions: { indicators: Json[] }[] };
  const definitionChanges: string[] = [];
  const wanted = [...options.areaSlugs, options.cityAreaId];
  for (const id of new Set(imported.map((v) => v.indicator))) {
    const ind = def.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id);
    if (!ind || ind.status === 'verklig') continue;
    const years = [...new Set(values.filter((v) => v.indicator === id).map((v) => Number(v.year)))].sort();
    const realYear = years.find((y) => wanted.every((a) => values[indexOf.get(`${id}|${a}|${y}`) ?? -1]?.status === 'verklig'));
    if (realYear === undefined) continue;
    ind.status = 'verklig';
    ind.source = options.indicatorSource;
    if (options.indicatorSourceEn) ind.source_en = options.indicatorSourceEn;
    else delete ind.source_en;
    definitionChanges.push(`indikatorn "${id}" får status "verklig" (alla värden ${realYear} är verkliga) och källan "${options.indicatorSource}"`);
  }
  if (definitionChanges.length) def.meta = { ...def.meta, updated: options.updated };

  return {
    valuesFile: { ...valuesFile, meta: { ...valuesFile.meta, updated: options.updated }, values },
    definition: def,
    changes: [...changes.values()],
    definitionChanges,
  };
}

/** The values file as the repository keeps it: one value per line, so a change is one line in a diff. */
export function serialiseValuesFile(file: ValuesFile): string {
  const { values, ...rest } = file;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)},"values":[${values.map((v) => JSON.stringify(v)).join(',\n')}]}\n`;
}

/** The definition as the repository keeps it: two-space indent. */
export function serialiseDefinition(def: unknown): string {
  return `${JSON.stringify(def, null, 2)}\n`;
}

/** Lines for the terminal: per indicator and year, how many values change, and a few of them. */
export function describeChanges(result: Pick<MergeResult, 'changes' | 'definitionChanges'>, examples = 4): string[] {
  const lines: string[] = [];
  const fixed = (x: number) => x.toFixed(2).replace('.', ',');
  const show = (x: unknown) => (typeof x === 'number' ? fixed(x) : String(x));
  for (const c of result.changes) {
    lines.push(`${c.indicator} ${c.year}: ${c.replaced} värden ersätts, ${c.added} nya.`);
    for (const d of c.details.slice(0, examples)) {
      lines.push(`  ${d.area}: ${d.old ? `${show(d.old.value)} (${show(d.old.status)})` : '(inget värde)'} → ${fixed(d.value)} (verklig)`);
    }
    if (c.details.length > examples) lines.push(`  … och ${c.details.length - examples} till.`);
  }
  for (const d of result.definitionChanges) lines.push(`data/index-definition.json: ${d}.`);
  return lines;
}
