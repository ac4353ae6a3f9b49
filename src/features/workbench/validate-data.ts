/**
 * The core of `npm run data:validate`: checks the texts of every file in public/data and
 * public/geo with the app's own parsers and cross-checks, adds the checks only a whole set of
 * files allows (references between files, suspicious values), and gives every problem the line
 * in the file where the record (or field) starts. Pure: file texts in, findings out.
 */
import { parseAreas, type AreaFeature } from '../areas/api/areas';
import { parseBasemap } from '../areas/api/basemap';
import { parseSubareas, type SubareaFeature } from '../areas/api/subareas';
import { crossCheckSubareas } from '../areas/model';
import { parseIndexDefinition, type IndexDefinition } from '../index/api/index-definition';
import { parseIndexValues, type IndexValue } from '../index/api/index-values';
import { crossCheckValues } from '../index/model';
import { parseInitiatives, type Initiative, type RegisterMeta, type SourceRef } from '../initiatives/api/initiatives';
import { parseOrganisations, type Organisation } from '../initiatives/api/organisations';
import { crossCheckRegister } from '../initiatives/model';
import { DataError, describeProblem, type DataProblem } from '../../lib/data-error';
import { parseJsonText } from '../../lib/json/parse-json-text';
import { positionInFile } from '../../lib/parse-collection';
import { createLocator, parseFieldPath, type Locator } from '../../lib/json/locate';

export const DATA_FILES = {
  areas: 'geo/omraden.geojson',
  subareas: 'geo/delomraden.geojson',
  basemap: 'geo/bakgrund.geojson',
  definition: 'data/index-definition.json',
  values: 'data/index-values.json',
  initiatives: 'data/insatser.json',
  organisations: 'data/organisationer.json',
} as const;

/** The list inside each file whose records the problems number ("post 3" is element 2 of it). */
const LIST_KEY: Record<string, string> = {
  [DATA_FILES.areas]: 'features',
  [DATA_FILES.subareas]: 'features',
  [DATA_FILES.basemap]: 'features',
  [DATA_FILES.values]: 'values',
  [DATA_FILES.initiatives]: 'initiatives',
  [DATA_FILES.organisations]: 'organisations',
};

/** A problem with, where it can be found, the 1-based line in the file where it is. */
export interface Finding extends DataProblem {
  line?: number;
}

export interface ValidationResult {
  errors: Finding[];
  warnings: Finding[];
  /** Every field a register record marks as its own reading (`interpretations`), for an editor to review. */
  interpretations: Finding[];
}

/** Largest change of a share (percentage points) from one year to the next before it is questioned. */
export const MAX_YEARLY_JUMP = 20;

/** "data/index-values.json, rad 14, post 12 (valdeltagande, nydala, 2022), fält value: …" */
export function formatFinding(f: Finding): string {
  const record = [f.line !== undefined ? `rad ${f.line}` : undefined, f.record].filter(Boolean).join(', ');
  return describeProblem({ ...f, record: record || undefined });
}

const fmt = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

