/**
 * What the workbench checks a file against: the data files the site ships, as texts (the view
 * fetches them), and what the importers need from them, parsed once with the app's parsers.
 */
import { parseAreas, type AreaFeature } from '../areas/api/areas';
import { parseSubareas, type SubareaFeature } from '../areas/api/subareas';
import { parseIndexDefinition } from '../index/api/index-definition';
import { parseInitiatives } from '../initiatives/api/initiatives';
import { parseOrganisations } from '../initiatives/api/organisations';
import type { ImportContext } from './import-values';
import type { ValuesFile } from './merge-values';
import type { RegisterImportContext } from './register-csv';
import { DATA_FILES } from './data-files';

type Rec = Record<string, unknown>;

export interface WorkbenchContext {
  /** Every shipped data file's text by its path (DATA_FILES), for the whole-site check. */
  shipped: Readonly<Record<string, string>>;
  register: RegisterImportContext;
  /** The shipped register's records exactly as in the file, to compare with. */
  shippedRecords: Rec[];
  values: ImportContext;
  shippedValues: ValuesFile;
  shippedDefinition: Rec;
  areaSlugs: string[];
}

const json = (shipped: Readonly<Record<string, string>>, path: string): unknown => JSON.parse(shipped[path]!.replace(/^\uFEFF/, ''));

/** From the shipped texts; throws when one is missing or broken (the site itself would not work). */
export function prepareWorkbench(shipped: Readonly<Record<string, string>>): WorkbenchContext {
  const rawRegister = json(shipped, DATA_FILES.initiatives) as { meta: unknown; initiatives: Rec[] };
  const areas: AreaFeature[] = parseAreas(json(shipped, DATA_FILES.areas)).items;
  const subareas: SubareaFeature[] = parseSubareas(json(shipped, DATA_FILES.subareas)).items;
  const definition = parseIndexDefinition(json(shipped, DATA_FILES.definition));
  const areaSlugs = areas.map((a) => a.properties.slug);
  return {
    shipped,
    register: {
      meta: parseInitiatives(rawRegister).meta,
      rawMeta: rawRegister.meta,
      organisations: parseOrganisations(json(shipped, DATA_FILES.organisations)).items,
      areaSlugs,
      subareaSlugs: subareas.map((s) => s.properties.slug),
    },
    shippedRecords: rawRegister.initiatives,
    values: { definition, areas, subareas },
    shippedValues: json(shipped, DATA_FILES.values) as ValuesFile,
    shippedDefinition: json(shipped, DATA_FILES.definition) as Rec,
    areaSlugs,
  };
}
