import { useQuery } from '@tanstack/react-query';
import { fileQueryOptions } from '../../../lib/file-query';
import { z } from 'zod';
import '../../../lib/zod-setup'; // before this module's own safeParse
import { zodProblems } from '../../../lib/parse-collection';
import { DataError } from '../../../lib/data-error';
import { MAX_LENGTH, fileMeta, slug, text } from '../../../lib/schemas';

export const INDEX_DEFINITION_FILE = 'data/index-definition.json';

export const dataStatus = z.enum(['verklig', 'exempel']);
export type DataStatus = z.infer<typeof dataStatus>;

/** The English form of a text next to it (`name_en` beside `name`): optional, the Swedish is the source of truth. */
const english = (max: number) => text(max).optional();

export const indicatorDefinition = z.object({
  id: slug,
  name: text(MAX_LENGTH.name),
  name_en: english(MAX_LENGTH.name),
  /** "andel": a percentage 0–100 (inverted by its complement); anything else is inverted by ratio. */
  unit: z.enum(['andel', 'antal', 'kvot']),
  direction: z.enum(['higher-is-better', 'higher-is-worse']),
  directionReason: text(MAX_LENGTH.description),
  directionReason_en: english(MAX_LENGTH.description),
  weight: z.number().positive().default(1),
  source: text(MAX_LENGTH.source),
  source_en: english(MAX_LENGTH.source),
  status: dataStatus,
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

export const dimensionDefinition = z.object({
  id: slug,
  name: text(MAX_LENGTH.name),
  name_en: english(MAX_LENGTH.name),
  weight: z.number().positive().default(1),
  /** Fewest indicators with a value for the dimension to get a score; default: all but one. */
  minIndicators: z.number().int().positive().optional(),
  /**
   * Who proposed the dimension, when it is not in the proposal (STK-2023-137) but suggested in a
   * board's answer: it is then off (weight 0) until switched on in "Väg själv" (weighting.ts).
   */
  proposedBy: text(MAX_LENGTH.source).optional(),
  proposedBy_en: english(MAX_LENGTH.source),
  indicators: z.array(indicatorDefinition).min(1),
});
export type DimensionDefinition = z.infer<typeof dimensionDefinition>;

export const indexDefinition = z
  .object({
    meta: fileMeta,
    cityAreaId: slug,
    compositeLabel: text(MAX_LENGTH.name),
    compositeLabel_en: english(MAX_LENGTH.name),
    /** Fewest dimensions with a score for the composite; default: every dimension. */
    compositeMinDimensions: z.number().int().positive().optional(),
    dimensions: z.array(dimensionDefinition).min(1),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>([def.cityAreaId, 'index']);
    def.dimensions.forEach((d, di) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', di, 'id'], message: `Id "${d.id}" används redan` });
      seen.add(d.id);
      d.indicators.forEach((ind, ii) => {
        if (seen.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['dimensions', di, 'indicators', ii, 'id'], message: `Id "${ind.id}" används redan` });
        seen.add(ind.id);
      });
    });
  });
export type IndexDefinition = z.infer<typeof indexDefinition>;

/** The definition is small and everything depends on it, so any error rejects the whole file. */
export function parseIndexDefinition(json: unknown): IndexDefinition {
  const parsed = indexDefinition.safeParse(json);
  if (!parsed.success) throw new DataError('schema', zodProblems(INDEX_DEFINITION_FILE, parsed.error));
  return parsed.data;
}

export const indexDefinitionQueryOptions = () => fileQueryOptions(INDEX_DEFINITION_FILE, ['data', 'index-definition'], parseIndexDefinition);

export const useIndexDefinition = () => useQuery(indexDefinitionQueryOptions());
