// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative } from '../../src/features/initiatives/api/initiatives.ts';
import { changeReportRows, recordChanges } from '../../src/features/workbench/changes.ts';
import { checkFile, type CheckOptions } from '../../src/features/workbench/check-file.ts';
import { prepareWorkbench } from '../../src/features/workbench/context.ts';
import { yearRanges } from '../../src/features/workbench/components/check-report.tsx';
import { exportRegister } from '../../src/features/workbench/register-csv.ts';
import { parseIndexValues } from '../../src/features/index/api/index-values.ts';
import { FIXTURES, readPublic, shippedRegister, shippedTexts } from './test-helpers.ts';

// The workbench's check (?vy=redigera) of a dropped file, with the shipped data as context.
const { register } = shippedRegister();
const ctx = prepareWorkbench(shippedTexts());
const bytes = (text: string) => new TextEncoder().encode(text);
const options: CheckOptions = { source: 'SCB, testkälla', today: '2026-12-03' };
const check = (file: string, b: Uint8Array, o = options) => checkFile(file, b, ctx, o);
const checkRegister = (items: Initiative[]) => check('insatser.csv', bytes(exportRegister(items)));

describe('recordChanges', () => {
  it('lists added, changed (by field) and removed records by id', () => {
    const c = recordChanges([{ id: 'a', n: 1 }, { id: 'b', n: 1 }, { id: 'c', n: 1, x: [1] }], [{ id: 'a', n: 1 }, { id: 'c', n: 2, x: [2] }, { id: 'd' }]);
    expect(c).toEqual({ added: ['d'], changed: [{ id: 'c', fields: ['n', 'x'] }], removed: ['b'] });
    expect(changeReportRows(c)).toEqual([['Ändring', 'Id', 'Fält'], ['ny', 'd', ''], ['ändrad', 'c', 'n, x'], ['borttagen', 'b', '']]);
  });
});

describe('checkFile: the register as a spreadsheet', { timeout: 60_000 }, () => {
  it('reads the shipped register back as no change, and gives the very file the app ships', async () => {
    const r = await checkRegister(register.items);
    expect(r.errors).toEqual([]);
    expect(r.kind).toBe('register');
    expect(r.read).toMatchObject({ format: 'csv', encoding: 'UTF-8 med BOM', delimiter: ';', headerLine: 1, records: register.items.length });
    expect(r.changes).toEqual({ added: [], changed: [], removed: [] });
    expect(r.outputs).toEqual({ 'data/insatser.json': readPublic('data/insatser.json') });
  });
  it('says which record a renamed one is, and which field changed', async () => {
    const items = structuredClone(register.items);
    items[0]!.name = 'Omdöpt insats';
    const r = await checkRegister(items);
    expect(r.changes).toEqual({ added: [], changed: [{ id: items[0]!.id, fields: ['name'] }], removed: [] });
    expect(JSON.parse(r.outputs['data/insatser.json']!).initiatives[0].name).toBe('Omdöpt insats');
  });
  it('names the row and the column of an unknown area, and gives no file to download', async () => {
    const items = structuredClone(register.items);
    const at = items.findIndex((i) => i.geography.areas.length > 0);
    items[at]!.geography.areas = ['atlantis'];
    const r = await checkRegister(items);
    expect(r.outputs).toEqual({});
    expect(r.errors).toHaveLength(1);
    // Row: the header is line 1, so record `at` is on line at + 2.
    expect(r.errors[0]).toMatchObject({ line: at + 2, column: expect.stringContaining('geography.areas') });
    expect(r.errors[0]!.message).toContain('atlantis');
  });
  it('lists every problem of the file at once: a bad cell on one row and an unknown area on another', async () => {
    const items = structuredClone(register.items);
    const at = items.findIndex((i) => i.geography.areas.length > 0);
    const other = at === 0 ? 1 : 0;
    items[at]!.geography.areas = ['atlantis'];
    items[other]!.status = 'kanske' as Initiative['status'];
    const r = await checkRegister(items);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual(
      expect.arrayContaining([
        [at + 2, expect.stringContaining('geography.areas')],
        [other + 2, 'kolumn K ("status")'],
      ]),
    );
  });
  it('skips a title row above the header and says so', async () => {
    const r = await check('insatser.csv', bytes(`Insatsregistret, export 2026-12-01\r\n${exportRegister(register.items).replace(/^\uFEFF/, '')}`));
    expect(r.errors).toEqual([]);
    expect(r.read).toMatchObject({ headerLine: 2, records: register.items.length });
    expect(r.warnings).toEqual([{ file: 'insatser.csv', line: 1, message: 'Rad 1 står ovanför rubrikraden (rad 2) och läses inte.' }]);
    expect(r.changes).toEqual({ added: [], changed: [], removed: [] });
  });
  it('says an empty file is empty, and a file with neither kind of header what it lacks', async () => {
    expect((await check('tom.csv', new Uint8Array())).errors).toEqual([{ file: 'tom.csv', message: 'Filen är tom: den har ingen rubrikrad och inga värden.' }]);
    expect((await check('insatser.json', new Uint8Array())).errors).toEqual([expect.objectContaining({ file: 'data/insatser.json', message: 'Filen är tom.' })]);
    const wrong = await check('fel.csv', bytes('namn;antal\nx;1\n'));
    expect(wrong.kind).toBeNull();
    expect(wrong.errors[0]!.message).toContain('Rubrikraden (rad 1) har varken registrets kolumner');
  });
});

