import { z } from 'zod';
import svLocale from 'zod/v4/locales/sv.js';
import { DataError, type DataProblem } from './data-error';

const TYPE_NAMES: Record<string, string> = {
  number: 'ett tal',
  int: 'ett heltal',
  string: 'text',
  boolean: 'sant eller falskt (true/false)',
  array: 'en lista',
  object: 'ett objekt',
  null: 'null',
  undefined: 'inget värde',
};

function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'en lista';
  return TYPE_NAMES[typeof input] ?? typeof input;
}

// Validation messages in Swedish: editors read them, and the file/record/field context is ours.
// The locale covers most issues; a missing field, a wrong type, an infinite number (JSON such as
// 1e999 parses to Infinity) and a number out of range get plainer words than its own
// ("förväntat antal, fick antal", "För lite(t): förväntade number att ha >0"). A message given in
// a schema still wins over these.
// Only the Swedish locale: z.locales would bundle all of zod's ~40 languages into first paint.
z.config(svLocale());
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `Fältet saknas (ska vara ${expected})`;
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return 'Talet är oändligt eller för stort (t.ex. 1e999); skriv ett vanligt tal';
      return `Ogiltig inmatning: förväntade ${expected}, fick ${typeName(issue.input)}`;
    }
    if (issue.code === 'invalid_value' && issue.input === undefined) {
      return `Fältet saknas (ska vara ${issue.values.length === 1 ? '' : 'ett av '}${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    }
    if (issue.code === 'too_small' && issue.origin === 'number') return `Talet måste vara ${issue.inclusive ? 'minst' : 'större än'} ${String(issue.minimum)}`;
    if (issue.code === 'too_big' && issue.origin === 'number') return `Talet får vara ${issue.inclusive ? 'högst' : 'mindre än'} ${String(issue.maximum)}`;
    return undefined;
  },
});

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function zodProblems(file: string, error: z.ZodError, record?: string, prefix: PropertyKey[] = []): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(record ? { record } : {}),
    field: formatPath([...prefix, ...issue.path]) || '(hela filen)',
    message: issue.message,
  }));
}

/** A value from the file quoted in a message, cut short so a megabyte of text never reaches the screen. */
export function shortText(value: unknown, max = 60): string {
  const s = String(value);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/**
 * How long a file may take to arrive, in milliseconds. A mutable setting rather than a constant so
 * tests can make it short; the app never changes it.
 */
export const fetchTimeout = { ms: 20_000 };

function seconds(ms: number): string {
  return String(ms / 1000).replace('.', ',');
}

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
  let i = 0;
  class Fail {
    constructor(
      readonly offset: number,
      readonly reason: string,
    ) {}
  }
  const fail = (reason: string, at = i): never => {
    throw new Fail(at, reason);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const unexpected = (): never => {
    if (i >= text.length) fail('filen tar slut för tidigt (saknas ett avslutande } eller ] eller ")');
    const rest = text.slice(i, i + 9);
    if (/^(NaN|-?Infinity)/.test(rest)) fail('NaN och Infinity är inte tillåtna i JSON; skriv ett tal eller null');
    if (text[i] === "'") fail('text ska stå inom dubbla citattecken (")');
    if (/^(undefined|True|False|None|TRUE|FALSE|NULL)/.test(rest)) fail(`"${/^\w+/.exec(rest)![0]}" är inte tillåtet i JSON; använd true, false eller null`);
    return fail(`oväntat tecken ${JSON.stringify(text[i])}`);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected();
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    while (true) {
      if (i >= text.length) fail('texten tar aldrig slut (saknas ett avslutande ")', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(c === 0x0a ? 'radbrytning inuti en text (skriv \\n)' : 'otillåtet kontrolltecken inuti en text');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('ogiltig \\u-kod i en text');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`ogiltig escape-sekvens \\${e ?? ''}`);
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) unexpected();
    i += m![0].length;
    if (i < text.length && /[0-9.eE]/.test(text[i]!)) fail('ogiltigt tal (JSON tillåter inte inledande nollor, avslutande punkt eller decimalkomma)');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      while (true) {
        ws();
        if (text[i] === '}') fail('kommatecken före }');
        if (text[i] === undefined) unexpected();
        if (text[i] !== '"') fail(`nyckeln ska stå inom dubbla citattecken, fick ${JSON.stringify(text[i])}`);
        string();
        ws();
        if (text[i] === undefined) unexpected();
        if (text[i] !== ':') fail(`kolon (:) saknas efter nyckeln, fick ${JSON.stringify(text[i])}`);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else if (text[i] === undefined) unexpected();
        else fail(`kommatecken eller } saknas, fick ${JSON.stringify(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      while (true) {
        ws();
        if (text[i] === ']') fail('kommatecken före ]');
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else if (text[i] === undefined) unexpected();
        else fail(`kommatecken eller ] saknas, fick ${JSON.stringify(text[i])}`);
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      if (/^-Infinity/.test(text.slice(i, i + 9))) unexpected();
      return number();
    }
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    unexpected();
  };
  try {
    value();
    ws();
    if (i < text.length) fail('oväntat innehåll efter slutet av JSON-värdet');
    return null;
  } catch (err) {
    if (err instanceof Fail) return { offset: err.offset, reason: err.reason };
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

/**
 * Fetches a file from the app's own origin and parses it as JSON. Network and HTTP failures, a
 * response slower than `timeoutMs`, and empty, mis-encoded or malformed text become a DataError
 * naming the file; the caller validates the content. Aborting `signal` (React Query does when the
 * query is cancelled) rejects with the signal's reason, as fetch does.
 */
export async function fetchJson(file: string, signal?: AbortSignal, timeoutMs = fetchTimeout.ms): Promise<unknown> {
  // One controller for both reasons to stop: the caller's signal and our time limit
  // (AbortSignal.any would do this, but not every runtime the tests use has it).
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let res: Response;
  let text: string;
  try {
    try {
      res = await fetch(new URL(file, document.baseURI), { signal: controller.signal });
    } catch (err) {
      if (signal?.aborted) throw err;
      if (timedOut) throw timeoutError(file, timeoutMs);
      throw new DataError('network', [{ file, message: 'Kunde inte hämtas (nätverksfel). Kontrollera anslutningen och försök igen.' }]);
    }
    if (!res.ok) {
      throw new DataError('http', [{ file, message: `Servern svarade ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.` }]);
    }
    try {
      text = await res.text();
    } catch (err) {
      if (signal?.aborted) throw err;
      if (timedOut) throw timeoutError(file, timeoutMs);
      throw new DataError('network', [{ file, message: 'Hämtningen avbröts innan hela filen kommit fram (nätverksfel). Försök igen.' }]);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  return parseJsonText(file, text);
}

function timeoutError(file: string, timeoutMs: number): DataError {
  return new DataError('network', [{ file, message: `Tog för lång tid att hämta (tidsgräns ${seconds(timeoutMs)} s).` }]);
}

export interface ParsedCollection<M, T> {
  meta: M;
  items: T[];
  problems: DataProblem[];
}

// Where each kept record stood in its file (0-based), so later cross-file checks can name the
// record an editor will find, not its position among the records that happened to be valid.
const positions = new WeakMap<object, number>();

/**
 * The 0-based position in its file of a record returned by parseCollection, when it differs from
 * its position in `items` (callers fall back to that: `positionInFile(x) ?? i`).
 */
export function positionInFile(item: object): number | undefined {
  return positions.get(item);
}

/** A field whose value must not repeat within a file: the first record keeps it, later ones are left out. */
export interface UniqueField<T> {
  /** Path of the field as shown to the editor, e.g. "properties.slug". */
  field: string;
  key: (item: T) => string | number;
}

/**
 * Parses a file made of an envelope with a list of records. The envelope must be valid (else the
 * whole file is rejected); each record is checked on its own so one bad record is reported and
 * left out while the valid ones still show. A record repeating a `unique` value of an earlier one
 * is reported and left out too.
 */
export function parseCollection<E extends z.ZodType, I extends z.ZodType, M>(options: {
  file: string;
  json: unknown;
  envelope: E;
  listKey: string;
  item: I;
  meta: (envelope: z.output<E>) => M;
  describe: (raw: unknown, index: number) => string;
  unique?: UniqueField<z.output<I>>[];
}): ParsedCollection<M, z.output<I>> {
  const { file, json, envelope, listKey, item, describe, unique = [] } = options;
  const env = envelope.safeParse(json);
  if (!env.success) throw new DataError('schema', zodProblems(file, env.error));
  const list = (env.data as Record<string, unknown>)[listKey];
  const raws = Array.isArray(list) ? list : [];
  const items: z.output<I>[] = [];
  const problems: DataProblem[] = [];
  const seen = unique.map(() => new Map<string | number, number>());
  raws.forEach((raw, index) => {
    const parsed = item.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error, describe(raw, index), []));
      return;
    }
    for (const [u, spec] of unique.entries()) {
      const key = spec.key(parsed.data);
      const first = seen[u]!.get(key);
      if (first !== undefined) {
        problems.push({
          file,
          record: describe(raw, index),
          field: spec.field,
          message: `Värdet "${shortText(key)}" finns redan i post ${first + 1}; posten visas inte.`,
        });
        return;
      }
    }
    unique.forEach((spec, u) => seen[u]!.set(spec.key(parsed.data), index));
    // Only records that moved (an earlier one was left out) need an entry: a lookup that finds
    // none falls back to the position in `items`, and large valid files then cost no memory here.
    if (parsed.data && typeof parsed.data === 'object' && index !== items.length) positions.set(parsed.data, index);
    items.push(parsed.data);
  });
  return { meta: options.meta(env.data), items, problems };
}

/** A human label for record `index` of a list: its position (1-based) and an id if it has one. */
export function recordLabel(raw: unknown, index: number, idKeys: string[]): string {
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const props = (obj.properties && typeof obj.properties === 'object' ? obj.properties : {}) as Record<string, unknown>;
  for (const key of idKeys) {
    const value = props[key] ?? obj[key];
    if (typeof value === 'string' || typeof value === 'number') return `post ${index + 1} (${key} "${shortText(value)}")`;
  }
  return `post ${index + 1}`;
}
