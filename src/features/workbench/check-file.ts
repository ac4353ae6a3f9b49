/**
 * The workbench's check of one dropped file: a register spreadsheet (as data:register-export
 * writes it), indicator values (the templates in docs/templates/, CSV or .xlsx), or one of the
 * site's JSON data files. It says what was read, every problem by row and column (errors leave
 * the file unusable; warnings are kept), what changes against the shipped files, and gives the
 * files to publish, checked with the same whole-site check as `npm run data:validate`.
 */
import { recordChanges, type RecordChanges } from './changes';
import type { WorkbenchContext } from './context';
import { VALUE_COLUMNS, importTable } from './import-values';
import { mergeValues, serialiseDefinition, serialiseValuesFile } from './merge-values';
import { REGISTER_KNOWN, importRegisterTable, serialiseRegister } from './register-csv';
import { InputError, aboveHeaderWarning, type InputProblem, type Table } from './table';
import { DATA_FILES } from './data-files';
import { validateData, type Finding } from './validate-data';
import { readTable } from './xlsx-table';

type Rec = Record<string, unknown>;

export interface ReadSummary {
  format: 'csv' | 'xlsx' | 'json';
  /** CSV: what the bytes were read as and the separator found. */
  encoding?: string;
  delimiter?: string;
  /** Tables: the header's row. */
  headerLine?: number;
  /** Rows (tables) or records (JSON) read. */
  records: number;
  /** Values: per område or per delområde; the indicators and years in the file. */
  level?: 'omrade' | 'delomrade';
  indicators: string[];
  years: number[];
}

export interface FileCheck {
  file: string;
  /** What the file was taken for; null when it could not be told. */
  kind: 'register' | 'values' | 'data' | null;
  /** The site's file(s) the result replaces, e.g. ["data/insatser.json"]. */
  targets: string[];
  read: ReadSummary | null;
  errors: InputProblem[];
  warnings: InputProblem[];
  /** Against the shipped file: register records by id, values by indicator, area and year. */
  changes: RecordChanges | null;
  /** Files to publish by path; empty while there are errors (or, for values, no source is given). */
  outputs: Record<string, string>;
}

export interface CheckOptions {
  /** Values only: where the values come from (required to publish them, as --kalla). */
  source: string;
  /** Values only, optional: the source in English (as --kalla-en). */
  sourceEn?: string;
  /** ÅÅÅÅ-MM-DD, for the values' source and the files' `updated`. */
  today: string;
}

// A value's id in the changes and the report: "hogskolebehorighet, nydala, 2023".
const valueKey = (r: Rec) => `${String(r.indicator)}, ${String(r.area)}, ${String(r.year)}`;
const sorted = <T>(xs: Iterable<T>) => [...new Set(xs)].sort();
const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1).toLowerCase();

/** A finding of the whole-site check as the workbench lists it: its record and field where the column would be. */
const asProblem = (f: Finding): InputProblem => {
  const where = [f.record, f.field ? `fält ${f.field}` : undefined].filter(Boolean).join(', ');
  return { file: f.file, ...(f.line !== undefined ? { line: f.line } : {}), ...(where ? { column: where } : {}), message: f.message };
};

/** The whole-site check with some shipped files replaced: what data:validate would say once they are published. */
function siteCheck(ctx: WorkbenchContext, replaced: Record<string, string>) {
  const { errors, warnings } = validateData({ ...ctx.shipped, ...replaced });
  return { errors: errors.map(asProblem), warnings: warnings.map(asProblem) };
}

/** Problems in the order of the file (those without a row first): how an editor goes through them. */
const byLine = (ps: InputProblem[]) => [...ps].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

const fail = (file: string, message: string, read: ReadSummary | null = null): FileCheck => ({ file, kind: null, targets: [], read, errors: [{ file, message }], warnings: [], changes: null, outputs: {} });

export async function checkFile(file: string, bytes: Uint8Array, ctx: WorkbenchContext, options: CheckOptions): Promise<FileCheck> {
  // An empty file is told by the readers, in the CLI's and data:validate's words.
  if (/\.(geo)?json$/i.test(file)) return checkJson(file, bytes, ctx);
  let table: Table;
  try {
    table = await readTable(file, bytes, { trim: false, known: [...REGISTER_KNOWN, ...VALUE_COLUMNS] });
  } catch (err) {
    if (err instanceof InputError) return { ...fail(file, ''), errors: err.problems };
    throw err;
  }
  const read: ReadSummary = { format: table.format, headerLine: table.headerLine, records: table.rows.length, indicators: [], years: [] };
  if (table.encoding) read.encoding = table.encoding;
  if (table.delimiter) read.delimiter = table.delimiter;
  if (table.columns.includes('indikator')) return checkValuesTable(table, read, ctx, options);
  if (table.columns.includes('id')) return checkRegisterTable(table, read, ctx);
  return fail(
    file,
    `Rubrikraden (rad ${table.headerLine}) har varken registrets kolumner (id, name, …, som i en export) eller indikatorvärdenas (omrade eller delomrade, indikator, ar, taljare och namnare eller varde). Är det rätt fil?`,
    read,
  );
}

