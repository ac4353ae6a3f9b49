import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

/**
 * The one way a static data file is queried: fetch from our origin, then parse. Every resource
 * file (schema + parser + these options + hook) goes through it, so retries, timeouts and error
 * wording are the same for all of them.
 */
export function fileQueryOptions<T>(file: string, queryKey: readonly string[], parse: (json: unknown) => T) {
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => parse(await fetchJson(file, signal)),
  });
}
