import type { ReactNode } from 'react';
import { formatKm2 } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import type { AreaFeature } from '../api/areas';

export interface SubareaSummary {
  slug: string;
  name: string;
}

export function AreaPanel({
  area,
  subareas,
  onClear,
  onOpenSubarea,
  picker,
  keyFigures,
  t,
  children,
}: {
  area: AreaFeature | null;
  /** null while the rest of the profile is on its way (a new selection's first frame): not listed yet. */
  subareas: SubareaSummary[] | null;
  onClear: () => void;
  /** Opens a delområde's own view; without it the delområden are a plain list. */
  onOpenSubarea?: (slug: string) => void;
  /** The compact area picker, beside the name (the full list is not shown while an area is). */
  picker?: ReactNode;
  /** The area's key figures from the index, right under its name. */
  keyFigures?: ReactNode;
  t: Messages;
  /** More about the area from other features (the index profile), shown before the delområden. */
  children?: ReactNode;
}) {
  if (!area) {
    return <p className="panel-empty">{t.noSelection}</p>;
  }
  const p = area.properties;
  return (
    <article className="area-panel" aria-labelledby="area-panel-title">
      <div className="panel-head">
        <h2 id="area-panel-title">{p.name}</h2>
        {picker}
      </div>
      {keyFigures}
      <p className="panel-back">
        <button type="button" className="link-button" onClick={onClear}>
          {t.allAreas}
        </button>
      </p>
      <dl className="facts">
        <dt>{t.officialName}</dt>
        <dd>{p.officialName}</dd>
        <dt>{t.areaSize}</dt>
        <dd>{formatKm2(p.areaKm2)}</dd>
      </dl>
      {children}
      {subareas && (
        <>
          <h3 id="subareas-title">
            {t.subareas} ({subareas.length})
          </h3>
          <ul className="subarea-list" aria-labelledby="subareas-title">
            {subareas.map((s) => (
              <li key={s.slug}>
                {onOpenSubarea ? (
                  <button type="button" className="link-button" onClick={() => onOpenSubarea(s.slug)}>
                    {s.name}
                  </button>
                ) : (
                  s.name
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
