import type { Initiative } from '../../../features/initiatives/api/initiatives';
import { CLASS_COLORS, classLabel, legendClasses } from '../../../features/index/classes';
import type { IndexModel } from '../../../features/index/model';
import { standingOf, standingSentence } from '../../../features/index/standing';
import { ExampleBadge } from '../../../lib/components/example-badge';
import type { Messages } from '../../../lib/copy/sv';
import { formatNumber } from '../../../lib/format';

/** What a slide lists of an area's initiatives: the area-bound first, then the city-wide. */
export const SLIDE_INITIATIVES = 6;

const classText = (cls: number, t: Messages) => classLabel(legendClasses()[cls]!, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove });

/** The index value of the area with its class, rank and one sentence about it. */
function SlideIndex({ model, slug, name, areas, t }: { model: IndexModel; slug: string; name: string; areas: string[]; t: Messages }) {
  const s = standingOf(model, slug, areas);
  if (!s) return null;
  return (
    <div className="slide-index">
      <p className="slide-layer">
        {model.layer.label} {model.year} {s.example && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </p>
      {s.score !== null && s.cls !== null && (
        <p className="slide-value">
          <strong className="slide-score">{formatNumber(s.score, 1)}</strong>{' '}
          <span className="slide-class">
            <span className="swatch" style={{ background: CLASS_COLORS[s.cls] }} aria-hidden="true" /> {t.colClass}: {classText(s.cls, t)}
            {s.rank !== null && <> · {t.rankOf(s.rank, areas.length)}</>}
          </span>
        </p>
      )}
      <p className="slide-sentence">{standingSentence(s, name, areas.length, model, t)}</p>
    </div>
  );
}

/** Up to SLIDE_INITIATIVES of the area's initiatives, names only: a room reads names, not details. */
function SlideInitiatives({ inArea, cityWide, t }: { inArea: Initiative[]; cityWide: Initiative[]; t: Messages }) {
  const shown = [...inArea, ...cityWide].slice(0, SLIDE_INITIATIVES);
  const more = inArea.length + cityWide.length - shown.length;
  return (
    <section className="slide-initiatives" aria-labelledby="slide-initiatives-title">
      <h3 id="slide-initiatives-title">{t.slideInitiatives(inArea.length, cityWide.length)}</h3>
      <ul>
        {shown.map((item, i) => (
          <li key={item.id} data-scope={i < inArea.length ? 'area' : 'city'}>
            <span className="slide-initiative-name">{item.name}</span>
            {i >= inArea.length && <span className="slide-scope"> · {t.scopeCity}</span>}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="slide-more">{t.slideMoreInitiatives(more)}</p>}
    </section>
  );
}

export function SlideArea(props: { model: IndexModel | null; slug: string; name: string; areas: string[]; inArea: Initiative[] | null; cityWide: Initiative[]; t: Messages }) {
  const { model, slug, name, areas, inArea, cityWide, t } = props;
  return (
    <>
      <h2 className="slide-name">{name}</h2>
      {model && <SlideIndex model={model} slug={slug} name={name} areas={areas} t={t} />}
      {inArea && <SlideInitiatives inArea={inArea} cityWide={cityWide} t={t} />}
    </>
  );
}
