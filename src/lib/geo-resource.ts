import { z } from 'zod';
import { parseCollection, recordLabel, type UniqueField } from './parse-collection';
import { fileQueryOptions } from './file-query';
import { fileMeta } from './schemas';

export { polygonGeometry, slug } from './schemas';

const featureCollectionEnvelope = z.object({
  type: z.literal('FeatureCollection'),
  meta: fileMeta,
  features: z.array(z.unknown()),
});

/**
 * The shared fetch → validate path of a GeoJSON file in public/geo. Each resource file declares
 * its own feature schema and hook; this keeps the envelope rules and error wording identical.
 */
export function geoCollectionResource<I extends z.ZodType>(options: {
  file: string;
  queryKey: readonly string[];
  feature: I;
  idKeys: string[];
  /** Fields that must not repeat within the file (ids, slugs, codes); later repeats are left out. */
  unique?: UniqueField<z.output<I>>[];
}) {
  const parse = (json: unknown) =>
    parseCollection({
      file: options.file,
      json,
      envelope: featureCollectionEnvelope,
      listKey: 'features',
      item: options.feature,
      meta: (e) => e.meta,
      describe: (raw, i) => recordLabel(raw, i, options.idKeys),
      unique: options.unique ?? [],
    });
  const query = () => fileQueryOptions(options.file, options.queryKey, parse);
  return { parse, query };
}
