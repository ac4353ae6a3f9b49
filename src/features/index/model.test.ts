// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseIndexDefinition } from './api/index-definition';
import { parseIndexValues, type IndexValue } from './api/index-values';
import { buildIndexBase, buildIndexModel, crossCheckValues, defaultYearOf, modelFor, once } from './model';
import { leaveOneOutRankRange } from './compute';
import { parseJsonText } from '../../lib/json/parse-json-text';

const root = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const def = parseIndexDefinition(read('public/data/index-definition.json'));
const v = (over: Partial<IndexValue>): IndexValue => ({ indicator: 'valdeltagande', year: 2022, area: 'a', value: 50, status: 'exempel', ...over });

describe('the shipped index files', () => {
  const values = parseIndexValues(read('public/data/index-values.json'));
  const areas = (read('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);

  it('define four dimensions of three indicators named as in STK-2023-137, and a proposed health dimension of example data', () => {
    const proposal = def.dimensions.filter((d) => !d.proposedBy);
    expect(proposal.map((d) => d.name)).toEqual(['Delaktighet', 'Utbildning', 'Ekonomi', 'Boende']);
    expect(proposal.every((d) => d.indicators.length === 3 && d.weight === 1 && d.indicators.every((i) => i.weight === 1))).toBe(true);
    const health = def.dimensions.find((d) => d.proposedBy)!;
    expect([health.id, health.proposedBy]).toEqual(['halsa', 'hälsa-, vård- och omsorgsnämnden i sitt remissvar']);
    expect(health.indicators.every((i) => i.status === 'exempel')).toBe(true);
    expect(values.items.filter((v) => health.indicators.some((i) => i.id === v.indicator)).every((v) => v.status === 'exempel')).toBe(true);
    expect(def.dimensions[1]!.indicators[0]!.name).toBe('Andel (20-64 år) med lägst förgymnasial utbildning');
  });

  it('parse and cross-check without problems', () => {
    expect(values.problems).toEqual([]);
    expect(crossCheckValues(def, values.items, areas).problems).toEqual([]);
  });

  it('have real 2022 turnout for all 14 areas and the official city value 77,2 %', () => {
    const turnout = values.items.filter((x) => x.indicator === 'valdeltagande');
    expect(turnout.every((x) => x.status === 'verklig' && x.year === 2022)).toBe(true);
    expect(turnout.filter((x) => x.area !== 'malmo')).toHaveLength(14);
    expect(turnout.find((x) => x.area === 'malmo')).toMatchObject({ numerator: 193_960, denominator: 251_172, value: 77.22 });
  });

  it('mark every other indicator value as example data, for five years', () => {
    const others = values.items.filter((x) => x.indicator !== 'valdeltagande');
    expect(others.every((x) => x.status === 'exempel')).toBe(true);
    expect([...new Set(others.map((x) => x.year))].sort()).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it('give every area a composite score in 2022, with example data flagged', () => {
    const model = buildIndexModel(def, values.items, areas, { year: null, layer: 'index' })!;
    expect(model.year).toBe(2022);
    expect(areas.every((a) => model.results[a]!.composite.score !== null && model.results[a]!.composite.containsExample)).toBe(true);
  });
});

describe('the leave-one-out ranks in a model', () => {
  const values = parseIndexValues(read('public/data/index-values.json'));
  const areas = (read('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);
  const base = buildIndexBase(def, values.items, areas)!;

  it('are not computed until an area asks for them, and then once for all areas', () => {
    let runs = 0;
    const model = modelFor(base, { year: 2022, layer: 'index' }, once(() => (runs++, leaveOneOutRankRange(def, base.values, 2022, areas))));
    expect(runs).toBe(0);
    const first = model.robustnessOf('ortagarden');
    model.robustnessOf('nydala');
    expect(runs).toBe(1);
    expect(first).toEqual(leaveOneOutRankRange(def, base.values, 2022, areas).ortagarden);
  });

  it('are null for an area the index does not know', () => {
    expect(modelFor(base, { year: 2022, layer: 'index' }, once(() => leaveOneOutRankRange(def, base.values, 2022, areas))).robustnessOf('finns-inte')).toBeNull();
  });
});

describe('crossCheckValues', () => {
  it('reports unknown indicators, unknown areas and duplicates and keeps the rest', () => {
    const { valid, problems } = crossCheckValues(def, [v({}), v({ indicator: 'lycka' }), v({ area: 'x' }), v({})], ['a']);
    expect(valid).toHaveLength(1);
    expect(problems.map((p) => [p.record, p.field])).toEqual([
      ['post 2 (lycka, a, 2022)', 'indicator'],
      ['post 3 (valdeltagande, x, 2022)', 'area'],
      ['post 4 (valdeltagande, a, 2022)', 'year'],
    ]);
  });
});

describe('crossCheckValues: shares', () => {
  it('rejects a negative share, naming record and field value', () => {
    const { valid, problems } = crossCheckValues(def, [v({ value: -5 })], ['a']);
    expect(valid).toEqual([]);
    expect(problems).toEqual([
      { file: 'data/index-values.json', record: 'post 1 (valdeltagande, a, 2022)', field: 'value', message: 'Värdet -5 är en andel och måste ligga mellan 0 och 100 (procent); posten används inte.' },
    ]);
  });
  it('rejects a share over 100', () => {
    expect(crossCheckValues(def, [v({ value: 100.5 })], ['a']).problems).toEqual([expect.objectContaining({ field: 'value' })]);
  });
  it('accepts 0 and 100', () => {
    expect(crossCheckValues(def, [v({ value: 0 }), v({ value: 100, year: 2023 })], ['a']).problems).toEqual([]);
  });
  it('does not limit a count', () => {
    const counted = { ...def, dimensions: def.dimensions.map((d) => ({ ...d, indicators: d.indicators.map((i) => ({ ...i, unit: 'antal' as const })) })) };
    expect(crossCheckValues(counted, [v({ value: 1234 })], ['a']).problems).toEqual([]);
  });
  it('numbers a record by its place in the file, not among the valid ones', () => {
    const meta = { title: 't', source: 's', licence: 'l', attribution: 'a', updated: '2026-01-01' };
    const parsed = parseIndexValues({ meta, values: [{ ...v({}), value: 'x' }, v({ value: 140 })] });
    expect(crossCheckValues(def, parsed.items, ['a']).problems[0]?.record).toBe('post 2 (valdeltagande, a, 2022)');
  });
});

describe('defaultYearOf', () => {
  it('is the latest year with a real value', () => {
    expect(defaultYearOf([v({ year: 2023 }), v({ year: 2022, status: 'verklig' })], [2022, 2023])).toBe(2022);
  });
  it('is the latest year when nothing is real', () => {
    expect(defaultYearOf([v({ year: 2023 })], [2021, 2023])).toBe(2023);
  });
});

describe('index values schema', () => {
  const meta = { title: 't', source: 's', licence: 'l', attribution: 'a', updated: '2026-01-01' };
  it('rejects a value that does not match its numerator and denominator, naming the field', () => {
    const { problems } = parseIndexValues({ meta, values: [{ ...v({}), numerator: 30, denominator: 100, value: 50 }] });
    expect(problems[0]).toMatchObject({ record: 'post 1 (valdeltagande, a, 2022)', field: 'value' });
  });
  it('names the field year when a value has none', () => {
    const noYear: Partial<IndexValue> = v({});
    delete noYear.year;
    const { problems } = parseIndexValues({ meta, values: [noYear] });
    expect(problems).toEqual([{ file: 'data/index-values.json', record: 'post 1 (valdeltagande, a, ?)', field: 'year', message: 'Fältet saknas (ska vara ett tal)' }]);
  });
  it('rejects a file with NaN as invalid JSON: it cannot reach the schema', () => {
    expect(() => parseJsonText('data/index-values.json', '{"values": [{"value": NaN}]}')).toThrow(/NaN och Infinity är inte tillåtna i JSON/);
  });
  it('rejects a numerator larger than the denominator', () => {
    const { problems } = parseIndexValues({ meta, values: [{ ...v({}), numerator: 120, denominator: 100, value: 120 }] });
    expect(problems[0]).toMatchObject({ field: 'numerator' });
  });
});
