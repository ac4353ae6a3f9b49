import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson, parseCollection, recordLabel } from '../../../lib/fetch-json';
import { fileMeta, slug } from '../../../lib/schemas';

export const INITIATIVES_FILE = 'data/insatser.json';

/**
 * The contract of the initiative register. Deliberately minimal until the register is built from
 * the seed documents: the fields every later version keeps (id, name, where).
 */
export const initiative = z.object({
  id: slug,
  name: z.string().min(1),
  /** GeSO slugs, or the words "hela-staden" / "ej-angivet" where the text names no place. */
  areas: z.array(slug).min(1),
});
export type Initiative = z.infer<typeof initiative>;

export function parseInitiatives(json: unknown) {
  return parseCollection({
    file: INITIATIVES_FILE,
    json,
    envelope: z.object({ meta: fileMeta, initiatives: z.array(z.unknown()) }),
    listKey: 'initiatives',
    item: initiative,
    meta: (e) => e.meta,
    describe: (raw, i) => recordLabel(raw, i, ['id', 'name']),
  });
}

export const initiativesQueryOptions = () =>
  queryOptions({
    queryKey: ['data', 'initiatives'],
    queryFn: async ({ signal }) => parseInitiatives(await fetchJson(INITIATIVES_FILE, signal)),
  });

export const useInitiatives = () => useQuery(initiativesQueryOptions());