export function validateData(files: Readonly<Record<string, string>>): ValidationResult {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const interpretations: Finding[] = [];
  const locators = new Map<string, Locator>();
  const raws = new Map<string, unknown>();

  /** The line of a problem: from its record ("post N", "delområde CODE") and field, else its field from the top. */
  const lineOf = (p: DataProblem): number | undefined => {
    const locator = locators.get(p.file);
    if (!locator) return undefined;
    const field = p.field && !p.field.startsWith('(') ? parseFieldPath(p.field) : [];
    const listKey = LIST_KEY[p.file];
    let index: number | undefined;
    const post = p.record ? /^post (\d+)/.exec(p.record) : null;
    if (post) index = Number(post[1]) - 1;
    const sub = p.record ? /^delområde (\d{5})/.exec(p.record) : null;
    if (sub && listKey) {
      const raw = raws.get(p.file) as { features?: { properties?: { code?: unknown } }[] } | undefined;
      const i = raw?.features?.findIndex((f) => f?.properties?.code === sub[1]) ?? -1;
      if (i >= 0) index = i;
    }
    if (index !== undefined && listKey) return locator.line([listKey, index, ...field]);
    if (p.record) return undefined;
    return locator.line(field);
  };
  const add = (list: Finding[], problems: DataProblem[]) => {
    for (const p of problems) {
      const line = lineOf(p);
      list.push(line === undefined ? p : { ...p, line });
    }
  };

  /** Text → JSON → the app's parser; a broken file is reported and yields nothing. */
  function load<T>(file: string, parse: (json: unknown) => T): T | undefined {
    const text = files[file];
    if (text === undefined) {
      errors.push({ file, message: 'Filen saknas.' });
      return undefined;
    }
    try {
      const json = parseJsonText(file, text.replace(/^\uFEFF/, ''));
      raws.set(file, json);
      locators.set(file, createLocator(text));
      return parse(json);
    } catch (err) {
      if (err instanceof DataError) {
        add(errors, err.problems);
        return undefined;
      }
      throw err;
    }
  }

  for (const name of Object.keys(files).sort()) {
    if (!(Object.values(DATA_FILES) as string[]).includes(name)) warnings.push({ file: name, message: 'Okänd fil: den kontrolleras inte (och används inte av appen).' });
  }

  const areas = load(DATA_FILES.areas, parseAreas);
  const subareas = load(DATA_FILES.subareas, parseSubareas);
  const basemap = load(DATA_FILES.basemap, parseBasemap);
  const definition = load(DATA_FILES.definition, parseIndexDefinition);
  const values = load(DATA_FILES.values, parseIndexValues);
  const organisations = load(DATA_FILES.organisations, parseOrganisations);
  const initiatives = load(DATA_FILES.initiatives, parseInitiatives);
  for (const parsed of [areas, subareas, basemap, values, organisations, initiatives]) if (parsed) add(errors, parsed.problems);

  if (areas && subareas) {
    add(errors, crossCheckSubareas(areas.items, subareas.items));
    add(errors, checkAreaSubareaLists(areas.items, subareas.items));
  }
  const areaSlugs = areas?.items.map((a) => a.properties.slug);
  if (definition && values && areaSlugs) {
    const { valid, problems } = crossCheckValues(definition, values.items, areaSlugs);
    add(errors, problems);
    const checks = checkValues(definition, valid, areaSlugs);
    add(warnings, checks.warnings);
  }
  if (definition) add(warnings, checkDefinitionTexts(definition));
  if (initiatives) add(warnings, checkRegisterEnglish(initiatives.meta));
  if (initiatives && organisations && areaSlugs && subareas) {
    const subareaSlugs = subareas.items.map((s) => s.properties.slug);
    add(errors, crossCheckRegister(initiatives.items, initiatives.meta, organisations.items, areaSlugs, subareaSlugs));
    add(errors, checkRegisterExtras(initiatives.items, initiatives.meta, organisations.items, areaSlugs, subareaSlugs));
  }
  if (initiatives) add(interpretations, listInterpretations(initiatives.items));
  return { errors, warnings, interpretations };
}

/** One line per interpreted field: the record, the field, and the reason it gives. */
function listInterpretations(items: Initiative[]): DataProblem[] {
  return items.flatMap((item, i) =>
    Object.entries(item.interpretations ?? {}).map(([field, reason]) => ({
      file: DATA_FILES.initiatives,
      record: `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`,
      field: `interpretations.${field}`,
      message: reason,
    })),
  );
}

