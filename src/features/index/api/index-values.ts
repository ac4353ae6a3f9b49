import { useQuery } from '@tanstack/react-query';
import { fileQueryOptions } from '../../../lib/file-query';
import { z } from 'zod';
import { parseCollection } from '../../../lib/parse-collection';
import { shortText } from '../../../lib/problem-text';
import { MAX_LENGTH, fileMeta, slug, text } from '../../../lib/schemas';
import { dataStatus } from './index-definition';

export const INDEX_VALUES_FILE = 'data/index-values.json';

export const indexValue = z
  .object({
    indicator: slug,
    year: z.number().int().min(1990).max(2100),
    /** An area slug, or the definition's cityAreaId for the city-wide value. */
    area: slug,
    numerator: z.number().nonnegative().optional(),
    denominator: z.number().positive().optional(),
    value: z.number().finite(),
    status: dataStatus,
    source: text(MAX_LENGTH.source).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.numerator !== undefined && v.denominator !== undefined) {
      if (v.numerator > v.denominator) ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'Täljaren är större än nämnaren' });
      else if (Math.abs((v.numerator / v.denominator) * 100 - v.value) > 0.05)
        ctx.addIssue({ code: 'custom', path: ['value'], message: `Värdet ${v.value} stämmer inte med täljare/nämnare (${((v.numerator / v.denominator) * 100).toFixed(2)})` });
    }
  });
export type IndexValue = z.infer<typeof indexValue>;

export function parseIndexValues(json: unknown) {
  const parsed = parseCollection({
    file: INDEX_VALUES_FILE,
    json,
    envelope: z.object({ meta: fileMeta, values: z.array(z.unknown()) }),
    listKey: 'values',
    item: indexValue,
    meta: (e) => e.meta,
    describe: (raw, i) => {
      const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      return `post ${i + 1} (${shortText(r.indicator ?? '?')}, ${shortText(r.area ?? '?')}, ${shortText(r.year ?? '?')})`;
    },
  });
  // JSON.parse gives every record its own copy of the same few slugs and source texts; with finer
  // geography that is most of the heap (docs/performance.md). Keep one string of each.
  const pool = new Map<string, string>();
  const intern = (s: string) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
  for (const v of parsed.items) {
    v.indicator = intern(v.indicator);
    v.area = intern(v.area);
    if (v.source !== undefined) v.source = intern(v.source);
  }
  return parsed;
}
export type IndexValuesData = ReturnType<typeof parseIndexValues>;

export const indexValuesQueryOptions = () => fileQueryOptions(INDEX_VALUES_FILE, ['data', 'index-values'], parseIndexValues);

export const useIndexValues = () => useQuery(indexValuesQueryOptions());
