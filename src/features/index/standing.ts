import type { Messages } from '../../lib/copy/sv';
import { classify } from './classes';
import { layerScore } from './layers';
import type { IndexModel } from './model';

/** Where one area stands in the shown layer and year: what a slide says about it in one sentence. */
export interface Standing {
  score: number | null;
  rank: number | null;
  /** Class index (0 = darkest = lowest scores); null = no value. */
  cls: number | null;
  /** The lowest or highest score of all areas (a shared one counts). */
  extreme: 'lowest' | 'highest' | null;
  /** The value is (or contains) example data. */
  example: boolean;
}

export function standingOf(model: IndexModel, area: string, areas: readonly string[]): Standing | null {
  const own = layerScore(model.results[area], model.layer.id);
  if (!own) return null;
  const score = own.score;
  const example = 'containsExample' in own ? own.containsExample : own.status === 'exempel';
  const scores = areas.map((a) => layerScore(model.results[a], model.layer.id)?.score).filter((s): s is number => typeof s === 'number');
  const extreme = score === null ? null : score <= Math.min(...scores) ? 'lowest' : score >= Math.max(...scores) ? 'highest' : null;
  return { score, rank: own.rank, cls: classify(score), extreme, example };
}

/**
 * One plain sentence about an area's standing, e.g. "Örtagården har det lägsta indexvärdet av
 * Malmös 14 områden (rang 1), klart under Malmö = 100: stora utmaningar."
 */
export function standingSentence(s: Standing, name: string, total: number, model: Pick<IndexModel, 'layer' | 'year'>, t: Messages): string {
  if (s.score === null || s.rank === null || s.cls === null) return t.standingMissing(name, model.layer.label, model.year);
  const head = s.extreme === 'lowest' ? t.standingLowest(name, total, s.rank) : s.extreme === 'highest' ? t.standingHighest(name, total, s.rank) : t.standingRank(name, total, s.rank);
  return `${head}, ${t.standingClass(s.cls)}.`;
}