/** Each area lists its delområden: every one listed must exist and point back to the area, and none be left out. */
function checkAreaSubareaLists(areas: AreaFeature[], subareas: SubareaFeature[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const bySlug = new Map(subareas.map((s) => [s.properties.slug, s]));
  areas.forEach((a, i) => {
    const record = `post ${(positionInFile(a) ?? i) + 1} (slug "${a.properties.slug}")`;
    a.properties.subareas.forEach((slug, j) => {
      const s = bySlug.get(slug);
      if (!s) problems.push({ file: DATA_FILES.areas, record, field: `properties.subareas[${j}]`, message: `Delområdet "${slug}" finns inte i geo/delomraden.geojson.` });
      else if (s.properties.areaSlug !== a.properties.slug)
        problems.push({ file: DATA_FILES.areas, record, field: `properties.subareas[${j}]`, message: `Delområdet "${slug}" hör enligt geo/delomraden.geojson till "${s.properties.areaSlug}".` });
    });
    const listed = new Set(a.properties.subareas);
    for (const s of subareas) {
      if (s.properties.areaSlug === a.properties.slug && !listed.has(s.properties.slug))
        problems.push({ file: DATA_FILES.areas, record, field: 'properties.subareas', message: `Delområdet "${s.properties.slug}" (${s.properties.code}) hör till området men saknas i listan.` });
    }
  });
  return problems;
}

const valueRecord = (v: IndexValue, i: number) => `post ${(positionInFile(v) ?? i) + 1} (${v.indicator}, ${v.area}, ${v.year})`;

/** Suspicious but possible values: big jumps, a city value outside its areas, gaps, status that disagrees. */
export function checkValues(def: IndexDefinition, values: IndexValue[], areaSlugs: string[]): { warnings: DataProblem[] } {
  const warnings: DataProblem[] = [];
  const file = DATA_FILES.values;
  const indicators = def.dimensions.flatMap((d) => d.indicators);
  const index = new Map(values.map((v, i) => [`${v.indicator}|${v.area}|${v.year}`, { v, i }]));
  for (const ind of indicators) {
    const own = values.filter((v) => v.indicator === ind.id);
    if (own.length === 0) {
      warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, message: 'Indikatorn har inga värden i data/index-values.json.' });
      continue;
    }
    const years = [...new Set(own.map((v) => v.year))].sort((a, b) => a - b);
    for (const year of years) {
      const inYear = own.filter((v) => v.year === year);
      const missing = [...areaSlugs, def.cityAreaId].filter((a) => !index.has(`${ind.id}|${a}|${year}`));
      if (missing.length)
        warnings.push({ file, record: `${ind.id} ${year}`, message: `Värde saknas för ${missing.length} område(n): ${missing.join(', ')}.` });
      const city = index.get(`${ind.id}|${def.cityAreaId}|${year}`);
      const areaValues = inYear.filter((v) => v.area !== def.cityAreaId).map((v) => v.value);
      if (city && areaValues.length > 1) {
        const min = Math.min(...areaValues);
        const max = Math.max(...areaValues);
        if (city.v.value < min || city.v.value > max)
          warnings.push({
            file,
            record: valueRecord(city.v, city.i),
            field: 'value',
            message: `Stadens värde ${fmt(city.v.value)} ligger utanför områdenas värden (${fmt(min)}–${fmt(max)}). Kontrollera att det är samma mått.`,
          });
      }
      if (inYear.every((v) => v.status === 'verklig') && missing.length === 0 && ind.status === 'exempel')
        warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, field: 'status', message: `Alla värden ${year} är verkliga men indikatorn har status "exempel".` });
      if (ind.unit === 'andel' && years.includes(year - 1)) {
        for (const v of inYear) {
          const before = index.get(`${ind.id}|${v.area}|${year - 1}`);
          if (before && Math.abs(v.value - before.v.value) > MAX_YEARLY_JUMP)
            warnings.push({
              file,
              record: valueRecord(v, index.get(`${ind.id}|${v.area}|${year}`)!.i),
              field: 'value',
              message: `Andelen ändras ${fmt(Math.abs(v.value - before.v.value))} procentenheter på ett år (${fmt(before.v.value)} år ${year - 1} → ${fmt(v.value)} år ${year}); mer än ${MAX_YEARLY_JUMP} är misstänkt.`,
            });
        }
      }
    }
    if (ind.status === 'verklig' && !own.some((v) => v.status === 'verklig'))
      warnings.push({ file: DATA_FILES.definition, record: `indikator "${ind.id}"`, field: 'status', message: 'Indikatorn har status "verklig" men alla dess värden är exempel.' });
    own.forEach((v) => {
      if (v.status === 'verklig' && !v.source) warnings.push({ file, record: valueRecord(v, values.indexOf(v)), field: 'source', message: 'Ett verkligt värde bör ange sin källa.' });
    });
  }
  return { warnings };
}

