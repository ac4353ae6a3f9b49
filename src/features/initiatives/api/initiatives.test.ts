// @vitest-environment node
// The register as shipped: the test that keeps it valid in CI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unbackedAreas, unnamedParties } from '../claims';
import { conflictSummaries } from '../conflicts';
import { crossCheckRegister } from '../model';
import { parseInitiatives } from './initiatives';
import { parseOrganisations } from './organisations';

const root = resolve(import.meta.dirname, '../../../..');
const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const register = parseInitiatives(read('public/data/insatser.json'));
const organisations = parseOrganisations(read('public/data/organisationer.json'));
const areaSlugs = (read('public/geo/omraden.geojson').features as { properties: { slug: string } }[]).map((f) => f.properties.slug);
const subareaFeatures = read('public/geo/delomraden.geojson').features as { properties: { slug: string; areaSlug: string } }[];
const subareaSlugs = subareaFeatures.map((f) => f.properties.slug);
const areaOfSubarea = new Map(subareaFeatures.map((f) => [f.properties.slug, f.properties.areaSlug]));

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
  it('backs every area binding with a place or delområde the text names, or marks it as the register\'s reading', () => {
    expect(unbackedAreas(register.items, areaOfSubarea)).toEqual([]);
    // A binding that loses its place name is caught; given a reason as an interpretation, it is not.
    const bound = register.items.find((i) => i.geography.areas.length > 0 && i.geography.subareas.length === 0 && i.geography.places.length > 0)!;
    const lost = { ...bound, geography: { ...bound.geography, places: [] } };
    expect(unbackedAreas([lost], areaOfSubarea)).toEqual(bound.geography.areas.map((area) => ({ id: bound.id, area })));
    expect(unbackedAreas([{ ...lost, interpretations: { geography: 'Skälet i en mening.' } }], areaOfSubarea)).toEqual([]);
  });
  it('names every lead, partner and commissioning body in a cited source, or marks the field as the register\'s reading', () => {
    expect(unnamedParties(register.items)).toEqual([]);
    // A partner whose only naming passage loses it is caught; marked as an interpretation, it is not.
    const item = register.items.find((i) => i.partners.some((p) => i.sources.filter((s) => s.names?.includes(p) || s.organisation === p).length === 1) && !i.interpretations?.partners)!;
    const partner = item.partners.find((p) => item.sources.filter((s) => s.names?.includes(p) || s.organisation === p).length === 1)!;
    const sources = item.sources.map((s) => (s.names?.includes(partner) || s.organisation === partner ? { ...s, organisation: null, names: s.names?.filter((n) => n !== partner) } : s));
    const lost = { ...item, sources };
    expect(unnamedParties([lost])).toEqual([{ id: item.id, field: 'partners', organisation: partner }]);
    expect(unnamedParties([{ ...lost, interpretations: { partners: 'Skälet i en mening.' } }])).toEqual([]);
  });
  it('records where documents disagree instead of choosing', () => {
    const ctc = register.items.find((i) => i.id === 'ctc')!;
    const sspf = register.items.find((i) => i.id === 'sspf')!;
    expect(ctc.conflicts.length).toBeGreaterThan(0);
    expect(sspf.conflicts.length).toBeGreaterThan(0);
    // CTC's scope: both 2024 statements side by side; the record follows the one it names and
    // marks that choice as its reading.
    const [scope] = conflictSummaries(ctc);
    expect(scope!.claims.map((c) => c.source.organisation)).toEqual(expect.arrayContaining(['forskolenamnden', 'arbetsmarknads-och-socialnamnden']));
    expect(scope!.followed.says).toBe('kommunövergripande');
    expect(ctc.geography.scope).toBe('hela-staden');
    expect(ctc.interpretations?.geography).toBeTruthy();
  });
});

describe('parsing a bad register', () => {
  const fixture = () => read('tests/fixtures/data/insatser.json');

  it('keeps the first record with an id and reports the repeat by record and field', () => {
    const data = fixture();
    data.initiatives[2].id = 'sspf';
    const parsed = parseInitiatives(data);
    expect(parsed.items.filter((i) => i.id === 'sspf')).toHaveLength(1);
    expect(parsed.problems).toEqual([{ file: 'data/insatser.json', record: 'post 3 (id "sspf")', field: 'id', message: 'Värdet "sspf" finns redan i post 1; posten visas inte.' }]);
  });

  it('rejects a description of a megabyte, naming the limit', () => {
    const data = fixture();
    data.initiatives[0].description = 'x'.repeat(1024 * 1024);
    expect(parseInitiatives(data).problems).toEqual([expect.objectContaining({ record: 'post 1 (id "sspf")', field: 'description', message: 'För lång text (max 1500 tecken)' })]);
  });

  it('rejects a name over 300 characters', () => {
    const data = fixture();
    data.initiatives[1].name = 'Ö'.repeat(301);
    expect(parseInitiatives(data).problems).toEqual([expect.objectContaining({ field: 'name', message: 'För lång text (max 300 tecken)' })]);
  });

  it('numbers cross-check problems by the place in the file, past records left out', () => {
    const data = fixture();
    data.initiatives[0].status = 'klar';
    data.initiatives[3].geography.areas = ['atlantis'];
    const parsed = parseInitiatives(data);
    const problems = crossCheckRegister(parsed.items, parsed.meta, organisations.items, areaSlugs, subareaSlugs);
    expect(problems.map((p) => [p.record, p.field])).toEqual([['post 4 (id "hallbara-rosengard")', 'geography.areas[0]']]);
  });
});

describe('parsing bad organisations', () => {
  it('keeps the first organisation with an id and reports the repeat', () => {
    const data = read('tests/fixtures/data/organisationer.json');
    data.organisations[1].id = data.organisations[0].id;
    const parsed = parseOrganisations(data);
    expect(parsed.problems).toEqual([expect.objectContaining({ record: `post 2 (id "${data.organisations[0].id}")`, field: 'id' })]);
    expect(parsed.items).toHaveLength(data.organisations.length - 1);
  });
});
