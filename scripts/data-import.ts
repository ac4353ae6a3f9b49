/**
 * npm run data:import -- <fil.csv|fil.xlsx> [--kalla "…"] [--kalla-en "…"] [--datum ÅÅÅÅ-MM-DD] [--torrkorning] [--katalog public]
 *
 * Imports indicator values (per område or per delområde, long format) into
 * public/data/index-values.json, replacing example values and marking them "verklig" with the
 * given source. With --torrkorning nothing is written: it prints what would change. The format
 * and every message are explained in docs/data-guide.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIndexValues } from '../src/features/index/api/index-values.ts';
import { crossCheckValues } from '../src/features/index/model.ts';
import { describeProblem } from '../src/lib/data-error.ts';
import { VALUE_COLUMNS, importTable } from '../src/features/workbench/import-values.ts';
import { describeChanges, mergeValues, serialiseDefinition, serialiseValuesFile, type ValuesFile } from '../src/features/workbench/merge-values.ts';
import { loadDefinition, loadGeo, parseArgs, readJson, reportDataError } from './lib/load-public.ts';
import { InputError, formatInputProblem } from '../src/features/workbench/table.ts';
import { readTable } from '../src/features/workbench/xlsx-table.ts';

const USAGE = 'Användning: npm run data:import -- <fil.csv|fil.xlsx> [--kalla "Källa"] [--kalla-en "Source"] [--datum ÅÅÅÅ-MM-DD] [--torrkorning]';

async function main(): Promise<number> {
  const { positional, options, flags, unknown } = parseArgs(process.argv.slice(2), ['kalla', 'kalla-en', 'datum', 'katalog']);
  const badFlags = [...flags].filter((f) => f !== 'torrkorning');
  if (positional.length !== 1 || unknown.length || badFlags.length) {
    console.error([...unknown, ...badFlags].map((f) => `Okänt eller ofullständigt alternativ: ${f}`).join('\n'));
    console.error(USAGE);
    return 2;
  }
  const input = positional[0]!;
  const dryRun = flags.has('torrkorning');
  const root = resolve(options.katalog ?? join(import.meta.dirname, '..', 'public'));
  const today = new Date().toISOString().slice(0, 10);
  const date = options.datum ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    console.error(`FEL --datum "${date}": datum ska skrivas ÅÅÅÅ-MM-DD.`);
    return 2;
  }
  const kalla = options.kalla?.trim();
  if (!kalla && !dryRun) {
    console.error('FEL --kalla saknas: ange varifrån värdena kommer, t.ex. --kalla "Malmö stad, Statistik för Malmö, förvärvsarbete 2023". Verkliga värden ska alltid ha en källa.');
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch {
    console.error(`FEL ${input}: filen finns inte eller kan inte läsas.`);
    return 2;
  }
  const table = await readTable(input, bytes, { known: VALUE_COLUMNS });
  const geo = loadGeo(root);
  const definition = loadDefinition(root);
  const valuesText = readFileSync(join(root, 'data/index-values.json'), 'utf8');
  const rawValues = readJson(root, 'data/index-values.json') as ValuesFile;
  const rawDefinition = readJson(root, 'data/index-definition.json') as Record<string, unknown>;

  const what = table.format === 'xlsx' ? 'Excel (.xlsx), första kalkylbladet' : `CSV, ${table.encoding ?? 'UTF-8'}, avgränsare "${table.delimiter === '\t' ? 'tab' : table.delimiter}"`;
  console.log(`Läser ${input} (${what}): ${table.rows.length} rader med värden.`);
  const result = importTable(table, { definition, areas: geo.areas, subareas: geo.subareas });
  for (const w of result.warnings) console.log(`VARNING ${formatInputProblem(w)}`);
  if (result.errors.length) {
    for (const e of result.errors) console.error(`FEL ${formatInputProblem(e)}`);
    console.error(`${result.errors.length} fel; inget ändrades.`);
    return 1;
  }
  const fromSub = result.values.filter((v) => v.origin === 'delomraden').length;
  const cityComputed = result.values.filter((v) => v.origin === 'stad-summa').length;
  console.log(`${result.values.length} värden att importera (${fromSub} summerade från delområden, ${cityComputed} stadsvärden räknade som summa/summa).`);

  const source = `${kalla ?? '(källa anges med --kalla)'} (${date})`;
  const merged = mergeValues(rawValues, rawDefinition, result.values, {
    source,
    indicatorSource: kalla ?? '(källa anges med --kalla)',
    indicatorSourceEn: options['kalla-en']?.trim() || undefined,
    updated: today,
    areaSlugs: geo.areas.map((a) => a.properties.slug),
    cityAreaId: definition.cityAreaId,
  });
  for (const line of describeChanges(merged)) console.log(line);

  // The result must pass the app's own checks before anything is written.
  const check = parseIndexValues(JSON.parse(serialiseValuesFile(merged.valuesFile)));
  const cross = crossCheckValues(definition, check.items, geo.areas.map((a) => a.properties.slug));
  const problems = [...check.problems, ...cross.problems];
  if (problems.length) {
    for (const p of problems) console.error(`FEL ${describeProblem(p)}`);
    console.error('Resultatet klarar inte kontrollen; inget ändrades.');
    return 1;
  }
  if (dryRun) {
    console.log('Torrkörning: inget skrevs. Kör utan --torrkorning för att spara.');
    return 0;
  }
  const out = serialiseValuesFile(merged.valuesFile);
  if (out !== valuesText) writeFileSync(join(root, 'data/index-values.json'), out);
  if (merged.definitionChanges.length) writeFileSync(join(root, 'data/index-definition.json'), serialiseDefinition(merged.definition));
  console.log(`Sparade ${join(root, 'data/index-values.json')}${merged.definitionChanges.length ? ' och data/index-definition.json' : ''}. Kör npm run data:validate.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof InputError) for (const p of err.problems) console.error(`FEL ${formatInputProblem(p)}`);
    else if (!reportDataError(err)) throw err;
    console.error('Inget ändrades.');
    process.exit(1);
  },
);
