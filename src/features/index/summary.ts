/**
 * The ranking of the areas in the shown layer and year, and the sentence that says what the map
 * shows: pure, so the build's first frame (scripts/lib/first-frame.ts) writes the same sentence as
 * the app's text alternative.
 */
import { formatNumber } from '../../lib/format';
import type { Messages } from '../../lib/copy/sv';
import { layerScore } from './layers';
import type { IndexModel } from './model';

export interface AreaName {
  slug: string;
  name: string;
}

/** All areas for the chosen layer and year, lowest index (greatest challenges) first. */
export function rankingRows(model: IndexModel, areas: AreaName[]) {
  return areas
    .map((a) => {
      const s = layerScore(model.results[a.slug], model.layer.id);
      const example = s ? ('containsExample' in s ? s.containsExample : s.status === 'exempel') : false;
      return { ...a, score: s?.score ?? null, rank: s?.rank ?? null, example };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}

function names(list: { name: string; score: number | null }[]) {
  return list.map((r) => `${r.name} (${formatNumber(r.score!, 1)})`).join(', ');
}

/** One sentence that says what the map shows: the two lowest and the highest areas. */
export function mapSummary(model: IndexModel, areas: AreaName[], t: Messages): string {
  const rows = rankingRows(model, areas).filter((r) => r.score !== null);
  if (rows.length === 0) return t.mapSummaryMissing(model.layer.label, model.year);
  const low = rows.slice(0, 2);
  const high = rows.slice(-1);
  const sentence = t.mapSummary(model.layer.label, model.year, names(low), names(high));
  return model.layerHasExample ? `${sentence} (${t.exampleData})` : sentence;
}
