import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { InitiativeList } from './initiative-list';
import { RegisterFreshnessLine } from './register-freshness';

/**
 * In the area panel: what the sources tie to this area, then the city-wide work, folded. Both
 * lists come from the register's one filter pass (selectInitiatives with the area).
 */
export function AreaInitiatives({ inArea, cityWide, onOpen, labels, t }: { inArea: Initiative[]; cityWide: Initiative[]; onOpen: (id: string) => void; labels: Labeller; t: Messages }) {
  return (
    <section className="area-initiatives" aria-labelledby="area-initiatives-title">
      <h3 id="area-initiatives-title">{t.areaInitiatives(inArea.length)}</h3>
      <RegisterFreshnessLine freshness={labels.freshness} t={t} />
      {inArea.length ? <InitiativeList items={inArea} onOpen={onOpen} labels={labels} t={t} /> : <p className="small">{t.noAreaInitiatives}</p>}
      <details>
        <summary>{t.cityWideInitiatives(cityWide.length)}</summary>
        <InitiativeList items={cityWide} onOpen={onOpen} labels={labels} t={t} />
      </details>
    </section>
  );
}
