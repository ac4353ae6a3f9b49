import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { geoCollectionResource, polygonGeometry, slug } from '../../../lib/geo-resource';
import { MAX_LENGTH, text } from '../../../lib/schemas';
import { SUBAREAS_FILE } from '../files';

export { SUBAREAS_FILE };

export const subareaFeature = z.object({
  type: z.literal('Feature'),
  id: z.number().int().positive(),
  geometry: polygonGeometry,
  properties: z.object({
    slug,
    code: z.string().regex(/^\d{5}$/, 'Delområdeskoden ska vara fem siffror'),
    name: text(MAX_LENGTH.name),
    areaSlug: slug,
    areaKm2: z.number().positive(),
  }),
});
export type SubareaFeature = z.infer<typeof subareaFeature>;

const resource = geoCollectionResource({
  file: SUBAREAS_FILE,
  queryKey: ['geo', 'subareas'],
  feature: subareaFeature,
  idKeys: ['slug', 'name', 'code'],
  unique: [
    { field: 'id', key: (f) => f.id },
    { field: 'properties.slug', key: (f) => f.properties.slug },
    { field: 'properties.code', key: (f) => f.properties.code },
  ],
});
export const parseSubareas = resource.parse;
export type SubareasData = ReturnType<typeof parseSubareas>;
export const subareasQueryOptions = resource.query;
/** `enabled`: the delområden (550 kB) are fetched when something needs them, not with the page. */
export const useSubareas = (enabled = true) => useQuery({ ...subareasQueryOptions(), enabled });
