// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative } from '../../src/features/initiatives/api/initiatives.ts';
import { columnOfField, exportRegister, importRegister, serialiseRegister } from '../../src/features/workbench/register-csv.ts';
import { formatInputProblem } from '../../src/features/workbench/table.ts';
import { ROOT, publicCopy, removeCopies, readPublic, shippedRegister } from './test-helpers.ts';

afterAll(removeCopies);

const { raw, register, ctx } = shippedRegister();
const csvOf = (items: Initiative[]) => exportRegister(items);
const first = () => structuredClone(register.items[0]!);

describe('register export and import', { timeout: 60_000 }, () => {
  it('round-trips the shipped register without loss (deep-equal JSON)', () => {
    const back = importRegister('in.csv', csvOf(register.items), ctx);
    expect(back.errors).toEqual([]);
    expect(back.json).toEqual(raw);
  });

  it('round-trips it to the same text, keys in the file’s order', () => {
    expect(serialiseRegister(importRegister('in.csv', csvOf(register.items), ctx).json)).toBe(readPublic('data/insatser.json'));
  });

  it('writes one row per insats, ";"-separated, UTF-8 with a byte order mark, lists joined with |', () => {
    const csv = csvOf(register.items);
    expect(csv.startsWith('\uFEFFid;name;aliases;description;')).toBe(true);
    expect(csv).toContain(';CTC|Communities that Care|CTC-områdena;');
  });

  it('keeps values a |-joined list cannot hold, empty lists, null dates and empty notes', () => {
    const item = first() as Initiative & Record<string, unknown>;
    item.aliases = ['A|B', ' mellanslag '];
    item.caseNumbers = ['STK-1', ''];
    item.commissionedBy = [];
    item.start = null;
    item.periodNote = '';
    item.description = 'Rad ett; med semikolon\nrad två med "citat" och | streck.';
    delete item.lastVerified;
    const back = importRegister('in.csv', csvOf([item]), ctx);
    expect(back.errors).toEqual([]);
    expect(back.json!.initiatives[0]).toEqual(item);
  });

  it('reads a list typed with spaces around the |', () => {
    const csv = csvOf([first()]).replace('CTC|Communities that Care|CTC-områdena', 'CTC | Communities that Care | CTC-områdena');
    expect(importRegister('in.csv', csv, ctx).json!.initiatives[0]!.aliases).toEqual(['CTC', 'Communities that Care', 'CTC-områdena']);
  });

  it('reports a cell that is not valid JSON by line and column', () => {
    const csv = csvOf(register.items.slice(0, 2)).replace('[{""file"":""001_', '[{""file"" ""001_');
    const { json, errors } = importRegister('in.csv', csv, ctx);
    expect(json).toBeNull();
    expect(formatInputProblem(errors[0]!)).toMatch(/^in\.csv, rad 2, kolumn W \("sources"\): Cellen är inte giltig JSON/);
  });

  it('reports an unknown organisation with the line and column of the insats', () => {
    const items = register.items.slice(0, 3).map((i) => structuredClone(i));
    items[2]!.partners = ['finns-inte'];
    const { errors } = importRegister('in.csv', csvOf(items), ctx);
    expect(errors.map(formatInputProblem)).toEqual(['in.csv, rad 4, kolumn G ("partners"): partners[0]: Organisationen "finns-inte" finns inte i data/organisationer.json eller har fel där.']);
  });

  it('reports a schema error (a wrong kind) by line and column', () => {
    const item = first();
    (item as { kind: string }).kind = 'okand-typ';
    const { errors } = importRegister('in.csv', csvOf([item]), ctx);
    expect(errors).toEqual([expect.objectContaining({ line: 2, column: 'kolumn E ("kind")' })]);
  });

  it('reports a repeated id', () => {
    const { errors } = importRegister('in.csv', csvOf([first(), first()]), ctx);
    expect(errors.map(formatInputProblem)).toEqual([expect.stringMatching(/^in\.csv, rad 3, kolumn A \("id"\): .*finns redan/)]);
  });

  it('reports a missing column in the header', () => {
    const csv = csvOf([first()]).replace(/;[^;\r\n]*\r\n/g, '\r\n');
    expect(importRegister('in.csv', csv, ctx).errors.map(formatInputProblem)).toContain('in.csv, rad 1, kolumn "lastVerified": Kolumnen "lastVerified" saknas i rubrikraden.');
  });

  it('maps a field path to its column', () => {
    expect([columnOfField('geography.places[0].name'), columnOfField('sources[1].file'), columnOfField('lead[0]')]).toEqual(['geography.places', 'sources', 'lead']);
  });

  it('the commands export and import a copy of the register, and --torrkorning writes nothing', () => {
    const dir = publicCopy();
    const out = join(dir, 'insatser.csv');
    expect(spawnSync('npx', ['tsx', 'scripts/data-register-export.ts', out, '--katalog', dir], { cwd: ROOT }).status).toBe(0);
    writeFileSync(out, readFileSync(out, 'utf8').replace('Communities That Care (CTC)', 'Communities That Care'));
    const dry = spawnSync('npx', ['tsx', 'scripts/data-register-import.ts', out, '--torrkorning', '--katalog', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(dry.stdout).toContain('Ändrade 1: ctc (name).');
    expect(readFileSync(join(dir, 'data/insatser.json'), 'utf8')).toBe(readPublic('data/insatser.json'));
    expect(spawnSync('npx', ['tsx', 'scripts/data-register-import.ts', out, '--katalog', dir], { cwd: ROOT }).status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'data/insatser.json'), 'utf8')) as typeof raw).initiatives[0]!.name).toBe('Communities That Care');
  });
});
