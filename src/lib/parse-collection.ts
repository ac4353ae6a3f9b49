/**
 * Validation of a file's parsed JSON against our zod schemas: the envelope as a whole, each record
 * on its own, with problems named by file, record and field.
 */
import './zod-setup'; // Swedish messages (and no eval) before any schema here runs
import type { z } from 'zod';
import { DataError, type DataProblem } from './data-error';
import { formatPath, shortText } from './problem-text';

/** A zod error as problems of `file`, each naming its field (from the top of the file, or of `record`). */
export function zodProblems(file: string, error: z.ZodError, record?: string, prefix: PropertyKey[] = []): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    ...(record ? { record } : {}),
    field: formatPath([...prefix, ...issue.path]) || '(hela filen)',
    message: issue.message,
  }));
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
