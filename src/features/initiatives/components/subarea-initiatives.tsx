import type { Messages } from '../../../lib/copy/sv';
import type { Initiative } from '../api/initiatives';
import type { Labeller } from '../labels';
import { InitiativeList } from './initiative-list';

/** In a delområde's view: what the sources tie to the delområde, then the rest of its area's work, folded. */
export function SubareaInitiatives({ own, inArea, areaName, onOpen, labels, t }: { own: Initiative[]; inArea: Initiative[]; areaName: string; onOpen: (id: string) => void; labels: Labeller; t: Messages }) {
  return (
    <section className="area-initiatives" aria-labelledby="subarea-initiatives-title">
      <h3 id="subarea-initiatives-title">{t.subareaInitiatives(own.length)}</h3>
      {own.length ? <InitiativeList items={own} onOpen={onOpen} labels={labels} t={t} /> : <p className="small">{t.noSubareaInitiatives}</p>}
      <details>
        <summary>{t.areaOfSubareaInitiatives(areaName, inArea.length)}</summary>
        <InitiativeList items={inArea} onOpen={onOpen} labels={labels} t={t} />
      </details>
    </section>
  );
}
