// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTable, type ImportedValue } from '../../src/features/workbench/import-values.ts';
import { parseNumber } from '../../src/features/workbench/value-cells.ts';
import { mergeValues, serialiseValuesFile, type ValuesFile } from '../../src/features/workbench/merge-values.ts';
import { formatInputProblem, InputError, readCsvText } from '../../src/features/workbench/table.ts';
import { readTable } from '../../src/features/workbench/xlsx-table.ts';
import CASES from '../../tests/fixtures/import/cases.json';
import { FIXTURES, ROOT, publicCopy, removeCopies, publicJson, readPublic, shippedContext } from './test-helpers.ts';

afterAll(removeCopies);

const ctx = shippedContext();
const read = async (name: string) => importTable(await readTable(join('tests/fixtures/import', name), readFileSync(join(FIXTURES, name))), ctx);
const pick = (values: ImportedValue[], area: string) => {
  const v = values.find((x) => x.area === area);
  return v && { numerator: v.numerator, denominator: v.denominator, value: v.value };
};

describe('values per delområde', () => {
  it('are summed to their area: Σ täljare / Σ nämnare', async () => {
    const { values, errors } = await read('delomraden.csv');
    expect(errors).toEqual([]);
    // Hyllievång: 1200+300+900+1600 = 4000 of 2000+500+1500+2000 = 6000 → 66,666… → 66,67
    expect(pick(values, 'hyllievang')).toEqual({ numerator: 4000, denominator: 6000, value: 66.67 });
    // Lindängen: 0+700+1000+400+500+10+290 = 2900 of 0+1000+2000+500+1000+20+480 = 5000 → 58
    expect(pick(values, 'lindangen')).toEqual({ numerator: 2900, denominator: 5000, value: 58 });
  });

  it('find a delområde by code or by name', async () => {
    const { values } = await read('delomraden.csv');
    // Row 4 names "Holma" instead of its code 25611; it is counted in Hyllievång.
    expect(values.find((v) => v.area === 'hyllievang')?.lines).toEqual([2, 3, 4, 5]);
  });

  it('give no city value while areas are missing, and say so', async () => {
    const { values, warnings } = await read('delomraden.csv');
    expect(values.map((v) => v.area)).toEqual(['hyllievang', 'lindangen']);
    expect(warnings.map((w) => w.message)).toContain('forvarvsarbete 2023: stadens värde (malmo) räknas inte ut eftersom områden saknas. Ta med alla områden eller ange en rad med omrade = malmo.');
  });

  it('give the city value Σ/Σ over all delområden when every area is covered', () => {
    // Hyllievång's 4 delområden 1 of 4, the other 132 delområden 3 of 4: (4·1 + 132·3) / (136·4) = 400/544 = 73,529… → 73,53
    const lines = ['delomrade;indikator;ar;taljare;namnare', ...ctx.subareas.map((s) => `${s.properties.code};stannat-kvar;2023;${s.properties.areaSlug === 'hyllievang' ? 1 : 3};4`)];
    const { values, errors } = importTable(readCsvText('alla.csv', lines.join('\n')), ctx);
    expect(errors).toEqual([]);
    expect(values).toHaveLength(15);
    expect(values.find((v) => v.area === 'malmo')).toMatchObject({ numerator: 400, denominator: 544, value: 73.53, origin: 'stad-summa' });
    expect(pick(values, 'hyllievang')).toEqual({ numerator: 4, denominator: 16, value: 25 });
  });
});

