/**
 * The register (data/insatser.json) as a spreadsheet and back, without losing anything: one row
 * per insats, one column per field of the schema in src/features/initiatives/api/initiatives.ts.
 *
 * How a cell holds a field (documented for editors in docs/data-guide.md):
 *   - text: as is (not trimmed);
 *   - a list of texts (aliases, lead, partners, …, geography.areas): the items joined with "|";
 *     an empty cell is an empty list. A list that cannot be written that way (an item containing
 *     "|", an empty item, spaces at either end, or a first item starting with "[") is written as a
 *     JSON array, e.g. ["a|b","c"]; a cell starting with "[" is always read as JSON;
 *   - fields that may be left out (start, end, periodNote, funding, caseNumbers, commissionedBy,
 *     lastVerified): an empty cell leaves the field out; for start and end the word null means
 *     "stated as unknown" (null); for periodNote and funding "" (two double quotes) means an empty
 *     text; for caseNumbers and commissionedBy [] means an empty list;
 *   - structured fields (geography.places, sources, conflicts): JSON, exactly as in the file;
 *     focus (an insatsområde) likewise, and an empty cell leaves it out.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { initiative, type Initiative, type RegisterMeta } from '../initiatives/api/initiatives';
import type { Organisation } from '../initiatives/api/organisations';
import { crossCheckRegister } from '../initiatives/model';
import { parseCollection, recordLabel } from '../../lib/parse-collection';
import '../../lib/zod-setup'; // before this module's own safeParse
import { columnLabel, normaliseHeader, readCsvText, type InputProblem, type Table } from './table';

type Kind = 'text' | 'list' | 'optionalList' | 'nullableText' | 'optionalText' | 'json' | 'optionalJson';

/** Column name (= path in the record) and how its cell is written. In the order of the file. */
export const REGISTER_COLUMNS: { name: string; kind: Kind }[] = [
  { name: 'id', kind: 'text' },
  { name: 'name', kind: 'text' },
  { name: 'aliases', kind: 'list' },
  { name: 'description', kind: 'text' },
  { name: 'kind', kind: 'text' },
  { name: 'lead', kind: 'list' },
  { name: 'partners', kind: 'list' },
  { name: 'dimensions', kind: 'list' },
  { name: 'themes', kind: 'list' },
  { name: 'targetGroups', kind: 'list' },
  { name: 'status', kind: 'text' },
  { name: 'start', kind: 'nullableText' },
  { name: 'end', kind: 'nullableText' },
  { name: 'periodNote', kind: 'optionalText' },
  { name: 'funding', kind: 'optionalText' },
  { name: 'caseNumbers', kind: 'optionalList' },
  { name: 'commissionedBy', kind: 'optionalList' },
  { name: 'geography.scope', kind: 'text' },
  { name: 'geography.areas', kind: 'list' },
  { name: 'geography.subareas', kind: 'list' },
  { name: 'geography.places', kind: 'json' },
  { name: 'focus', kind: 'optionalJson' },
  { name: 'sources', kind: 'json' },
  { name: 'conflicts', kind: 'json' },
  { name: 'interpretations', kind: 'optionalJson' },
  { name: 'lastVerified', kind: 'optionalText' },
];

const LIST_SEPARATOR = '|';

function get(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), record);
}

function set(record: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let o = record;
  for (const k of keys.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== 'object') o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]!] = value;
}

/** True when "a|b|c" reads back as exactly these items. */
const joinable = (items: string[]) => items.every((s) => s !== '' && !s.includes(LIST_SEPARATOR) && s === s.trim()) && !items[0]?.startsWith('[');

function encodeCell(kind: Kind, value: unknown): string {
  switch (kind) {
    case 'text':
      return String(value ?? '');
    case 'list':
    case 'optionalList': {
      if (value === undefined) return '';
      const items = value as string[];
      if (kind === 'optionalList' && items.length === 0) return '[]';
      return joinable(items) ? items.join(LIST_SEPARATOR) : JSON.stringify(items);
    }
    case 'nullableText':
      return value === undefined ? '' : value === null ? 'null' : String(value);
    case 'optionalText':
      return value === undefined ? '' : value === '' ? '""' : String(value);
    case 'json':
      return JSON.stringify(value);
    case 'optionalJson':
      return value === undefined ? '' : JSON.stringify(value);
  }
}

/** The register as CSV: ";"-separated, UTF-8 with a byte order mark, CRLF, one row per insats. */
export function exportRegister(items: Initiative[]): string {
  const rows = items.map((item) => REGISTER_COLUMNS.map((c) => encodeCell(c.kind, get(item as unknown as Record<string, unknown>, c.name))));
  return '\uFEFF' + Papa.unparse({ fields: REGISTER_COLUMNS.map((c) => c.name), data: rows }, { delimiter: ';', newline: '\r\n', quotes: false }) + '\r\n';
}

const stringArray = z.array(z.string());

