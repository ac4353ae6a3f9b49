import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { geoCollectionResource, polygonGeometry, slug } from '../../../lib/geo-resource';
import { MAX_LENGTH, text } from '../../../lib/schemas';
import { AREAS_FILE } from '../files';

export { AREAS_FILE };

export const areaFeature = z.object({
  type: z.literal('Feature'),
  // A stable top-level id, unique in the file (the file's own key); the map keys areas by slug (promoteId).
  id: z.number().int().positive(),
  geometry: polygonGeometry,
  properties: z.object({
    slug,
    code: text(MAX_LENGTH.code),
    name: text(MAX_LENGTH.name),
    officialName: text(MAX_LENGTH.name),
    areaKm2: z.number().positive(),
    subareas: z.array(slug),
  }),
});
export type AreaFeature = z.infer<typeof areaFeature>;

const resource = geoCollectionResource({
  file: AREAS_FILE,
  queryKey: ['geo', 'areas'],
  feature: areaFeature,
  idKeys: ['slug', 'name'],
  unique: [
    { field: 'id', key: (f) => f.id },
    { field: 'properties.slug', key: (f) => f.properties.slug },
    { field: 'properties.code', key: (f) => f.properties.code },
  ],
});
export const parseAreas = resource.parse;
export type AreasData = ReturnType<typeof parseAreas>;
export const areasQueryOptions = resource.query;
export const useAreas = () => useQuery(areasQueryOptions());
