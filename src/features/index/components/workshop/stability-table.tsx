import type { WeightingMessages } from '../../../../lib/copy/weighting-sv';
import type { Messages } from '../../../../lib/copy/sv';
import { formatNumber } from '../../../../lib/format';
import type { Stability } from '../../stability';
import type { AreaName } from '../../summary';
import { ShowMore } from '../../../../lib/components/show-more';
import { usePaged } from '../../../../lib/use-paged';
import { WORKSHOP_PAGE } from './rank-change';

const W = 140;
const H = 14;
const M = 5;

/** The strip's geometry: rank 1 at the left, the last rank at the right. */
export function stripX(rank: number, of: number): number {
  return of <= 1 ? W / 2 : Math.round((M + ((rank - 1) * (W - 2 * M)) / (of - 1)) * 10) / 10;
}

/**
 * "Rangintervall": each area's best and worst composite rank over the weight grid and with one
 * indicator left out (stability.ts), as a strip (the range as a bar, the shown rank as a dot)
 * beside the numbers and a sentence; the strip is decoration, the text says it all.
 */
export function StabilityTable({ stability, areas, rankOf, w, t }: { stability: Stability; areas: readonly AreaName[]; rankOf: (slug: string) => number | null; w: WeightingMessages; t: Messages }) {
  const ranked = areas.filter((a) => rankOf(a.slug) !== null).length;
  const rows = [...areas].sort((a, b) => (rankOf(a.slug) ?? Infinity) - (rankOf(b.slug) ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
  const { shown, left, more } = usePaged(rows.length, WORKSHOP_PAGE);
  return (
    <section className="stability" aria-labelledby="stability-h">
      <h3 id="stability-h">{w.stabilityHeading}</h3>
      <p className="small">{w.stabilityIntro(formatNumber(stability.combinations, 0), stability.combinations < stability.ofCombinations)}</p>
      <table className="data-table stability-table">
        <thead>
          <tr>
            <th scope="col">{t.colRank}</th>
            <th scope="col">{t.colArea}</th>
            <th scope="col">{w.colRange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((a) => {
            const range = stability.ranges[a.slug] ?? null;
            const rank = rankOf(a.slug);
            return (
              <tr key={a.slug}>
                <td>{rank ?? '–'}</td>
                <th scope="row">{a.name}</th>
                <td className="stability-cell">
                  {range && (
                    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" className="stability-strip">
                      <line x1={M} x2={W - M} y1={H / 2} y2={H / 2} className="stability-axis" />
                      <rect x={stripX(range.min, ranked) - 3} y={2} width={stripX(range.max, ranked) - stripX(range.min, ranked) + 6} height={H - 4} rx={3} className="stability-range" />
                      {rank !== null && <circle cx={stripX(rank, ranked)} cy={H / 2} r={3} className="stability-rank" />}
                    </svg>
                  )}{' '}
                  <span>{range ? w.stabilitySentence(a.name, range.min, range.max) : w.stabilityNone(a.name)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowMore left={left} page={WORKSHOP_PAGE} label={t.showMoreAreas} onMore={more} />
    </section>
  );
}