function checkRegisterTable(table: Table, read: ReadSummary, ctx: WorkbenchContext): FileCheck {
  const base = { file: table.file, kind: 'register' as const, targets: [DATA_FILES.initiatives], read };
  const above = aboveHeaderWarning(table);
  const warnings = above ? [above] : [];
  const result = importRegisterTable(table, ctx.register);
  if (!result.json) return { ...base, errors: byLine(result.errors), warnings, changes: null, outputs: {} };
  const text = serialiseRegister(result.json);
  const site = siteCheck(ctx, { [DATA_FILES.initiatives]: text });
  const changes = recordChanges(ctx.shippedRecords, result.json.initiatives);
  return { ...base, errors: site.errors, warnings: [...warnings, ...site.warnings], changes, outputs: site.errors.length ? {} : { [DATA_FILES.initiatives]: text } };
}

function checkValuesTable(raw: Table, read: ReadSummary, ctx: WorkbenchContext, options: CheckOptions): FileCheck {
  // Values are read trimmed, as the CLI reads them (the register keeps its texts' spaces).
  const table: Table = { ...raw, rows: raw.rows.map((r) => ({ line: r.line, cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v.trim()])) })) };
  const targets = [DATA_FILES.values];
  const result = importTable(table, ctx.values);
  read.level = table.columns.includes('delomrade') && table.rows.some((r) => r.cells.delomrade) ? 'delomrade' : 'omrade';
  read.indicators = sorted(table.rows.map((r) => r.cells.indikator ?? '').filter(Boolean));
  read.years = sorted(table.rows.map((r) => Number(r.cells.ar)).filter((y) => Number.isInteger(y)));
  const base = { file: table.file, kind: 'values' as const, read };
  if (result.errors.length) return { ...base, targets, errors: byLine(result.errors), warnings: byLine(result.warnings), changes: null, outputs: {} };
  const source = options.source.trim();
  const merged = mergeValues(ctx.shippedValues, ctx.shippedDefinition, result.values, {
    source: `${source || '(källa saknas)'} (${options.today})`,
    indicatorSource: source || '(källa saknas)',
    ...(options.sourceEn?.trim() ? { indicatorSourceEn: options.sourceEn.trim() } : {}),
    updated: options.today,
    areaSlugs: ctx.areaSlugs,
    cityAreaId: ctx.values.definition.cityAreaId,
  });
  const files: Record<string, string> = { [DATA_FILES.values]: serialiseValuesFile(merged.valuesFile) };
  if (merged.definitionChanges.length) files[DATA_FILES.definition] = serialiseDefinition(merged.definition);
  const site = siteCheck(ctx, files);
  const changes = recordChanges(ctx.shippedValues.values, merged.valuesFile.values, valueKey);
  const warnings = [...result.warnings, ...site.warnings];
  if (!source) warnings.push({ file: table.file, message: 'Ange varifrån värdena kommer (fältet "Källa") innan du laddar ner filen: verkliga värden ska alltid ha en källa.' });
  const usable = site.errors.length === 0 && source !== '';
  return { ...base, targets: Object.keys(files), errors: site.errors, warnings, changes, outputs: usable ? files : {} };
}

/** Which site file a JSON file is: by its name, else by what it holds. */
function targetOf(file: string, json: unknown): string | null {
  const byName = Object.values(DATA_FILES).find((p) => basename(p) === basename(file));
  if (byName) return byName;
  const o = (json && typeof json === 'object' ? json : {}) as Rec;
  if ('initiatives' in o) return DATA_FILES.initiatives;
  if ('values' in o) return DATA_FILES.values;
  if ('dimensions' in o) return DATA_FILES.definition;
  if ('organisations' in o) return DATA_FILES.organisations;
  return null;
}

function checkJson(file: string, bytes: Uint8Array, ctx: WorkbenchContext): FileCheck {
  // Decoded leniently, as data:validate does: bytes that are not UTF-8 are reported by line.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let json: unknown = null;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The whole-site check says where the JSON breaks, once it knows which file it is.
  }
  const target = targetOf(file, json);
  if (!target)
    return fail(file, `Okänd datafil. Filen ska heta som en av sajtens filer (${Object.values(DATA_FILES).map(basename).join(', ')}) eller vara ett register, indikatorvärden eller en indexdefinition.`);
  const list = target === DATA_FILES.initiatives ? 'initiatives' : target === DATA_FILES.values ? 'values' : target === DATA_FILES.organisations ? 'organisations' : 'features';
  const records = ((json as Rec | null)?.[list] as Rec[] | undefined) ?? [];
  const read: ReadSummary = { format: 'json', records: Array.isArray(records) ? records.length : 0, indicators: [], years: [] };
  const rows = Array.isArray(records) ? records.filter((r): r is Rec => Boolean(r) && typeof r === 'object') : [];
  if (target === DATA_FILES.values) {
    read.indicators = sorted(rows.map((r) => String(r.indicator)));
    read.years = sorted(rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y)));
  }
  const site = siteCheck(ctx, { [target]: text });
  const changes =
    target === DATA_FILES.initiatives ? recordChanges(ctx.shippedRecords, rows) : target === DATA_FILES.values ? recordChanges(ctx.shippedValues.values, rows, valueKey) : null;
  return { file, kind: 'data', targets: [target], read, errors: site.errors, warnings: site.warnings, changes, outputs: site.errors.length ? {} : { [target]: text } };
}
