import { useQuery } from '@tanstack/react-query';
import { fileQueryOptions } from '../../../lib/file-query';
import { z } from 'zod';
import { parseCollection, recordLabel } from '../../../lib/parse-collection';
import { MAX_LENGTH, fileMeta, slug, text } from '../../../lib/schemas';

export const ORGANISATIONS_FILE = 'data/organisationer.json';

export const ORGANISATION_TYPES = ['kommunstyrelsen', 'namnd', 'bolag', 'myndighet', 'region', 'raddningstjanst', 'civilsamhalle', 'naringsliv', 'akademi', 'ovrig'] as const;

export const organisation = z.object({
  id: slug,
  name: text(MAX_LENGTH.name),
  short: text(MAX_LENGTH.code).nullable().optional(),
  type: z.enum(ORGANISATION_TYPES),
  aliases: z.array(text(MAX_LENGTH.name)),
});
export type Organisation = z.infer<typeof organisation>;

export function parseOrganisations(json: unknown) {
  return parseCollection({
    file: ORGANISATIONS_FILE,
    json,
    envelope: z.object({ meta: fileMeta, organisations: z.array(z.unknown()) }),
    listKey: 'organisations',
    item: organisation,
    meta: (e) => e.meta,
    describe: (raw, i) => recordLabel(raw, i, ['id', 'name']),
    unique: [{ field: 'id', key: (o) => o.id }],
  });
}

export const organisationsQueryOptions = () => fileQueryOptions(ORGANISATIONS_FILE, ['data', 'organisations'], parseOrganisations);

export const useOrganisations = () => useQuery(organisationsQueryOptions());
