/**
 * Finds where a value sits in the text of a JSON file, so a problem reported by record and field
 * ("post 12, fält area") can also be given as a line an editor can jump to ("rad 14"). The text
 * must already be valid JSON (parse it first). Containers are scanned once and their children's
 * offsets cached, so locating every record of a large list stays linear in the size of the file.
 */

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
  // Start offsets of the children of each container visited, keyed by the container's offset.
  const cache = new Map<number, Map<string | number, number>>();

  const isWs = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF';
  const skipWs = (i: number) => {
    while (i < text.length && isWs(text[i])) i++;
    return i;
  };
  const skipString = (i: number) => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"') return i + 1;
      else i++;
    }
    return i;
  };
  /** End offset (exclusive) of the value starting at `i` (which must not be whitespace). */
  const skipValue = (i: number): number => {
    const c = text[i];
    if (c === '"') return skipString(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text[i];
        if (d === '"') {
          i = skipString(i);
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      return i;
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    return i;
  };
  const children = (start: number): Map<string | number, number> => {
    const hit = cache.get(start);
    if (hit) return hit;
    const map = new Map<string | number, number>();
    const open = text[start];
    let i = skipWs(start + 1);
    let index = 0;
    while (i < text.length && text[i] !== '}' && text[i] !== ']') {
      if (open === '{') {
        const keyEnd = skipString(i);
        const key = JSON.parse(text.slice(i, keyEnd)) as string;
        i = skipWs(keyEnd);
        i = skipWs(i + 1); // the colon
        if (!map.has(key)) map.set(key, i);
      } else {
        map.set(index++, i);
      }
      i = skipWs(skipValue(i));
      if (text[i] === ',') i = skipWs(i + 1);
    }
    cache.set(start, map);
    return map;
  };

  /** Offset of the deepest value along `path` that exists, and how many steps of it were found. */
  const locate = (path: JsonPath): { offset: number; depth: number } => {
    let offset = skipWs(0);
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
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
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
