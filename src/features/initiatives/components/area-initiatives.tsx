import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { isCityWide } from '../model';
import { InitiativeList } from './initiative-list';

/** In the area panel: what the sources tie to this area, then the city-wide work, folded. */
export function AreaInitiatives({ area, items, onOpen, labels, t }: { area: string; items: Initiative[]; onOpen: (id: string) => void; labels: Labeller; t: Messages }) {
  const local = items.filter((i) => i.geography.areas.includes(area));
  const cityWide = items.filter((i) => isCityWide(i) && !i.geography.areas.includes(area));
  return (
    <section className="area-initiatives" aria-labelledby="area-initiatives-title">
      <h3 id="area-initiatives-title">{t.areaInitiatives(local.length)}</h3>
      {local.length ? <InitiativeList items={local} onOpen={onOpen} labels={labels} t={t} /> : <p className="small">{t.noAreaInitiatives}</p>}
      <details>
        <summary>{t.cityWideInitiatives(cityWide.length)}</summary>
        <InitiativeList items={cityWide} onOpen={onOpen} labels={labels} t={t} />
      </details>
    </section>
  );
}
