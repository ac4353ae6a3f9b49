import { DataError } from '../data-error';
import { shortText } from '../problem-text';
import { JsonScanner, JsonSyntaxError } from './scan';

/** Line and column (both 1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where the first JSON syntax error in `text` is, and what it is, in Swedish. Only called after
 * JSON.parse has failed: the engine's own message is English and, in V8, often has no position
 * ("Unexpected token 'N', ..." for NaN, "Unexpected end of JSON input"). Returns null when the
 * text is valid JSON.
 */
export function locateJsonError(text: string): { offset: number; reason: string } | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.value();
    scanner.ws();
    if (scanner.i < text.length) scanner.fail('oväntat innehåll efter slutet av JSON-värdet');
    return null;
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { offset: err.offset, reason: err.reason };
    return null; // e.g. nesting too deep for the stack: the caller falls back to the engine's message
  }
}

/**
 * Turns the text of a file into JSON, or a DataError that says in Swedish what is wrong and where:
 * empty, not UTF-8, or a syntax error with its line and column.
 */
export function parseJsonText(file: string, text: string): unknown {
  if (text.trim() === '') throw new DataError('json', [{ file, message: 'Filen är tom.' }]);
  // fetch decodes as UTF-8 and puts U+FFFD where bytes were not UTF-8 (a file saved as
  // Windows-1252 or Latin-1 with å, ä, ö). A literal U+FFFD in a data file is the trace of such a
  // conversion too, so either way the text has lost characters.
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const { line } = lineAndColumn(text, bad);
    throw new DataError('encoding', [
      { file, message: `Filen är inte UTF-8 (tecken som inte kunde läsas på rad ${line}). Spara den som UTF-8 och försök igen.` },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const found = locateJsonError(text);
    if (found) {
      const { line, column } = lineAndColumn(text, found.offset);
      throw new DataError('json', [{ file, message: `Filen är inte giltig JSON: ${found.reason} (rad ${line}, kolumn ${column}).` }]);
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError('json', [{ file, message: `Filen är inte giltig JSON (${shortText(detail, 200)}).` }]);
  }
}
