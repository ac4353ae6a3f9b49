// @vitest-environment node
// The register as shipped: the test that keeps it valid in CI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crossCheckRegister } from '../model';
import { parseInitiatives } from './initiatives';
import { parseOrganisations } from './organisations';

const root = resolve(import.meta.dirname, '../../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const register = parseInitiatives(read('public/data/insatser.json'));
const organisations = parseOrganisations(read('public/data/organisationer.json'));
const areaSlugs = (read('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);
const subareaSlugs = (read('public/geo/delomraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);

describe('the initiative register', () => {
  it('matches the schema in every record', () => {
    expect(register.problems).toEqual([]);
    expect(organisations.problems).toEqual([]);
  });
  it('refers only to known organisations, areas, delområden, list values and documents, with unique ids', () => {
    expect(crossCheckRegister(register.items, register.meta, organisations.items, areaSlugs, subareaSlugs)).toEqual([]);
  });
  it('has well over fifty records, each with at least one source', () => {
    expect(register.items.length).toBeGreaterThan(50);
    expect(register.items.every((i) => i.sources.length >= 1)).toBe(true);
  });
  it('has unique organisation ids', () => {
    const ids = organisations.items.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('names the processes the mission lists', () => {
    const names = register.items.map((i) => [i.name, ...i.aliases].join(' ')).join('\n');
    for (const n of ['CTC', 'SSPF', 'Örat mot marken', 'BID', 'Familjecentral', 'Trygga barnet', 'Ung i sommar', 'Kraftsamling Herrgården', 'Beredskapsgruppen', 'Hållbara Rosengård', 'Tryggare Malmö']) {
      expect(names, n).toContain(n);
    }
  });
  it('binds the Herrgården and Rosengård initiatives to Örtagården', () => {
    const inOrtagarden = register.items.filter((i) => i.geography.areas.includes('ortagarden')).map((i) => i.id);
    expect(inOrtagarden).toEqual(expect.arrayContaining(['kraftsamling-herrgarden', 'hallbara-rosengard']));
  });
  it('records where documents disagree instead of choosing', () => {
    const ctc = register.items.find((i) => i.id === 'ctc')!;
    const sspf = register.items.find((i) => i.id === 'sspf')!;
    expect(ctc.conflicts.length).toBeGreaterThan(0);
    expect(sspf.conflicts.length).toBeGreaterThan(0);
  });
});
