import type { DataProblem } from '../../lib/data-error';
import { positionInFile } from '../../lib/parse-collection';
import type { IndexDefinition } from './api/index-definition';
import { INDEX_VALUES_FILE, type IndexValue } from './api/index-values';
import { COMPOSITE_ID, allIndicators, areaScoresByYear, computeIndex, leaveOneOutRankRange, yearsOf, type AreaIndex } from './compute';
import { layerScore, layersOf, type LayerInfo } from './layers';
import { classify } from './classes';
import type { Language } from '../../lib/copy/messages';
import { localizeDefinition } from './localize';
import { indicatorSeries, type SeriesPoint } from './series';
import { rankStability, type Stability } from './stability';
import { PROPOSAL, applyWeighting, isCustom, weightOf, type Weighting, type WeightingMarks } from './weighting';

export interface IndexModel {
  /** In the language the model was asked for (see modelFor), with the weighting applied. */
  definition: IndexDefinition;
  /** Every dimension of the file, proposed ones included, in the same language. */
  fullDefinition: IndexDefinition;
  /** Whether the weighting is the user's own ("Egen viktning"). */
  custom: boolean;
  years: number[];
  year: number;
  defaultYear: number;
  layers: LayerInfo[];
  layer: LayerInfo;
  /** Results of `year`, per area slug. */
  results: Record<string, AreaIndex>;
  /** One area's dimension and composite scores in every year (its trend). */
  trendOf: (area: string) => ReturnType<typeof areaScoresByYear>;
  /** One area's value of each indicator in every year, with real and example values told apart. */
  indicatorSeriesOf: (area: string) => Record<string, SeriesPoint[]>;
  /**
   * The leave-one-out rank range of an area. Computed for all areas on first use (it recomputes
   * the index once per indicator left out), so the map's colours never wait for it.
   */
  robustnessOf: (area: string) => { min: number; max: number } | null;
  /** Every area's best and worst composite rank over the weight grid and leave-one-out (computed on first use). */
  stability: () => Stability;
  /** True when any value shown for this layer and year is example data. */
  layerHasExample: boolean;
  problems: DataProblem[];
}

/** The latest year with any real value; else the latest year. Real data is what to look at first. */
export function defaultYearOf(values: IndexValue[], years: number[]): number | null {
  const real = values.filter((v) => v.status === 'verklig').map((v) => v.year);
  if (real.length) return Math.max(...real);
  return years.length ? years[years.length - 1]! : null;
}

/**
 * Values the schema cannot judge alone are reported and not used: an indicator or area that does
 * not exist, a repeat of an earlier indicator/area/year, and a share (unit "andel") outside 0–100.
 */
export function crossCheckValues(def: IndexDefinition, values: IndexValue[], areaSlugs: string[]): { valid: IndexValue[]; problems: DataProblem[] } {
  const units = new Map(allIndicators(def).map((i) => [i.id, i.unit]));
  const areas = new Set([...areaSlugs, def.cityAreaId]);
  const problems: DataProblem[] = [];
  const valid: IndexValue[] = [];
  const seen = new Set<string>();
  values.forEach((v, i) => {
    // Numbered by position in the file when known: earlier invalid records were left out of `values`.
    const record = `post ${(positionInFile(v) ?? i) + 1} (${v.indicator}, ${v.area}, ${v.year})`;
    const key = `${v.indicator}|${v.area}|${v.year}`;
    const unit = units.get(v.indicator);
    if (unit === undefined) problems.push({ file: INDEX_VALUES_FILE, record, field: 'indicator', message: `Indikatorn "${v.indicator}" finns inte i indexdefinitionen.` });
    else if (!areas.has(v.area)) problems.push({ file: INDEX_VALUES_FILE, record, field: 'area', message: `Området "${v.area}" finns inte i geo/omraden.geojson eller har fel där.` });
    else if (unit === 'andel' && (v.value < 0 || v.value > 100))
      problems.push({ file: INDEX_VALUES_FILE, record, field: 'value', message: `Värdet ${v.value} är en andel och måste ligga mellan 0 och 100 (procent); posten används inte.` });
    else if (seen.has(key)) problems.push({ file: INDEX_VALUES_FILE, record, field: 'year', message: 'Samma indikator, område och år finns redan; posten används inte.' });
    else {
      seen.add(key);
      valid.push(v);
    }
  });
  // Nothing left out: the same array, so the values are not held twice (the query cache has it).
  return { valid: problems.length ? valid : values, problems };
}

/** The part of the model that depends only on the files: every year computed once. */
export interface IndexBase {
  /** As computed: with the weighting applied. */
  definition: IndexDefinition;
  /** As in the file: every dimension, proposed ones included (what "Väg själv" offers). */
  fullDefinition: IndexDefinition;
  /** Whether the weighting is the user's own ("Egen viktning"). */
  custom: boolean;
  /** What the rank ranges are computed over (stability.ts). */
  stabilityDefinition: IndexDefinition;
  values: IndexValue[];
  areas: string[];
  years: number[];
  defaultYear: number;
  /** Every area's results in a year: computed when asked for; the last year asked for is kept. */
  resultsFor: (year: number) => Record<string, AreaIndex>;
  problems: DataProblem[];
}

/**
 * How many years of full results an IndexBase keeps: with finer geography one year is many
 * megabytes, and a year not kept costs one computeIndex (tens of ms at 6,000 areas) when shown.
 */
