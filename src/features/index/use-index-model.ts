import { useMemo } from 'react';
import { useIndexDefinition } from './api/index-definition';
import { useIndexValues } from './api/index-values';
import { buildIndexModel } from './model';

/** Fetches definition and values and computes the index for the wanted year and layer. */
export function useIndexModel(areaSlugs: string[] | undefined, wanted: { year: number | null; layer: string }) {
  const definition = useIndexDefinition();
  const values = useIndexValues();
  const key = areaSlugs?.join();
  const model = useMemo(
    () => (definition.data && values.data && areaSlugs ? buildIndexModel(definition.data, values.data.items, areaSlugs, wanted) : null),
    // areaSlugs compared by content: a new array with the same areas must not recompute.
    [definition.data, values.data, key, wanted.year, wanted.layer],
  );
  return { model, definition, values, problems: [...(values.data?.problems ?? []), ...(model?.problems ?? [])] };
}