describe('checkFile: indicator values', { timeout: 60_000 }, () => {
  it('reads the per-område template, says what it holds, and merges it with the given source', async () => {
    const r = await check('omraden.csv', readFileSync(join(FIXTURES, 'omraden.csv')));
    expect(r.errors).toEqual([]);
    expect(r.kind).toBe('values');
    expect(r.read).toMatchObject({ format: 'csv', delimiter: ',', level: 'omrade', indicators: ['hogskolebehorighet'], years: [2023] });
    const values = parseIndexValues(JSON.parse(r.outputs['data/index-values.json']!));
    expect(values.problems).toEqual([]);
    const real = values.items.filter((v) => v.indicator === 'hogskolebehorighet' && v.year === 2023 && v.area !== 'malmo');
    expect(real.every((v) => v.status === 'verklig' && v.source === 'SCB, testkälla (2026-12-03)')).toBe(true);
    expect(r.changes!.changed.length).toBeGreaterThanOrEqual(14);
  });
  it('reads the per-delområde workbook (.xlsx) with Excel row numbers', async () => {
    const r = await check('delomraden.xlsx', readFileSync(join(FIXTURES, 'delomraden.xlsx')));
    expect(r.errors).toEqual([]);
    expect(r.read).toMatchObject({ format: 'xlsx', headerLine: 1, records: 5, level: 'delomrade' });
  });
  it('writes the English source into the definition when an indicator becomes real, and says nothing is missing', async () => {
    const r = await check('omraden.csv', readFileSync(join(FIXTURES, 'omraden.csv')), { ...options, sourceEn: 'Statistics Sweden, test' });
    // Every area and the city for 2023: the indicator becomes real, so the definition changes.
    expect(r.targets).toEqual(['data/index-values.json', 'data/index-definition.json']);
    expect(r.outputs['data/index-definition.json']).toContain('"source_en": "Statistics Sweden, test"');
    expect(r.warnings.filter((w) => w.message.startsWith('Engelsk text saknas'))).toEqual([]);
  });
  it('keeps the files back until a source is given', async () => {
    const r = await check('omraden.csv', readFileSync(join(FIXTURES, 'omraden.csv')), { ...options, source: ' ' });
    expect(r.errors).toEqual([]);
    expect(r.outputs).toEqual({});
    expect(r.warnings.at(-1)!.message).toContain('Ange varifrån värdena kommer');
  });
});

describe('checkFile: JSON data files', { timeout: 60_000 }, () => {
  it('takes a shipped file as no change, by its name', async () => {
    const r = await check('insatser.json', bytes(readPublic('data/insatser.json')));
    expect(r).toMatchObject({ kind: 'data', targets: ['data/insatser.json'], errors: [], changes: { added: [], changed: [], removed: [] } });
    expect(r.read).toMatchObject({ format: 'json', records: register.items.length });
  });
  it('tells a values file by what it holds, and names record, field and line of a bad value', async () => {
    const json = JSON.parse(readPublic('data/index-values.json')) as { values: { value: unknown }[] };
    json.values[3]!.value = 'mycket';
    const r = await check('mina-varden.json', bytes(JSON.stringify(json, null, 1)));
    expect(r.targets).toEqual(['data/index-values.json']);
    expect(r.outputs).toEqual({});
    expect(r.errors[0]).toMatchObject({ file: 'data/index-values.json', column: expect.stringMatching(/^post 4 .*fält value$/) });
    expect(r.errors[0]!.line).toBeGreaterThan(1);
  });
  it('refuses a JSON file it cannot place', async () => {
    expect((await check('annat.json', bytes('{"x":1}'))).errors[0]!.message).toContain('Okänd datafil');
  });
});

describe('yearRanges', () => {
  it('writes runs of years as ranges', () => {
    expect(yearRanges([2019, 2020, 2021, 2023])).toBe('2019–2021, 2023');
    expect(yearRanges([2018, 2019, 2022])).toBe('2018, 2019, 2022');
    expect(yearRanges([])).toBe('');
  });
});