const KEPT_YEARS = 1;

/**
 * `weighting`: the user's own ("Väg själv", weighting.ts); the values are checked against the
 * whole definition, the index is computed with the weighting applied (the proposal's when it
 * leaves nothing to compute: the URL check resets it with a notice).
 */
export function buildIndexBase(fullDef: IndexDefinition, allValues: IndexValue[], areaSlugs: string[], weighting: Weighting = PROPOSAL, marks?: WeightingMarks): IndexBase | null {
  const { valid: values, problems } = crossCheckValues(fullDef, allValues, areaSlugs);
  const own = isCustom(fullDef, weighting) ? applyWeighting(fullDef, weighting, marks) : null;
  const custom = own !== null;
  const def = own ?? applyWeighting(fullDef, PROPOSAL, marks)!;
  // The rank ranges are the areas', not the weighting's: over every dimension of the proposal
  // (and a proposed one switched on), with every indicator; the grid varies the weights itself.
  const inPlay = Object.fromEntries(fullDef.dimensions.filter((d) => d.proposedBy && weightOf(d, weighting) > 0).map((d) => [d.id, 1]));
  const stabilityDefinition = applyWeighting(fullDef, { weights: inPlay, leftOut: [] })!;
  const years = yearsOf(values, def);
  const defaultYear = defaultYearOf(values, years);
  if (defaultYear === null) return null;
  const kept = new Map<number, Record<string, AreaIndex>>();
  const resultsFor = (year: number) => {
    let results = kept.get(year);
    if (results) kept.delete(year);
    else results = computeIndex(def, values, year, areaSlugs);
    kept.set(year, results);
    if (kept.size > KEPT_YEARS) kept.delete(kept.keys().next().value!);
    return results;
  };
  return { definition: def, fullDefinition: fullDef, stabilityDefinition, custom, values, areas: areaSlugs, years, defaultYear, resultsFor, problems };
}

export function yearOf(base: IndexBase, wanted: number | null): number {
  return wanted !== null && base.years.includes(wanted) ? wanted : base.defaultYear;
}

/** What a view asks of the model: a year and layer, and the language of its names (Swedish by default). */
export interface ModelWanted {
  year: number | null;
  layer: string;
  lang?: Language;
}

/**
 * Layer, year and language are cheap to change: only this part is recomputed when they do. The
 * model's definition (and so its layers' labels) is in the wanted language; the results are not
 * language-bound.
 */
export function modelFor(base: IndexBase, wanted: ModelWanted, robustness: () => Record<string, { min: number; max: number } | null>): IndexModel {
  const year = yearOf(base, wanted.year);
  const definition = localizeDefinition(base.definition, wanted.lang ?? 'sv');
  const fullDefinition = localizeDefinition(base.fullDefinition, wanted.lang ?? 'sv');
  const layers = layersOf(definition);
  const layer = layers.find((l) => l.id === wanted.layer) ?? layers[0]!;
  const results = base.resultsFor(year);
  const layerHasExample = base.areas.some((a) => {
    const s = layerScore(results[a], layer.id);
    if (!s) return false;
    return 'containsExample' in s ? s.containsExample : s.status === 'exempel';
  });
  return { definition, fullDefinition, custom: base.custom, years: base.years, year, defaultYear: base.defaultYear, layers, layer, results, trendOf: (area: string) => areaScoresByYear(base.definition, base.values, base.years, area), indicatorSeriesOf: (area: string) => indicatorSeries(base.definition, base.values, base.years, area), robustnessOf: (area: string) => robustness()[area] ?? null, stability: once(() => timed('index:stability', () => rankStability(base.stabilityDefinition, base.values, year, base.areas))), layerHasExample, problems: base.problems };
}

export function buildIndexModel(def: IndexDefinition, allValues: IndexValue[], areaSlugs: string[], wanted: ModelWanted, weighting: Weighting = PROPOSAL, marks?: WeightingMarks): IndexModel | null {
  const base = buildIndexBase(def, allValues, areaSlugs, weighting, marks);
  if (!base) return null;
  return modelFor(base, wanted, once(() => leaveOneOutRankRange(base.definition, base.values, yearOf(base, wanted.year), areaSlugs)));
}

export function scoreOf(model: IndexModel, area: string, layer = model.layer.id): number | null {
  return layerScore(model.results[area], layer)?.score ?? null;
}

/** Whether an area's score on the layer includes example data. */
export function exampleOf(model: IndexModel, area: string, layer = model.layer.id): boolean {
  const s = layerScore(model.results[area], layer);
  return s ? ('containsExample' in s ? s.containsExample : s.status === 'exempel') : false;
}

export function rankOf(model: IndexModel, area: string, layer = model.layer.id): number | null {
  return layerScore(model.results[area], layer)?.rank ?? null;
}

export function classesByArea(model: IndexModel, areaSlugs: string[]): Record<string, number | null> {
  return Object.fromEntries(areaSlugs.map((a) => [a, classify(scoreOf(model, a))]));
}

export { COMPOSITE_ID };

/** `compute`, with its duration as a performance measure (the benchmark reads it: docs/performance.md). */
function timed<T>(name: string, compute: () => T): T {
  const start = performance.now();
  const value = compute();
  performance.measure(name, { start });
  return value;
}

/** `compute` run on the first call only; later calls return its result. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
