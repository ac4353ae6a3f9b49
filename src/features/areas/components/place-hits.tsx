import type { Messages } from '../../../lib/copy/sv';
import type { PlaceHit } from '../place-search';

/** The places a search finds, as their own counted group above the initiatives; each is a button. */
export function PlaceHits({ hits, areaName, onChoose, t }: { hits: PlaceHit[]; areaName: (slug: string) => string; onChoose: (hit: PlaceHit) => void; t: Messages }) {
  if (hits.length === 0) return null;
  return (
    <section className="place-hits" aria-labelledby="place-hits-title">
      <h3 id="place-hits-title">{t.placeHits(hits.length)}</h3>
      <ul>
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.slug}`}>
            {/* The kind is in the button's name: an area and its delområde can share a name (Örtagården). */}
            <button type="button" className="link-button" onClick={() => onChoose(hit)}>
              {hit.name} <span className="small">({hit.kind === 'area' ? t.placeHitArea : t.placeHitSubarea(areaName(hit.areaSlug))})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