describe('input as Swedish Excel writes it', () => {
  it('reads Windows-1252 with å, ä, ö in area names', async () => {
    const table = await readTable('x.csv', readFileSync(join(FIXTURES, 'omraden-windows-1252.csv')));
    expect(table.encoding).toBe('Windows-1252');
    expect(table.rows.map((r) => r.cells.omrade)).toEqual(['Västra hamnen', 'Möllevången', 'Örtagården', 'Malmö']);
  });

  it('reads decimal commas as shares of areas and the city', async () => {
    const { values, errors } = await read('omraden-windows-1252.csv');
    expect(errors).toEqual([]);
    expect(values.map((v) => [v.area, v.value, v.numerator])).toEqual([
      ['vastra-hamnen', 95.4, undefined],
      ['mollevangen', 88.25, undefined],
      ['ortagarden', 80.1, undefined],
      ['malmo', 90.3, undefined],
    ]);
  });

  it('reads a comma-separated UTF-8 file with a byte order mark and area codes', async () => {
    const table = await readTable('x.csv', readFileSync(join(FIXTURES, 'omraden.csv')));
    expect([table.encoding, table.delimiter]).toEqual(['UTF-8 med BOM', ',']);
    const { values } = importTable(table, ctx);
    // Code 1 is Västra hamnen: 610 of 1000; the city row: 9000 of 14000 = 64,2857… → 64,29
    expect(pick(values, 'vastra-hamnen')).toEqual({ numerator: 610, denominator: 1000, value: 61 });
    expect(pick(values, 'malmo')).toEqual({ numerator: 9000, denominator: 14000, value: 64.29 });
  });

  it('parses numbers with decimal comma, spaces between thousands and a percent sign', () => {
    expect([parseNumber('1 234,5'), parseNumber('82,7 %'), parseNumber('12.5'), parseNumber('')]).toEqual([1234.5, 82.7, 12.5, null]);
  });

  it('rejects a number with both a thousands point and a decimal comma', () => {
    expect(parseNumber('1.234,5')).toBeNaN();
  });

  it('reads an Excel file: Swedish headers, codes and names, and the city row given', async () => {
    const { values, errors } = await read('delomraden.xlsx');
    expect(errors).toEqual([]);
    // Hyllievång: 150+40+120+90 = 400 of 200+50+160+100 = 510 → 78,431… → 78,43; Malmö as given: 6000/8000 = 75
    expect(values.map((v) => [v.area, v.numerator, v.denominator, v.value, v.origin])).toEqual([
      ['hyllievang', 400, 510, 78.43, 'delomraden'],
      ['malmo', 6000, 8000, 75, 'omrade'],
    ]);
  });

  it('gives Excel row numbers and column letters in messages', async () => {
    const table = await readTable('x.xlsx', readFileSync(join(FIXTURES, 'delomraden.xlsx')));
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(table.columnPosition.namnare).toBe('F');
  });
});

