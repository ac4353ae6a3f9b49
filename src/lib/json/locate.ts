/**
 * Finds where a value sits in the text of a JSON file, so a problem reported by record and field
 * ("post 12, fält area") can also be given as a line an editor can jump to ("rad 14"). The text
 * should already be valid JSON (parse it first); in text that is not, the path is followed as far
 * as the text is valid. Containers are scanned once and their children's offsets cached, so
 * locating every record of a large list stays linear in the size of the file.
 */
import { JsonScanner, JsonSyntaxError } from './scan';

export type JsonPath = ReadonlyArray<string | number>;

/** Splits a field path as the app prints it ("geometry.coordinates[0][1]", "sources[2].file"). */
export function parseFieldPath(field: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) parts.push(Number(m[1]));
    else if (m[2] !== undefined) parts.push(m[2]);
  }
  return parts;
}

export function createLocator(text: string) {
  const scanner = new JsonScanner(text);
  // Start offsets of the children of each container visited, keyed by the container's offset.
  const cache = new Map<number, Map<string | number, number>>();

  const children = (start: number): Map<string | number, number> => {
    const hit = cache.get(start);
    if (hit) return hit;
    const map = new Map<string | number, number>();
    scanner.i = start;
    try {
      // A repeated key keeps its first offset (JSON.parse keeps the last value; files rarely repeat keys).
      scanner.members((key, at) => {
        if (!map.has(key)) map.set(key, at);
      });
    } catch (err) {
      // Text that is not JSON, or nested too deep for the stack: keep the children found so far.
      if (!(err instanceof JsonSyntaxError) && !(err instanceof RangeError)) throw err;
    }
    cache.set(start, map);
    return map;
  };

  // Files are read with their BOM, if any, so offsets and lines stay those of the file itself.
  scanner.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  scanner.ws();
  const root = scanner.i;

  /** Offset of the deepest value along `path` that exists, and how many steps of it were found. */
  const locate = (path: JsonPath): { offset: number; depth: number } => {
    let offset = root;
    let depth = 0;
    for (const step of path) {
      const c = text[offset];
      if (c !== '{' && c !== '[') break;
      const next = children(offset).get(c === '[' && typeof step === 'string' && /^\d+$/.test(step) ? Number(step) : step);
      if (next === undefined) break;
      offset = next;
      depth++;
    }
    return { offset, depth };
  };

  // Line starts, for offset → line by binary search.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  return {
    locate,
    /** 1-based line of the value at `path`, or of its deepest ancestor that exists. */
    line: (path: JsonPath) => lineOf(locate(path).offset),
    lineOf,
  };
}
export type Locator = ReturnType<typeof createLocator>;
