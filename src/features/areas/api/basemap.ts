import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { geoCollectionResource, polygonGeometry } from '../../../lib/geo-resource';
import { BASEMAP_FILE } from '../files';

export { BASEMAP_FILE };

export const basemapFeature = z.object({
  type: z.literal('Feature'),
  id: z.number().int().nonnegative(),
  geometry: polygonGeometry,
  properties: z.object({ kind: z.enum(['context', 'malmo']) }),
});
export type BasemapFeature = z.infer<typeof basemapFeature>;

const resource = geoCollectionResource({
  file: BASEMAP_FILE,
  queryKey: ['geo', 'basemap'],
  feature: basemapFeature,
  idKeys: ['kind'],
  unique: [{ field: 'id', key: (f) => f.id }],
});
export const parseBasemap = resource.parse;
export type BasemapData = ReturnType<typeof parseBasemap>;
export const basemapQueryOptions = resource.query;
export const useBasemap = () => useQuery(basemapQueryOptions());
