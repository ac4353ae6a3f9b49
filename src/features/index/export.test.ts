// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv, toCsv } from '../../lib/csv';
import { parseIndexDefinition } from './api/index-definition';
import { parseIndexValues } from './api/index-values';
import { INDEX_CSV_HEADER, indexCsvRows } from './export';
import { buildIndexModel } from './model';
import { indicatorSeries } from './series';

const root = resolve(import.meta.dirname, '../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const def = parseIndexDefinition(read('public/data/index-definition.json'));
const values = parseIndexValues(read('public/data/index-values.json')).items;
const areas = (read('public/geo/omraden.geojson').features as { properties: { slug: string; name: string; officialName: string } }[]).map((f) => f.properties);
const slugs = areas.map((a) => a.slug);

/** The file as a spreadsheet reads it: header, then objects by column name. */
function readBack(year: number) {
  const model = buildIndexModel(def, values, slugs, { year, layer: 'index' })!;
  const { header, rows } = indexCsvRows(model, areas);
  const [head, ...body] = parseCsv(toCsv(header, rows));
  return { head: head!, records: body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']))) };
}

describe('the index CSV', () => {
  it('holds every one of the twelve indicators for each of the 14 areas, with the composite and the dimensions', () => {
    const { head, records } = readBack(2022);
    expect(head).toEqual(INDEX_CSV_HEADER);
    const indicators = records.filter((r) => r['Nivå'] === 'indikator');
    expect(new Set(indicators.map((r) => r.Id)).size).toBe(12);
    expect(indicators).toHaveLength(12 * 14);
    for (const slug of slugs) expect(indicators.filter((r) => r.Slug === slug)).toHaveLength(12);
    expect(records.filter((r) => r['Nivå'] === 'dimension')).toHaveLength(4 * 14);
    expect(records.filter((r) => r['Nivå'] === 'sammanvägt')).toHaveLength(14);
  });

  it('gives each dimension its share of the composite: equal in the proposal, the user\'s own with "egen viktning" in the name', () => {
    const { records } = readBack(2022);
    const dims = records.filter((r) => r['Nivå'] === 'dimension' && r.Slug === 'nydala');
    expect(dims.map((r) => r['Vikt (andel av sammanvägt)'])).toEqual(['0,250', '0,250', '0,250', '0,250']);
    const custom = buildIndexModel(def, values, slugs, { year: 2022, layer: 'index' }, { weights: { utbildning: 5, ekonomi: 0 }, leftOut: [] }, { sv: 'egen viktning', en: 'custom weights' })!;
    const { header, rows } = indexCsvRows(custom, areas);
    const [head, ...body] = parseCsv(toCsv(header, rows));
    const got = body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']))).filter((r) => r.Slug === 'nydala');
    expect(got.filter((r) => r['Nivå'] === 'dimension').map((r) => [r.Id, r['Vikt (andel av sammanvägt)']])).toEqual([
      ['delaktighet', '0,143'],
      ['utbildning', '0,714'],
      ['boende', '0,143'],
    ]);
    expect(got.find((r) => r['Nivå'] === 'sammanvägt')!.Namn).toBe('Sammanvägt index (egen viktning)');
  });

  it('gives value, numerator, denominator and the city value of the data, with decimal commas', () => {
    const { records } = readBack(2022);
    const raw = values.find((v) => v.indicator === 'valdeltagande' && v.area === 'ortagarden' && v.year === 2022)!;
    const city = values.find((v) => v.indicator === 'valdeltagande' && v.area === 'malmo' && v.year === 2022)!;
    const row = records.find((r) => r.Slug === 'ortagarden' && r.Id === 'valdeltagande')!;
    expect(row['Värde']).toBe(raw.value.toFixed(2).replace('.', ','));
    expect(row['Täljare']).toBe(String(raw.numerator));
    expect(row['Nämnare']).toBe(String(raw.denominator));
    expect(row['Malmö (stadens värde)']).toBe(city.value.toFixed(2).replace('.', ','));
    expect(row['Data']).toBe('verklig');
  });

  it('marks every example value `exempel`, and the composite that contains one', () => {
    const { records } = readBack(2022);
    const indicators = records.filter((r) => r['Nivå'] === 'indikator');
    expect(indicators.filter((r) => r.Id !== 'valdeltagande').every((r) => r.Data === 'exempel')).toBe(true);
    expect(indicators.filter((r) => r.Id === 'valdeltagande').every((r) => r.Data === 'verklig')).toBe(true);
    expect(records.filter((r) => r['Nivå'] === 'sammanvägt').every((r) => r.Data === 'exempel')).toBe(true);
  });

  it('leaves a value the data lacks empty, not 0 (turnout has no 2021 value)', () => {
    const { records } = readBack(2021);
    const row = records.find((r) => r.Slug === 'ortagarden' && r.Id === 'valdeltagande')!;
    expect([row['Värde'], row['Täljare'], row['Nämnare'], row['Data']]).toEqual(['', '', '', '']);
  });
});

describe('indicatorSeries', () => {
  const years = [2019, 2020, 2021, 2022, 2023];
  it('gives each indicator one point per year, with the status of each value and the city value', () => {
    const series = indicatorSeries(def, values, years, 'ortagarden');
    // One series per indicator of the definition given: the twelve and the proposed health dimension's three.
    expect(Object.keys(series)).toHaveLength(15);
    const turnout = series.valdeltagande!;
    expect(turnout.map((p) => p.status)).toEqual([null, null, null, 'verklig', null]);
    expect(turnout[3]!.value).toBe(values.find((v) => v.indicator === 'valdeltagande' && v.area === 'ortagarden' && v.year === 2022)!.value);
    expect(turnout[3]!.cityValue).toBe(values.find((v) => v.indicator === 'valdeltagande' && v.area === 'malmo' && v.year === 2022)!.value);
    expect(series['forvarvsarbete']!.every((p) => p.status === 'exempel' && p.value !== null)).toBe(true);
  });
  it('has no values for an area the data does not know', () => {
    expect(indicatorSeries(def, values, years, 'nowhere').valdeltagande!.every((p) => p.value === null)).toBe(true);
  });
});