/** References crossCheckRegister leaves out: places, the organisation of a source, and conflicts' sources (and focus sources' organisation and date). */
function checkRegisterExtras(items: Initiative[], meta: RegisterMeta, organisations: Organisation[], areaSlugs: string[], subareaSlugs: string[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const orgs = new Set(organisations.map((o) => o.id));
  const areas = new Set(areaSlugs);
  const subareas = new Set(subareaSlugs);
  const files = new Set(meta.documents.map((d) => d.file));
  const documents = new Map(meta.documents.map((d) => [d.file, d]));
  items.forEach((item, i) => {
    const record = `post ${(positionInFile(item) ?? i) + 1} (id "${item.id}")`;
    const add = (field: string, message: string) => problems.push({ file: DATA_FILES.initiatives, record, field, message });
    item.geography.places.forEach((p, j) => {
      if (p.area && !areas.has(p.area)) add(`geography.places[${j}].area`, `Området "${p.area}" finns inte i geo/omraden.geojson.`);
      if (p.subarea && !subareas.has(p.subarea)) add(`geography.places[${j}].subarea`, `Delområdet "${p.subarea}" finns inte i geo/delomraden.geojson.`);
    });
    /** The app shows a source's date and diarienummer from its document: a copy that disagrees is a mistake in one of them. */
    const sameAsDocument = (s: SourceRef, at: string) => {
      const doc = documents.get(s.file);
      if (!doc) return;
      if (s.documentDate !== doc.documentDate) add(`${at}.documentDate`, `Datumet ${s.documentDate} stämmer inte med dokumentets i meta.documents (${doc.documentDate}).`);
      if ((s.diarienummer || null) !== (doc.diarienummer || null))
        add(`${at}.diarienummer`, `Diarienumret ${s.diarienummer ?? 'null'} stämmer inte med dokumentets i meta.documents (${doc.diarienummer ?? 'null'}).`);
    };
    item.sources.forEach((s, j) => {
      if (s.organisation && !orgs.has(s.organisation)) add(`sources[${j}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
      sameAsDocument(s, `sources[${j}]`);
    });
    item.focus?.sources.forEach((s, j) => {
      if (s.organisation && !orgs.has(s.organisation)) add(`focus.sources[${j}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
      sameAsDocument(s, `focus.sources[${j}]`);
    });
    item.conflicts.forEach((c, j) =>
      c.sources.forEach((s, k) => {
        if (!files.has(s.file)) add(`conflicts[${j}].sources[${k}].file`, `Dokumentet "${s.file}" finns inte i meta.documents.`);
        if (s.organisation && !orgs.has(s.organisation)) add(`conflicts[${j}].sources[${k}].organisation`, `Organisationen "${s.organisation}" finns inte i data/organisationer.json.`);
        sameAsDocument(s, `conflicts[${j}].sources[${k}]`);
      }),
    );
  });
  return problems;
}

const missingEnglish = (sv: string) => `Engelsk text saknas; appen visar den svenska ("${sv}") även på engelska.`;

/**
 * The definition's display texts: an English form missing beside a Swedish one (a warning: the app
 * falls back to the Swedish), and a year in a name (the app adds the year shown, so it would be doubled).
 */
export function checkDefinitionTexts(def: IndexDefinition): DataProblem[] {
  const file = DATA_FILES.definition;
  const warnings: DataProblem[] = [];
  const english = (field: string, sv: string, en: string | undefined) => {
    if (!en) warnings.push({ file, field, message: missingEnglish(sv) });
  };
  const noYear = (field: string, name: string) => {
    const year = /\b(19|20)\d{2}\b/.exec(name);
    if (year) warnings.push({ file, field, message: `Namnet innehåller årtalet ${year[0]}; appen lägger till året som visas, så rubriken kan bli "${name} ${year[0]}". Skriv namnet utan år.` });
  };
  english('compositeLabel_en', def.compositeLabel, def.compositeLabel_en);
  def.dimensions.forEach((d, di) => {
    english(`dimensions[${di}].name_en`, d.name, d.name_en);
    d.indicators.forEach((ind, ii) => {
      const at = `dimensions[${di}].indicators[${ii}]`;
      noYear(`${at}.name`, ind.name);
      if (ind.name_en) noYear(`${at}.name_en`, ind.name_en);
      english(`${at}.name_en`, ind.name, ind.name_en);
      english(`${at}.directionReason_en`, ind.directionReason, ind.directionReason_en);
      english(`${at}.source_en`, ind.source, ind.source_en);
    });
  });
  return warnings;
}

/** The register's controlled lists without an English label (a warning: the app shows the Swedish). */
export function checkRegisterEnglish(meta: RegisterMeta): DataProblem[] {
  const lists = ['kinds', 'statuses', 'themes', 'targetGroups', 'dimensions'] as const;
  return lists.flatMap((list) =>
    meta[list].flatMap((x, i) => (x.label_en ? [] : [{ file: DATA_FILES.initiatives, field: `meta.${list}[${i}].label_en`, message: missingEnglish(x.label) }])),
  );
}
