/** Shared by the tests of the data scripts: the shipped files and a context built from them. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAreas } from '../../src/features/areas/api/areas.ts';
import { parseSubareas } from '../../src/features/areas/api/subareas.ts';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition.ts';
import type { ImportContext } from '../../src/features/workbench/import-values.ts';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives.ts';
import { parseOrganisations } from '../../src/features/initiatives/api/organisations.ts';
import type { RegisterImportContext } from '../../src/features/workbench/register-csv.ts';
import { DATA_FILES } from '../../src/features/workbench/data-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PUBLIC = join(ROOT, 'public');
export const FIXTURES = join(ROOT, 'tests/fixtures/import');

export const readPublic = (file: string) => readFileSync(join(PUBLIC, file), 'utf8');
export const publicJson = (file: string) => JSON.parse(readPublic(file)) as unknown;

export function shippedContext(): ImportContext {
  return {
    definition: parseIndexDefinition(publicJson('data/index-definition.json')),
    areas: parseAreas(publicJson('geo/omraden.geojson')).items,
    subareas: parseSubareas(publicJson('geo/delomraden.geojson')).items,
  };
}

const copies: string[] = [];

/** A copy of public/data and public/geo in a fresh temporary folder, for scripts that write. */
export function publicCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'omradeskartan-'));
  copies.push(dir);
  cpSync(join(PUBLIC, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(join(PUBLIC, 'geo'), join(dir, 'geo'), { recursive: true });
  return dir;
}

/** Removes the folders made by publicCopy; call from afterAll. */
export function removeCopies() {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The shipped register as its file has it, parsed, and the context its import checks against. */
export function shippedRegister() {
  const raw = publicJson('data/insatser.json') as { meta: unknown; initiatives: Record<string, unknown>[] };
  const register = parseInitiatives(raw);
  const geo = shippedContext();
  const ctx: RegisterImportContext = {
    meta: register.meta,
    rawMeta: raw.meta,
    organisations: parseOrganisations(publicJson('data/organisationer.json')).items,
    areaSlugs: geo.areas.map((a) => a.properties.slug),
    subareaSlugs: geo.subareas.map((s) => s.properties.slug),
  };
  return { raw, register, ctx };
}

/** Every data file the site ships, as text by its path: what the workbench fetches and compares with. */
export function shippedTexts(): Record<string, string> {
  return Object.fromEntries(Object.values(DATA_FILES).map((p) => [p, readPublic(p)]));
}
