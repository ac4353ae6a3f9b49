// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../../src/features/workbench/data-files.ts';
import { formatFinding, validateData } from '../../src/features/workbench/validate-data.ts';
import { ROOT, publicCopy, removeCopies, readPublic } from './test-helpers.ts';

afterAll(removeCopies);

const shipped = () => Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readPublic(f)])) as Record<string, string>;
/** index-values.json has one value per line after the first: value N (1-based) starts on line N. */
const valuesWith = (edit: (values: Record<string, unknown>[]) => void) => {
  const json = JSON.parse(readPublic(DATA_FILES.values)) as { meta: unknown; values: Record<string, unknown>[] };
  edit(json.values);
  return `${JSON.stringify({ meta: json.meta }).slice(0, -1)},"values":[${json.values.map((v) => JSON.stringify(v)).join(',\n')}]}\n`;
};

describe('data:validate on the shipped files', () => {
  it('finds no errors and no warnings', () => {
    const { errors, warnings } = validateData(shipped());
    expect({ errors, warnings }).toEqual({ errors: [], warnings: [] });
  });
  it('lists every interpretation the register marks, with its record, field, line and reason', () => {
    const { interpretations } = validateData(shipped());
    const register = JSON.parse(shipped()['data/insatser.json']!) as { initiatives: { id: string; interpretations?: Record<string, string> }[] };
    const marked = register.initiatives.flatMap((r) => Object.entries(r.interpretations ?? {}).map(([field, reason]) => `${r.id} interpretations.${field}: ${reason}`));
    expect(marked.length).toBeGreaterThan(0);
    expect(interpretations.map((f) => `${/id "([^"]+)"/.exec(f.record ?? '')?.[1]} ${f.field}: ${f.message}`)).toEqual(marked);
    for (const f of interpretations) expect(f.line).toBeGreaterThan(1);
  });
  it('warns of a partner no cited source names, by record and field', () => {
    const json = JSON.parse(shipped()['data/insatser.json']!) as { initiatives: { id: string; partners: string[]; interpretations?: Record<string, string>; sources: { names?: string[]; organisation?: string | null }[] }[] };
    const item = json.initiatives.find((r) => !r.interpretations?.partners && r.partners.length > 0)!;
    for (const s of item.sources) {
      s.names = (s.names ?? []).filter((n) => n !== item.partners[0]);
      if (s.organisation === item.partners[0]) s.organisation = null;
    }
    const { errors, warnings } = validateData({ ...shipped(), 'data/insatser.json': JSON.stringify(json, null, 2) });
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.record?.includes(`id "${item.id}"`))).toEqual([
      expect.objectContaining({ field: 'partners', message: expect.stringContaining(`Ingen citerad källa namnger "${item.partners[0]}"`) }),
    ]);
  });
  it('lists an interpretation added to a record', () => {
    const json = JSON.parse(shipped()['data/insatser.json']!) as { initiatives: { id: string; interpretations?: Record<string, string> }[] };
    const before = validateData(shipped()).interpretations.length;
    const plain = json.initiatives.find((r) => !r.interpretations)!;
    plain.interpretations = { geography: 'Platsen är registrets läsning av ett ortnamn i texten.' };
    const { errors, interpretations } = validateData({ ...shipped(), 'data/insatser.json': JSON.stringify(json, null, 2) });
    expect(errors).toEqual([]);
    expect(interpretations).toHaveLength(before + 1);
    expect(interpretations.some((f) => f.field === 'interpretations.geography' && f.record?.includes(plain.id))).toBe(true);
  });
});

