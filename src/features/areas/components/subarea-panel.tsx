import type { ReactNode } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import { formatKm2 } from '../../../lib/format';
import type { SubareaFeature } from '../api/subareas';

/**
 * One delområde's view: its name, code and size, the area it belongs to (and the way back there),
 * its statistics (none per delområde in the data today, said plainly) and, as children, its initiatives.
 */
export function SubareaPanel({ subarea, areaName, onBack, t, children }: { subarea: SubareaFeature; areaName: string; onBack: () => void; t: Messages; children?: ReactNode }) {
  const p = subarea.properties;
  return (
    <article className="area-panel subarea-panel" aria-labelledby="subarea-panel-title">
      <div className="panel-head">
        <h2 id="subarea-panel-title">{p.name}</h2>
      </div>
      <p className="small">{t.subareaInArea(areaName)}</p>
      <p className="panel-back">
        <button type="button" className="link-button" onClick={onBack}>
          {t.backToArea(areaName)}
        </button>
      </p>
      <dl className="facts">
        <dt>{t.subareaCode}</dt>
        <dd>{p.code}</dd>
        <dt>{t.areaSize}</dt>
        <dd>{formatKm2(p.areaKm2)}</dd>
      </dl>
      <h3>{t.subareaStatsTitle}</h3>
      <p className="small">{t.subareaStatsNone}</p>
      {children}
    </article>
  );
}
