/**
 * The core of `npm run data:validate`: checks the texts of every file in public/data and
 * public/geo with the app's own parsers and cross-checks, adds the checks only a whole set of
 * files allows (references between files, suspicious values), and gives every problem the line
 * in the file where the record (or field) starts. Pure: file texts in, findings out.
 */
import { parseAreas } from '../areas/api/areas';
import { parseBasemap } from '../areas/api/basemap';
import { parseSubareas } from '../areas/api/subareas';
import { crossCheckSubareas } from '../areas/model';
import { parseIndexDefinition } from '../index/api/index-definition';
import { parseIndexValues } from '../index/api/index-values';
import { crossCheckValues } from '../index/model';
import { parseInitiatives } from '../initiatives/api/initiatives';
import { parseOrganisations } from '../initiatives/api/organisations';
import { crossCheckRegister } from '../initiatives/model';
import { DataError, describeProblem, type DataProblem } from '../../lib/data-error';
import { parseJsonText } from '../../lib/json/parse-json-text';
import { createLocator, parseFieldPath, type Locator } from '../../lib/json/locate';
import { checkAreaSubareaLists, checkDefinitionTexts, checkNamedParties, checkRegisterEnglish, checkRegisterExtras, checkValues, listInterpretations } from './data-checks';
import { DATA_FILES } from './data-files';


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


/** "data/index-values.json, rad 14, post 12 (valdeltagande, nydala, 2022), fält value: …" */
export function formatFinding(f: Finding): string {
  const record = [f.line !== undefined ? `rad ${f.line}` : undefined, f.record].filter(Boolean).join(', ');
  return describeProblem({ ...f, record: record || undefined });
}


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
  if (initiatives) add(warnings, checkNamedParties(initiatives.items));
  if (initiatives) add(interpretations, listInterpretations(initiatives.items));
  return { errors, warnings, interpretations };
}