describe('each kind of error names file, line and column in Swedish', () => {
  const cases = CASES.errors as [string, string][];
  it.each(cases)('%s', async (name, expected) => {
    const { errors, values } = await read(name);
    expect(values).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(formatInputProblem(errors[0]!)).toContain(`tests/fixtures/import/${name}, ${expected}`);
  });

  const unreadable = CASES.unreadable as [string, string][];
  it.each(unreadable)('%s (the file cannot be read as a table)', async (name, expected) => {
    const error = await readTable(name, readFileSync(join(FIXTURES, name))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(formatInputProblem((error as InputError).problems[0]!)).toContain(expected);
  });
});

describe('merging into the values file', () => {
  const valuesFile = () => publicJson('data/index-values.json') as ValuesFile;
  const definition = () => publicJson('data/index-definition.json') as Record<string, unknown>;
  const options = { source: 'SCB (2024-05-01)', indicatorSource: 'SCB', updated: '2024-06-01', areaSlugs: ctx.areas.map((a) => a.properties.slug), cityAreaId: 'malmo' };

  it('replaces the matching example values and marks them real with their source', async () => {
    const { values } = await read('delomraden.csv');
    const merged = mergeValues(valuesFile(), definition(), values, options);
    const after = merged.valuesFile.values.filter((v) => v.indicator === 'forvarvsarbete' && v.year === 2023 && v.area === 'hyllievang');
    expect(after).toEqual([{ indicator: 'forvarvsarbete', year: 2023, area: 'hyllievang', numerator: 4000, denominator: 6000, value: 66.67, status: 'verklig', source: 'SCB (2024-05-01)' }]);
    expect(merged.valuesFile.values).toHaveLength(valuesFile().values.length);
    expect(merged.changes).toEqual([expect.objectContaining({ indicator: 'forvarvsarbete', year: 2023, replaced: 2, added: 0 })]);
  });

  it('leaves the indicator "exempel" while some values of the year are still examples', async () => {
    const { values } = await read('delomraden.csv');
    expect(mergeValues(valuesFile(), definition(), values, options).definitionChanges).toEqual([]);
  });

  it('marks the indicator "verklig" once every value of a year is real', async () => {
    const { values } = await read('omraden.csv');
    const merged = mergeValues(valuesFile(), definition(), values, options);
    const ind = (merged.definition as { dimensions: { indicators: { id: string; status: string; source: string }[] }[] }).dimensions
      .flatMap((d) => d.indicators)
      .find((i) => i.id === 'hogskolebehorighet');
    expect(ind).toMatchObject({ status: 'verklig', source: 'SCB' });
    expect(merged.definitionChanges).toHaveLength(1);
  });

  it('replaces the English source with --kalla-en, and drops the example data’s English source without it', async () => {
    const { values } = await read('omraden.csv');
    const find = (def: unknown) => (def as { dimensions: { indicators: { id: string; source_en?: string }[] }[] }).dimensions.flatMap((d) => d.indicators).find((i) => i.id === 'hogskolebehorighet')!;
    expect(find(definition()).source_en).toMatch(/^Example data/);
    expect(find(mergeValues(valuesFile(), definition(), values, { ...options, indicatorSourceEn: 'Statistics Sweden' }).definition).source_en).toBe('Statistics Sweden');
    expect(find(mergeValues(valuesFile(), definition(), values, options).definition)).not.toHaveProperty('source_en');
  });

  it('adds a value for a new year after the indicator’s last one', () => {
    const v: ImportedValue = { indicator: 'forvarvsarbete', year: 2024, area: 'nydala', numerator: 1, denominator: 2, value: 50, origin: 'omrade', lines: [2] };
    const merged = mergeValues(valuesFile(), definition(), [v], options);
    const i = merged.valuesFile.values.findIndex((x) => x.year === 2024);
    expect(merged.valuesFile.values[i - 1]).toMatchObject({ indicator: 'forvarvsarbete', year: 2023, area: 'malmo' });
    expect(merged.changes[0]).toMatchObject({ replaced: 0, added: 1 });
  });

  it('writes the file in the repository’s layout: unchanged data gives the same text', () => {
    expect(serialiseValuesFile(valuesFile())).toBe(readPublic('data/index-values.json'));
  });
});

// These start the commands as separate processes (npx tsx), a second or more each.
describe('the data:import command', { timeout: 60_000 }, () => {
  const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/data-import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('with --torrkorning prints the changes and writes nothing', () => {
    const dir = publicCopy();
    const before = readFileSync(join(dir, 'data/index-values.json'), 'utf8');
    const r = run(['tests/fixtures/import/delomraden.csv', '--kalla', 'Test', '--torrkorning', '--katalog', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('hyllievang: 54,66 (exempel) → 66,67 (verklig)');
    expect(readFileSync(join(dir, 'data/index-values.json'), 'utf8')).toBe(before);
  });

  it('writes the values and the definition to the folder given, which then validates', () => {
    const dir = publicCopy();
    const r = run(['tests/fixtures/import/omraden.csv', '--kalla', 'SCB', '--datum', '2024-05-01', '--katalog', dir]);
    expect(r.status).toBe(0);
    const values = JSON.parse(readFileSync(join(dir, 'data/index-values.json'), 'utf8')) as ValuesFile;
    expect(values.values.find((v) => v.indicator === 'hogskolebehorighet' && v.year === 2023 && v.area === 'malmo')).toMatchObject({ value: 64.29, status: 'verklig', source: 'SCB (2024-05-01)' });
    expect(readFileSync(join(dir, 'data/index-definition.json'), 'utf8')).toContain('"source": "SCB"');
    expect(spawnSync('npx', ['tsx', 'scripts/data-validate.ts', '--katalog', dir], { cwd: ROOT }).status).toBe(0);
  });

  it('stops with exit code 1 and the line of the error, writing nothing', () => {
    const dir = publicCopy();
    const before = readFileSync(join(dir, 'data/index-values.json'), 'utf8');
    const r = run(['tests/fixtures/import/fel-inte-tal.csv', '--kalla', 'SCB', '--katalog', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fel-inte-tal.csv, rad 3, kolumn D ("taljare")');
    expect(readFileSync(join(dir, 'data/index-values.json'), 'utf8')).toBe(before);
  });

  it('refuses to write real values without --kalla', () => {
    const dir = publicCopy();
    const r = run(['tests/fixtures/import/omraden.csv', '--katalog', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--kalla saknas');
  });
});
