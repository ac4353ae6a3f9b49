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
  const values = valuesFile.values.map((v) => ({ ...v }));
  const changes = new Map<string, Change>();
  const indexOf = new Map(values.map((v, i) => [`${String(v.indicator)}|${String(v.area)}|${String(v.year)}`, i]));
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
    const k = `${v.indicator}|${v.area}|${v.year}`;
    const at = indexOf.get(k);
    if (at !== undefined) {
      const old = values[at]!;
      change.replaced++;
      change.details.push({ area: v.area, old: { value: old.value, status: old.status }, value: v.value });
      values[at] = record;
    } else {
      change.added++;
      change.details.push({ area: v.area, value: v.value });
      let last = -1;
      values.forEach((x, i) => {
        if (x.indicator === v.indicator && Number(x.year) <= v.year) last = i;
      });
      values.splice(last + 1, 0, record);
      indexOf.clear();
      values.forEach((x, i) => indexOf.set(`${String(x.indicator)}|${String(x.area)}|${String(x.year)}`, i));
    }
  }

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
