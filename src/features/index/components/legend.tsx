import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { MISSING_COLOR, classLabel, legendClasses } from '../classes';
import type { IndexModel } from '../model';
import { ExampleBadge } from '../../../lib/components/example-badge';

/** The map's key; `children`: what else the map can draw, keyed in the same box (the insatsområden's toggle). */
export function Legend({ model, t, children }: { model: IndexModel; t: Messages; children?: ReactNode }) {
  return (
    <figure className="legend" aria-labelledby="legend-title">
      <figcaption id="legend-title">
        <strong>
          {model.layer.label} {model.year}
        </strong>{' '}
        <span className="legend-unit">({t.legendUnit})</span>{' '}
        {model.layerHasExample && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </figcaption>
      <ul className="legend-classes">
        {legendClasses().map((c) => (
          <li key={c.index}>
            <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
            {classLabel(c, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove })}
          </li>
        ))}
        <li>
          <span className="swatch swatch-missing" style={{ backgroundColor: MISSING_COLOR }} aria-hidden="true" />
          {t.legendMissing}
        </li>
      </ul>
      <p className="legend-note">{t.legendNote}</p>
      {children}
    </figure>
  );
}
