/** Reads and parses the files the import scripts need from a public/ folder (or a copy of it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAreas } from '../../src/features/areas/api/areas.ts';
import { parseSubareas } from '../../src/features/areas/api/subareas.ts';
import { parseIndexDefinition } from '../../src/features/index/api/index-definition.ts';
import { parseInitiatives } from '../../src/features/initiatives/api/initiatives.ts';
import { parseOrganisations } from '../../src/features/initiatives/api/organisations.ts';
import { DataError, describeProblem } from '../../src/lib/data-error.ts';
import { parseJsonText } from '../../src/lib/json/parse-json-text.ts';

export function readJson(root: string, file: string): unknown {
  return parseJsonText(file, readFileSync(join(root, file), 'utf8'));
}

/** Parses with the app's parser; a file with problems stops the script, since it would be overwritten or relied on. */
export function loadStrict<T extends { problems?: { file: string; message: string }[] }>(root: string, file: string, parse: (json: unknown) => T): T {
  const parsed = parse(readJson(root, file));
  if (parsed.problems?.length) throw new DataError('schema', parsed.problems);
  return parsed;
}

export const loadGeo = (root: string) => ({
  areas: loadStrict(root, 'geo/omraden.geojson', parseAreas).items,
  subareas: loadStrict(root, 'geo/delomraden.geojson', parseSubareas).items,
});
export const loadDefinition = (root: string) => parseIndexDefinition(readJson(root, 'data/index-definition.json'));
export const loadOrganisations = (root: string) => loadStrict(root, 'data/organisationer.json', parseOrganisations).items;
export const loadInitiatives = (root: string) => parseInitiatives(readJson(root, 'data/insatser.json'));

/** Prints a DataError's problems in Swedish and returns true, or returns false for any other error. */
export function reportDataError(err: unknown): boolean {
  if (!(err instanceof DataError)) return false;
  for (const p of err.problems) console.error(`FEL ${describeProblem(p)}`);
  return true;
}

/** "--kalla x --datum y --torrkorning file" → { positional: [file], options: {kalla: x, datum: y}, flags: {torrkorning} } */
export function parseArgs(argv: string[], withValue: string[]): { positional: string[]; options: Record<string, string>; flags: Set<string>; unknown: string[] } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (withValue.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) unknown.push(a);
        else options[name] = v;
      } else flags.add(name);
    } else positional.push(a);
  }
  return { positional, options, flags, unknown };
}
