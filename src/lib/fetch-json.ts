import { z } from 'zod';
import { DataError, type DataProblem } from './data-error';

// Validation messages in Swedish: editors read them, and the file/record/field context is ours.
z.config(z.locales.sv());

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

/**
 * Fetches a file from the app's own origin and parses it as JSON. Network and HTTP failures and
 * malformed JSON become a DataError naming the file; the caller validates the content.
 */
export async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(new URL(file, document.baseURI), { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new DataError('network', [{ file, message: 'Kunde inte hämtas (nätverksfel). Kontrollera anslutningen och försök igen.' }]);
  }
  if (!res.ok) {
    throw new DataError('http', [{ file, message: `Servern svarade ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.` }]);
  }
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError('json', [{ file, message: `Filen är inte giltig JSON (${detail}).` }]);
  }
}

export interface ParsedCollection<M, T> {
  meta: M;
  items: T[];
  problems: DataProblem[];
}

/**
 * Parses a file made of an envelope with a list of records. The envelope must be valid (else the
 * whole file is rejected); each record is checked on its own so one bad record is reported and
 * left out while the valid ones still show.
 */
export function parseCollection<E extends z.ZodType, I extends z.ZodType, M>(options: {
  file: string;
  json: unknown;
  envelope: E;
  listKey: string;
  item: I;
  meta: (envelope: z.output<E>) => M;
  describe: (raw: unknown, index: number) => string;
}): ParsedCollection<M, z.output<I>> {
  const { file, json, envelope, listKey, item, describe } = options;
  const env = envelope.safeParse(json);
  if (!env.success) throw new DataError('schema', zodProblems(file, env.error));
  const list = (env.data as Record<string, unknown>)[listKey];
  const raws = Array.isArray(list) ? list : [];
  const items: z.output<I>[] = [];
  const problems: DataProblem[] = [];
  raws.forEach((raw, index) => {
    const parsed = item.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else problems.push(...zodProblems(file, parsed.error, describe(raw, index), []));
  });
  return { meta: options.meta(env.data), items, problems };
}

/** A human label for record `index` of a list: its position (1-based) and an id if it has one. */
export function recordLabel(raw: unknown, index: number, idKeys: string[]): string {
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const props = (obj.properties && typeof obj.properties === 'object' ? obj.properties : {}) as Record<string, unknown>;
  for (const key of idKeys) {
    const value = props[key] ?? obj[key];
    if (typeof value === 'string' || typeof value === 'number') return `post ${index + 1} (${key} "${value}")`;
  }
  return `post ${index + 1}`;
}
