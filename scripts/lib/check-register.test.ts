// @vitest-environment node
import type { Initiative } from '../../src/features/initiatives/api/initiatives.ts';
import { changeReportRows, recordChanges } from '../../src/features/workbench/changes.ts';
import { checkRegisterFile } from '../../src/features/workbench/check-register.ts';
import { exportRegister } from '../../src/features/workbench/register-csv.ts';
import { readPublic, shippedRegister } from './test-helpers.ts';

// The workbench's check (?vy=redigera) of a register spreadsheet, with the shipped data as context.
const { raw, register, ctx } = shippedRegister();
const bytes = (text: string) => new TextEncoder().encode(text);
const check = (items: Initiative[]) => checkRegisterFile('insatser.csv', bytes(exportRegister(items)), ctx, raw.initiatives);

describe('recordChanges', () => {
  it('lists added, changed (by field) and removed records by id', () => {
    const c = recordChanges([{ id: 'a', n: 1 }, { id: 'b', n: 1 }, { id: 'c', n: 1, x: [1] }], [{ id: 'a', n: 1 }, { id: 'c', n: 2, x: [2] }, { id: 'd' }]);
    expect(c).toEqual({ added: ['d'], changed: [{ id: 'c', fields: ['n', 'x'] }], removed: ['b'] });
    expect(changeReportRows(c)).toEqual([['Ändring', 'Id', 'Fält'], ['ny', 'd', ''], ['ändrad', 'c', 'n, x'], ['borttagen', 'b', '']]);
  });
});

describe('checkRegisterFile', { timeout: 60_000 }, () => {
  it('reads the shipped register back as no change, and gives the very file the app ships', () => {
    const r = check(register.items);
    expect(r.problems).toEqual([]);
    expect(r.read).toEqual({ encoding: 'UTF-8 med BOM', delimiter: 'semikolon', rows: register.items.length });
    expect(r.changes).toEqual({ added: [], changed: [], removed: [] });
    expect(r.output).toBe(readPublic('data/insatser.json'));
  });
  it('says which record a renamed one is, and which field changed', () => {
    const items = structuredClone(register.items);
    items[0]!.name = 'Omdöpt insats';
    const r = check(items);
    expect(r.changes).toEqual({ added: [], changed: [{ id: items[0]!.id, fields: ['name'] }], removed: [] });
    expect(JSON.parse(r.output!).initiatives[0].name).toBe('Omdöpt insats');
  });
  it('names the row and the column of an unknown area, and gives no file to download', () => {
    const items = structuredClone(register.items);
    const at = items.findIndex((i) => i.geography.areas.length > 0);
    items[at]!.geography.areas = ['atlantis'];
    const r = check(items);
    expect(r.output).toBeNull();
    expect(r.changes).toBeNull();
    expect(r.problems).toHaveLength(1);
    // Row: the header is line 1, so record `at` is on line at + 2.
    expect(r.problems[0]).toMatchObject({ line: at + 2, column: expect.stringContaining('geography.areas') });
    expect(r.problems[0]!.message).toContain('atlantis');
  });
  it('says an empty file is empty, and a file without the register\'s columns what is missing', () => {
    expect(checkRegisterFile('tom.csv', new Uint8Array(), ctx, raw.initiatives).problems).toEqual([{ file: 'tom.csv', message: 'Filen är tom (0 byte).' }]);
    const wrong = checkRegisterFile('fel.csv', bytes('område;indikator;år;värde\nnydala;x;2022;1\n'), ctx, raw.initiatives);
    expect(wrong.output).toBeNull();
    expect(wrong.problems.some((p) => p.message === 'Kolumnen "id" saknas i rubrikraden.' && p.line === 1)).toBe(true);
  });
});
