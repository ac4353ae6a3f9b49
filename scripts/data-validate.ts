/**
 * npm run data:validate [-- --katalog <mapp>]
 *
 * Checks every file in public/data and public/geo (or <mapp>/data and <mapp>/geo): schemas,
 * references between the files, and suspicious values. Prints each problem in Swedish with file,
 * line, record and field. Exit code 1 when there are errors; warnings alone give 0.
 * See docs/data-guide.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatFinding, validateData } from '../src/features/workbench/validate-data.ts';

const args = process.argv.slice(2);
const k = args.indexOf('--katalog');
const root = resolve(k >= 0 && args[k + 1] ? args[k + 1]! : join(import.meta.dirname, '..', 'public'));

const files: Record<string, string> = {};
for (const dir of ['data', 'geo']) {
  const path = join(root, dir);
  if (!existsSync(path)) continue;
  for (const name of readdirSync(path).sort()) {
    if (!/\.(geo)?json$/.test(name)) continue;
    // Decoded leniently: bytes that are not UTF-8 become U+FFFD, which the check reports by line.
    files[`${dir}/${name}`] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(path, name)));
  }
}

const { errors, warnings, interpretations } = validateData(files);
console.log(`Kontrollerar ${Object.keys(files).length} filer i ${root}`);
for (const w of warnings) console.log(`VARNING ${formatFinding(w)}`);
for (const e of errors) console.error(`FEL ${formatFinding(e)}`);
// Not problems: the register's own readings, listed so an editor can review them (docs/register.md).
for (const i of interpretations) console.log(`TOLKNING ${formatFinding(i)}`);
console.log(`${errors.length} fel, ${warnings.length} varningar, ${interpretations.length} tolkningar.`);
process.exit(errors.length ? 1 : 0);
