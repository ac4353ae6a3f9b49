/**
 * Reads a spreadsheet an editor made (CSV from Excel or another program; .xlsx in xlsx-table.ts)
 * into rows of text cells that remember their line (CSV) or row number (XLSX), so every later
 * error can say where to look. Shared by the CLI and the browser's workbench, so both say the same
 * about the same file. Swedish Excel writes CSV with ";" and a decimal comma, in Windows-1252
 * ("CSV (semikolonavgränsad)") or UTF-8 with a byte order mark ("CSV UTF-8"); both are accepted.
 */
import Papa from 'papaparse';

export interface TableRow {
  /** CSV: the line the row starts on (1 = the header). XLSX: the row number Excel shows. */
  line: number;
  /** Cells by normalised column name. */
  cells: Record<string, string>;
}

export interface Table {
  /** The file name as the editor gave it, for messages. */
  file: string;
  format: 'csv' | 'xlsx';
  /** CSV only: what the bytes were read as, and the separator found. */
  encoding?: 'UTF-8' | 'UTF-8 med BOM' | 'Windows-1252' | 'UTF-16';
  delimiter?: string;
  /** The line (CSV) or row (XLSX) of the header. */
  headerLine: number;
  /** Non-blank lines (rows) above the header, e.g. a title: skipped. */
  aboveHeader: number[];
  /** Normalised column names, in file order. */
  columns: string[];
  /** The column letter Excel shows (A, B, … AA), by normalised name. */
  columnPosition: Record<string, string>;
  rows: TableRow[];
}

/** A problem in an input file: file, line and column, in Swedish. */
export interface InputProblem {
  file: string;
  line?: number;
  column?: string;
  message: string;
}

export function formatInputProblem(p: InputProblem): string {
  return [p.file, p.line !== undefined ? `rad ${p.line}` : undefined, p.column].filter(Boolean).join(', ') + `: ${p.message}`;
}

export class InputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(problems.map(formatInputProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** The rows above the header (a title, a note), said once: they are not read. */
export function aboveHeaderWarning(table: Pick<Table, 'file' | 'aboveHeader' | 'headerLine'>): InputProblem | null {
  const lines = table.aboveHeader;
  if (lines.length === 0) return null;
  const which = lines.length === 1 ? `Rad ${lines[0]} står` : `Raderna ${lines[0]}–${lines[lines.length - 1]} står`;
  return { file: table.file, line: lines[0]!, message: `${which} ovanför rubrikraden (rad ${table.headerLine}) och läses inte.` };
}

/** "Område" → "omrade", " Täljare " → "taljare": headers as editors type them. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '_');
}

/** How a column is named in a message: its header and where it is. */
export function columnLabel(table: Pick<Table, 'format' | 'columnPosition'>, name: string): string {
  const pos = table.columnPosition[name];
  if (pos === undefined) return `kolumn "${name}"`;
  return `kolumn ${pos} ("${name}")`;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; UTF-16 with its BOM; else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: NonNullable<Table['encoding']> } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 med BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** The separator of the header line: ";" (Swedish Excel), "," or a tab, whichever occurs most. */
export function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ';';
}

export interface ReadOptions {
  /** Keep spaces at the ends of cells (the register's texts are kept as written). */
  trim?: boolean;
  /**
   * Normalised column names the file may have: the header is the first of the first rows with
   * two of them, so a title or a note above it is skipped (and listed in `aboveHeader`).
   */
  known?: readonly string[];
}

/** How many of a row's cells are known column names. */
const knownCount = (cells: readonly string[], known: ReadonlySet<string>) => cells.filter((c) => known.has(normaliseHeader(c))).length;

/** Index of the header among the first rows (see ReadOptions.known); 0 when none has two known names. */
export function findHeader(rows: readonly { cells: readonly string[] }[], known?: readonly string[]): number {
  if (!known) return 0;
  const set = new Set(known);
  const i = rows.slice(0, 10).findIndex((r) => knownCount(r.cells, set) >= 2);
  return Math.max(i, 0);
}

/** The header line's separator: the first of the first lines with two known names (or the first line) decides. */
function delimiterOf(text: string, known?: readonly string[]): string {
  const lines = text.split(/\r?\n/, 10).filter((l) => l.trim() !== '');
  const candidates = lines.map((l) => ({ d: detectDelimiter(l), l }));
  const header = candidates[findHeader(candidates.map(({ d, l }) => ({ cells: l.split(d) })), known)];
  return header?.d ?? ';';
}

/** A CSV text into a table; blank lines are skipped, every row keeps the line it starts on. */
export function readCsvText(file: string, text: string, encoding?: Table['encoding'], options: ReadOptions = {}): Table {
  const trim = options.trim ?? true;
  text = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(text, options.known);
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  // Rows arrive in order, so the line search only ever moves forward.
  let n = 0;
  const lineOf = (offset: number) => {
    while (n + 1 < lineStarts.length && lineStarts[n + 1]! <= offset) n++;
    return n + 1;
  };
  const raw: { line: number; cells: string[] }[] = [];
  const problems: InputProblem[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const line = lineOf(start);
      start = result.meta.cursor;
      for (const e of result.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        problems.push({ file, line, message: e.code === 'MissingQuotes' ? 'Ett citattecken (") öppnas men stängs aldrig.' : `Raden kan inte läsas som CSV (${e.message}).` });
      }
      raw.push({ line, cells: result.data });
    },
  });
  if (problems.length) throw new InputError(problems);
  const rows = raw.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const above = rows.splice(0, findHeader(rows, options.known));
  const header = rows.shift();
  if (!header) throw new InputError([{ file, message: 'Filen är tom: den har ingen rubrikrad och inga värden.' }]);
  const columns = header.cells.map(normaliseHeader);
  const columnPosition: Record<string, string> = {};
  columns.forEach((c, i) => {
    // The letter Excel shows over the column, as for an .xlsx (the editor opens the CSV there).
    if (c && columnPosition[c] === undefined) columnPosition[c] = columnLetter(i + 1);
  });
  const table: Table = { file, format: 'csv', delimiter, headerLine: header.line, aboveHeader: above.map((r) => r.line), columns, columnPosition, rows: [] };
  if (encoding) table.encoding = encoding;
  for (const r of rows) {
    if (r.cells.length > columns.length && r.cells.slice(columns.length).some((c) => c.trim() !== ''))
      problems.push({ file, line: r.line, message: `Raden har ${r.cells.length} fält men rubrikraden bara ${columns.length}. Står det ett decimalkomma i en fil som skiljer fälten med komma? Använd semikolon (;) som avgränsare eller sätt talet inom citattecken.` });
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c && cells[c] === undefined) cells[c] = trim ? (r.cells[i] ?? '').trim() : (r.cells[i] ?? '');
    });
    table.rows.push({ line: r.line, cells });
  }
  if (problems.length) throw new InputError(problems);
  return table;
}

export function readCsvBytes(file: string, bytes: Uint8Array, options: ReadOptions = {}): Table {
  const { text, encoding } = decodeText(bytes);
  return readCsvText(file, text, encoding, options);
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
