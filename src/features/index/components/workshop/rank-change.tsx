import type { WeightingMessages } from '../../../../lib/copy/weighting-sv';
import type { Messages } from '../../../../lib/copy/sv';
import type { AreaName } from '../../summary';
import { ShowMore } from '../../../../lib/components/show-more';
import { usePaged } from '../../../../lib/use-paged';

/** Rows shown at a time in the workshop's tables (with 6,000 areas, all at once took seconds). */
export const WORKSHOP_PAGE = 200;

export interface RankChangeRow {
  slug: string;
  name: string;
  proposal: number | null;
  custom: number | null;
}

/** Each area's composite rank in the proposal and in the custom weighting, by custom rank (unranked last). */
export function rankChangeRows(areas: readonly AreaName[], proposal: (slug: string) => number | null, custom: (slug: string) => number | null): RankChangeRow[] {
  return areas
    .map((a) => ({ slug: a.slug, name: a.name, proposal: proposal(a.slug), custom: custom(a.slug) }))
    .sort((a, b) => (a.custom ?? Infinity) - (b.custom ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}

/** "2 upp" when the area moved towards rank 1 (greater challenges), "1 ned" the other way. */
export function changeText(row: RankChangeRow, w: WeightingMessages): string {
  if (row.proposal === null || row.custom === null) return '–';
  const d = row.proposal - row.custom;
  return d === 0 ? w.same : d > 0 ? w.up(d) : w.down(-d);
}

export function RankChangeTable({ rows, w, t }: { rows: RankChangeRow[]; w: WeightingMessages; t: Messages }) {
  const { shown, left, more } = usePaged(rows.length, WORKSHOP_PAGE);
  return (
    <section className="rank-change" aria-labelledby="rank-change-h">
      <h3 id="rank-change-h">
        {w.rankChangeHeading} <span className="badge-custom">{w.badge}</span>
      </h3>
      <p className="small">{w.rankChangeIntro}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.colArea}</th>
            <th scope="col">{w.colProposalRank}</th>
            <th scope="col">{w.colCustomRank}</th>
            <th scope="col">{w.colChange}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((r) => (
            <tr key={r.slug}>
              <th scope="row">{r.name}</th>
              <td>{r.proposal ?? '–'}</td>
              <td>{r.custom ?? '–'}</td>
              <td>{changeText(r, w)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore left={left} page={WORKSHOP_PAGE} label={t.showMoreAreas} onMore={more} />
    </section>
  );
}
