/**
 * The workbench's check of a register spreadsheet: the bytes an editor dropped → what was read,
 * every problem by row and column, what changes against the shipped file, and the file to
 * download. Pure (no DOM, no fetch): the view gives it the bytes and what the app has loaded.
 */
import { recordChanges, type RecordChanges } from './changes';
import { importRegister, serialiseRegister, type RegisterImportContext } from './register-csv';
import { InputError, decodeText, readCsvText, type InputProblem } from './table';

export interface RegisterCheck {
  file: string;
  /** What the bytes were read as; null when the file could not be read at all. */
  read: { encoding: string; delimiter: string; rows: number } | null;
  problems: InputProblem[];
  /** Against the shipped register; null when there are errors (nothing to compare). */
  changes: RecordChanges | null;
  /** The new data/insatser.json, as the CLI writes it; null when there are errors. */
  output: string | null;
}

const DELIMITERS: Record<string, string> = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' };

export function checkRegisterFile(file: string, bytes: Uint8Array, ctx: RegisterImportContext, shipped: readonly Record<string, unknown>[]): RegisterCheck {
  if (bytes.length === 0) return { file, read: null, problems: [{ file, message: 'Filen är tom (0 byte).' }], changes: null, output: null };
  const { text, encoding } = decodeText(bytes);
  let read: RegisterCheck['read'] = null;
  try {
    const table = readCsvText(file, text, encoding, { trim: false });
    read = { encoding, delimiter: DELIMITERS[table.delimiter ?? ';'] ?? (table.delimiter ?? ''), rows: table.rows.length };
    const result = importRegister(file, text, ctx);
    if (!result.json) return { file, read, problems: result.errors, changes: null, output: null };
    return { file, read, problems: [], changes: recordChanges(shipped, result.json.initiatives), output: serialiseRegister(result.json) };
  } catch (err) {
    if (err instanceof InputError) return { file, read, problems: err.problems, changes: null, output: null };
    throw err;
  }
}
