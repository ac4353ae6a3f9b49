/**
 * npm run data:register-export -- <ut.csv> [--katalog public]
 *
 * Writes the register (public/data/insatser.json) as a spreadsheet: one row per insats, ";" between
 * fields, UTF-8 with a byte order mark so Excel shows å, ä, ö. How each field is written in its
 * cell: docs/data-guide.md and src/features/workbench/register-csv.ts.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportRegister } from '../src/features/workbench/register-csv.ts';
import { loadInitiatives, parseArgs, reportDataError } from './lib/load-public.ts';
import { describeProblem } from '../src/lib/data-error.ts';

const { positional, options, flags, unknown } = parseArgs(process.argv.slice(2), ['katalog']);
if (positional.length !== 1 || flags.size || unknown.length) {
  console.error('Användning: npm run data:register-export -- <ut.csv>');
  process.exit(2);
}
const root = resolve(options.katalog ?? join(import.meta.dirname, '..', 'public'));
try {
  const register = loadInitiatives(root);
  if (register.problems.length) {
    // An export of a register with broken records would silently drop them.
    for (const p of register.problems) console.error(`FEL ${describeProblem(p)}`);
    console.error('Registret har fel; rätta dem (npm run data:validate) innan du exporterar. Inget skrevs.');
    process.exit(1);
  }
  writeFileSync(positional[0]!, exportRegister(register.items));
  console.log(`Skrev ${register.items.length} insatser till ${positional[0]}.`);
} catch (err) {
  if (!reportDataError(err)) throw err;
  process.exit(1);
}