describe('data:validate on a broken copy', { timeout: 60_000 }, () => {
  it('reports an unknown area with the line, record and field', () => {
    const files = { ...shipped(), [DATA_FILES.values]: valuesWith((v) => (v[2]!.area = 'atlantis')) };
    const { errors } = validateData(files);
    expect(errors.map(formatFinding)).toEqual(['data/index-values.json, rad 3, post 3 (valdeltagande, atlantis, 2022), fält area: Området "atlantis" finns inte i geo/omraden.geojson eller har fel där.']);
  });

  it('reports a value that does not match its counts (schema) on its line', () => {
    const files = { ...shipped(), [DATA_FILES.values]: valuesWith((v) => (v[9]!.value = 12)) };
    expect(validateData(files).errors).toEqual([expect.objectContaining({ line: 10, field: 'value' })]);
  });

  it('reports a JSON syntax error with its line', () => {
    const text = readPublic(DATA_FILES.organisations).replace('"id"', 'id');
    const { errors } = validateData({ ...shipped(), [DATA_FILES.organisations]: text });
    expect(errors[0]!.message).toMatch(/nyckeln ska stå inom dubbla citattecken.*\(rad \d+, kolumn \d+\)/);
  });

  it('reports a missing file', () => {
    const files = shipped();
    delete files[DATA_FILES.organisations];
    expect(validateData(files).errors.map(formatFinding)).toEqual(['data/organisationer.json: Filen saknas.']);
  });

  it('reports an initiative naming an unknown organisation on the line of the field', () => {
    const json = JSON.parse(readPublic(DATA_FILES.initiatives)) as { initiatives: { lead: string[] }[] };
    json.initiatives[1]!.lead = ['finns-inte'];
    const text = `${JSON.stringify(json, null, 2)}\n`;
    const { errors } = validateData({ ...shipped(), [DATA_FILES.initiatives]: text });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('lead[0]');
    expect(text.split('\n')[errors[0]!.line! - 1]).toContain('"finns-inte"');
  });

  it('warns when a share jumps more than 20 points in a year', () => {
    // Value 16 is fritidsaktiviteter 2019 for vastra-hamnen; the 2020 value of the same area follows 15 lines later.
    const files = { ...shipped(), [DATA_FILES.values]: valuesWith((v) => Object.assign(v[30]!, { numerator: undefined, denominator: undefined, value: 5 })) };
    const { errors, warnings } = validateData(files);
    expect(errors).toEqual([]);
    expect(warnings.map(formatFinding).join('\n')).toMatch(/rad 31, post 31 .*fält value: Andelen ändras [\d,]+ procentenheter på ett år/);
  });

  it('warns when the city value lies outside the range of the areas', () => {
    const files = { ...shipped(), [DATA_FILES.values]: valuesWith((v) => Object.assign(v[14]!, { numerator: undefined, denominator: undefined, value: 99 })) };
    const { warnings } = validateData(files);
    expect(warnings.map(formatFinding)).toContain(
      // Valdeltagande 2022 in the areas: lowest 55,15, highest 85,05 (public/data/index-values.json).
      'data/index-values.json, rad 15, post 15 (valdeltagande, malmo, 2022), fält value: Stadens värde 99 ligger utanför områdenas värden (55,15–85,05). Kontrollera att det är samma mått.',
    );
  });

  it('the command exits with a non-zero code on a copy with one broken file', () => {
    const dir = publicCopy();
    writeFileSync(join(dir, DATA_FILES.values), valuesWith((v) => (v[0]!.indicator = 'finns-inte')));
    const r = spawnSync('npx', ['tsx', 'scripts/data-validate.ts', '--katalog', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('FEL data/index-values.json, rad 1, post 1 (finns-inte, vastra-hamnen, 2022), fält indicator: Indikatorn "finns-inte" finns inte i indexdefinitionen.');
  });

  /** The parts of the shipped files the tests below edit. */
  type Definition = { dimensions: { name_en?: string; indicators: { name: string; source_en?: string }[] }[] };
  type Source = { file: string; documentDate: string };
  type Register = { meta: { statuses: { label_en?: string }[] }; initiatives: { sources: Source[]; conflicts: { sources: Source[] }[] }[] };
  /** The shipped file edited as JSON and written back as the editors' tools write it (two-space indent). */
  const jsonWith = <T>(file: string, edit: (json: T) => void) => {
    const json = JSON.parse(readPublic(file)) as T;
    edit(json);
    return `${JSON.stringify(json, null, 2)}\n`;
  };
  const lineOfText = (text: string, line: number | undefined) => text.split('\n')[line! - 1];

  it('warns, without failing, about a missing English label in the register, naming file, field and the Swedish shown', () => {
    const text = jsonWith<Register>(DATA_FILES.initiatives, (j) => delete j.meta.statuses[0]!.label_en);
    const { errors, warnings } = validateData({ ...shipped(), [DATA_FILES.initiatives]: text });
    expect(errors).toEqual([]);
    expect(warnings.map(formatFinding)).toEqual([
      expect.stringMatching(/^data\/insatser\.json, rad \d+, fält meta\.statuses\[0\]\.label_en: Engelsk text saknas; appen visar den svenska \("Pågående"\) även på engelska\.$/),
    ]);
    expect(lineOfText(text, warnings[0]!.line)).toContain('{');
    expect(lineOfText(text, (warnings[0]!.line ?? 0) + 1)).toContain('"id": "pagaende"');
  });

  it('warns about a missing English name or source in the index definition', () => {
    const text = jsonWith<Definition>(DATA_FILES.definition, (j) => {
      delete j.dimensions[2]!.name_en;
      delete j.dimensions[0]!.indicators[0]!.source_en;
    });
    const { errors, warnings } = validateData({ ...shipped(), [DATA_FILES.definition]: text });
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.field)).toEqual(['dimensions[0].indicators[0].source_en', 'dimensions[2].name_en']);
    expect(warnings[1]!.message).toBe('Engelsk text saknas; appen visar den svenska ("Ekonomi") även på engelska.');
  });

  it('warns about a year in an indicator name, which the app would double in its titles', () => {
    const text = jsonWith<Definition>(DATA_FILES.definition, (j) => (j.dimensions[3]!.indicators[0]!.name = 'Andel som stannat kvar under 2022'));
    const { warnings } = validateData({ ...shipped(), [DATA_FILES.definition]: text });
    expect(warnings.map(formatFinding)).toEqual([
      expect.stringMatching(/fält dimensions\[3\]\.indicators\[0\]\.name: Namnet innehåller årtalet 2022; appen lägger till året som visas, så rubriken kan bli "Andel som stannat kvar under 2022 2022"/),
    ]);
    expect(lineOfText(text, warnings[0]!.line)).toContain('"name": "Andel som stannat kvar under 2022"');
  });

  it('reports a record citing an unknown document, and a source whose date or diarienummer disagrees with its document', () => {
    const text = jsonWith<Register>(DATA_FILES.initiatives, (j) => {
      j.initiatives[0]!.sources[1]!.file = '009_0123456789abcdef.txt';
      j.initiatives[0]!.conflicts[0]!.sources[0]!.file = '009_0123456789abcdef.txt';
      j.initiatives[1]!.sources[0]!.documentDate = '2023-01-01';
    });
    const { errors } = validateData({ ...shipped(), [DATA_FILES.initiatives]: text });
    expect(errors.map((e) => [e.record, e.field, e.message])).toEqual([
      ['post 1 (id "ctc")', 'sources[1].file', 'Dokumentet "009_0123456789abcdef.txt" finns inte i meta.documents.'],
      ['post 1 (id "ctc")', 'conflicts[0].sources[0].file', 'Dokumentet "009_0123456789abcdef.txt" finns inte i meta.documents.'],
      ['post 2 (id "sspf")', 'sources[0].documentDate', expect.stringMatching(/^Datumet 2023-01-01 stämmer inte med dokumentets i meta\.documents \(\d{4}-\d{2}-\d{2}\)\.$/)],
    ]);
    expect(lineOfText(text, errors[2]!.line)).toContain('"documentDate": "2023-01-01"');
  });

  it('the command exits with 0 on an intact copy', () => {
    expect(spawnSync('npx', ['tsx', 'scripts/data-validate.ts', '--katalog', publicCopy()], { cwd: ROOT }).status).toBe(0);
  });
});

