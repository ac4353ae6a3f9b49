/**
 * npm run data:register-import -- <in.csv> [--torrkorning] [--katalog public]
 *
 * Reads a register spreadsheet in the export's format (npm run data:register-export), checks every
 * row with the app's schema and its references (organisations, areas, delområden, lists, documents)
 * and writes public/data/insatser.json, keeping its meta. With --torrkorning nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordChanges } from '../src/features/workbench/changes.ts';
import { importRegister, serialiseRegister } from '../src/features/workbench/register-csv.ts';
import { loadGeo, loadInitiatives, loadOrganisations, parseArgs, readJson, reportDataError } from './lib/load-public.ts';
import { InputError, decodeText, formatInputProblem } from '../src/features/workbench/table.ts';

const { positional, options, flags, unknown } = parseArgs(process.argv.slice(2), ['katalog']);
if (positional.length !== 1 || unknown.length || [...flags].some((f) => f !== 'torrkorning')) {
  console.error('Användning: npm run data:register-import -- <in.csv> [--torrkorning]');
  process.exit(2);
}
const input = positional[0]!;
const root = resolve(options.katalog ?? join(import.meta.dirname, '..', 'public'));
const target = join(root, 'data/insatser.json');
try {
  const { text } = decodeText(readFileSync(input));
  const current = loadInitiatives(root);
  const geo = loadGeo(root);
  const raw = readJson(root, 'data/insatser.json') as { meta: unknown; initiatives: { id?: unknown }[] };
  const result = importRegister(input, text, {
    meta: current.meta,
    rawMeta: raw.meta,
    organisations: loadOrganisations(root),
    areaSlugs: geo.areas.map((a) => a.properties.slug),
    subareaSlugs: geo.subareas.map((s) => s.properties.slug),
  });
  if (!result.json) {
    for (const e of result.errors) console.error(`FEL ${formatInputProblem(e)}`);
    console.error(`${result.errors.length} fel; inget ändrades.`);
    process.exit(1);
  }
  const after = result.json.initiatives;
  const changes = recordChanges(raw.initiatives as Record<string, unknown>[], after);
  const { added, removed } = changes;
  const changed = changes.changed.map((c) => `${c.id} (${c.fields.join(', ')})`);
  const list = (xs: string[]) => (xs.length ? `: ${xs.slice(0, 10).join(', ')}${xs.length > 10 ? ` … (+${xs.length - 10})` : ''}` : '');
  console.log(`${after.length} insatser i filen. Nya ${added.length}${list(added)}. Ändrade ${changed.length}${list(changed)}. Borttagna ${removed.length}${list(removed)}.`);
  const out = serialiseRegister(result.json);
  if (flags.has('torrkorning')) console.log('Torrkörning: inget skrevs.');
  else if (out === readFileSync(target, 'utf8')) console.log('Inga ändringar; filen skrevs inte om.');
  else {
    writeFileSync(target, out);
    console.log(`Sparade ${target}. Kör npm run data:validate.`);
  }
} catch (err) {
  if (err instanceof InputError) {
    for (const p of err.problems) console.error(`FEL ${formatInputProblem(p)}`);
    process.exit(1);
  }
  if (!reportDataError(err)) throw err;
  process.exit(1);
}