/** The value of one cell, or the reason it cannot be read. */
function decodeCell(kind: Kind, cell: string): { value?: unknown; absent?: true; error?: string } {
  switch (kind) {
    case 'text':
      return { value: cell };
    case 'list':
    case 'optionalList': {
      if (cell.trim() === '') return kind === 'optionalList' ? { absent: true } : { value: [] };
      if (cell.trimStart().startsWith('[')) {
        try {
          const parsed = stringArray.safeParse(JSON.parse(cell));
          if (parsed.success) return { value: parsed.data };
        } catch {
          // fall through to the message below
        }
        return { error: `Cellen börjar med "[" men är inte en JSON-lista med texter, t.ex. ["a","b"]. Skriv annars värdena åtskilda med ${LIST_SEPARATOR}.` };
      }
      return { value: cell.split(LIST_SEPARATOR).map((s) => s.trim()) };
    }
    case 'nullableText':
      if (cell.trim() === '') return { absent: true };
      return { value: cell.trim() === 'null' ? null : cell.trim() };
    case 'optionalText':
      if (cell === '') return { absent: true };
      return { value: cell === '""' ? '' : cell };
    case 'optionalJson':
    case 'json':
      if (cell.trim() === '' && kind === 'optionalJson') return { absent: true };
      if (cell.trim() === '') return { error: 'Cellen är tom; den ska innehålla JSON (en tom lista skrivs []).' };
      try {
        return { value: JSON.parse(cell) as unknown };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return { error: `Cellen är inte giltig JSON (${reason}). Kopiera cellen från en export och ändra försiktigt; texter står inom "…".` };
      }
  }
}

/** Which column a field path of a record belongs to: "geography.places[0].name" → "geography.places". */
export function columnOfField(field: string): string | undefined {
  const names = REGISTER_COLUMNS.map((c) => c.name).sort((a, b) => b.length - a.length);
  return names.find((n) => field === n || field.startsWith(`${n}.`) || field.startsWith(`${n}[`));
}

const formatZodPath = (path: PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

export interface RegisterImportContext {
  meta: RegisterMeta;
  /** The meta object exactly as in the current file, written back unchanged. */
  rawMeta: unknown;
  organisations: Organisation[];
  areaSlugs: string[];
  subareaSlugs: string[];
}

export interface RegisterImportResult {
  /** The new data/insatser.json (meta kept), or null when there are errors. */
  json: { meta: unknown; initiatives: Record<string, unknown>[] } | null;
  errors: InputProblem[];
}

/** The register's column names as the table reader compares them (to find the header). */
export const REGISTER_KNOWN = REGISTER_COLUMNS.map((c) => normaliseHeader(c.name));

/** CSV text (as exported) → the register file, checked with the schema and crossCheckRegister. */
export function importRegister(file: string, text: string, ctx: RegisterImportContext): RegisterImportResult {
  return importRegisterTable(readCsvText(file, text, undefined, { trim: false, known: REGISTER_KNOWN }), ctx);
}

/** A table read untrimmed (CSV or .xlsx) → the register file, as importRegister. */
export function importRegisterTable(table: Table, ctx: RegisterImportContext): RegisterImportResult {
  const { file } = table;
  const errors: InputProblem[] = [];
  const byNormalised = new Map(REGISTER_COLUMNS.map((c) => [normaliseHeader(c.name), c]));
  const col = (name: string) => columnLabel(table, normaliseHeader(name));
  for (const c of REGISTER_COLUMNS)
    if (!table.columns.includes(normaliseHeader(c.name))) errors.push({ file, line: table.headerLine, column: `kolumn "${c.name}"`, message: `Kolumnen "${c.name}" saknas i rubrikraden.` });
  for (const c of table.columns)
    if (c && !byNormalised.has(c)) errors.push({ file, line: table.headerLine, column: columnLabel(table, c), message: `Okänd kolumn "${c}". Kolumnerna ska heta som i en export (npm run data:register-export).` });
  if (errors.length) return { json: null, errors };

  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of table.rows) {
    const record: Record<string, unknown> = {};
    let ok = true;
    for (const c of REGISTER_COLUMNS) {
      const decoded = decodeCell(c.kind, row.cells[normaliseHeader(c.name)] ?? '');
      if (decoded.error) {
        errors.push({ file, line: row.line, column: col(c.name), message: decoded.error });
        ok = false;
      } else if (!decoded.absent) set(record, c.name, decoded.value);
    }
    if (!ok) continue;
    const parsed = initiative.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = formatZodPath(issue.path);
        const column = columnOfField(field);
        errors.push({ file, line: row.line, column: column ? col(column) : `fält ${field}`, message: `${column && column !== field ? `${field}: ` : ''}${issue.message}` });
      }
      continue;
    }
    records.push(record);
    lines.push(row.line);
  }
  // The rows that passed are checked on against each other and the other files, so that every
  // problem of the file is listed at once.

  // Repeated ids (parseCollection) and references to other files (crossCheckRegister).
  const collection = parseCollection({
    file,
    json: { initiatives: records },
    envelope: z.object({ initiatives: z.array(z.unknown()) }),
    listKey: 'initiatives',
    item: initiative,
    meta: () => null,
    describe: (raw, i) => recordLabel(raw, i, ['id']),
    unique: [{ field: 'id', key: (item) => item.id }],
  });
  const problems = [...collection.problems, ...crossCheckRegister(collection.items, ctx.meta, ctx.organisations, ctx.areaSlugs, ctx.subareaSlugs)];
  for (const p of problems) {
    const n = p.record ? /^post (\d+)/.exec(p.record) : null;
    const column = p.field ? columnOfField(p.field) : undefined;
    errors.push({
      file,
      ...(n ? { line: lines[Number(n[1]) - 1]! } : {}),
      ...(column ? { column: col(column) } : {}),
      message: `${column && p.field && column !== p.field ? `${p.field}: ` : ''}${p.message}`,
    });
  }
  if (errors.length) return { json: null, errors };
  return { json: { meta: ctx.rawMeta, initiatives: records }, errors };
}

export function serialiseRegister(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}
