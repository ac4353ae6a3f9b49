import { useMemo } from 'react';
import { useIndexDefinition } from './api/index-definition';
import { useIndexValues } from './api/index-values';
import { leaveOneOutRankRange } from './compute';
import { buildIndexBase, modelFor, once, yearOf, type ModelWanted } from './model';
import { PROPOSAL, type Weighting, type WeightingMarks } from './weighting';

/**
 * Fetches definition and values and computes the index. Three memo levels, so that switching
 * layer recomputes nothing, switching year only that year's results (the leave-one-out ranks
 * when a profile asks for them), and only new files recompute every year.
 */
export function useIndexModel(areaSlugs: string[] | undefined, wanted: ModelWanted, weighting: Weighting = PROPOSAL, marks?: WeightingMarks) {
  const definition = useIndexDefinition();
  const values = useIndexValues();
  // areaSlugs, weighting and marks must keep their identity while unchanged (the caller memoises them).
  const base = useMemo(
    () => (definition.data && values.data && areaSlugs ? buildIndexBase(definition.data, values.data.items, areaSlugs, weighting, marks) : null),
    [definition.data, values.data, areaSlugs, weighting, marks],
  );
  // The proposal's own index beside a custom one, for the rank change ("Väg själv").
  const proposal = useMemo(
    () => (base?.custom && definition.data && values.data && areaSlugs ? buildIndexBase(definition.data, values.data.items, areaSlugs) : base),
    [base, definition.data, values.data, areaSlugs],
  );
  const { year: wantedYear, layer: wantedLayer, lang = 'sv' } = wanted;
  const year = base ? yearOf(base, wantedYear) : null;
  // Not computed here: only the area profile shows it, and a change of year should not wait for it.
  const robustness = useMemo(() => (base && year !== null ? once(() => leaveOneOutRankRange(base.definition, base.values, year, base.areas)) : null), [base, year]);
  const model = useMemo(() => (base && robustness ? modelFor(base, { year: wantedYear, layer: wantedLayer, lang }, robustness) : null), [base, robustness, wantedYear, wantedLayer, lang]);
  const proposalRankOf = useMemo(() => (proposal && year !== null ? (slug: string) => proposal.resultsFor(year)[slug]?.composite.rank ?? null : null), [proposal, year]);
  return { model, proposalRankOf, definition, values, problems: [...(values.data?.problems ?? []), ...(model?.problems ?? [])] };
}
