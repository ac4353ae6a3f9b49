import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { MISSING_COLOR, classLabel, legendClasses } from '../classes';
import type { IndexModel } from '../model';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { Swatch } from '../../../lib/components/swatch';

/** The map's key; `children`: what else the map can draw, keyed in the same box (the insatsområden's toggle). */
// Only what the title needs: the prerendered page draws the legend from the build's first frame.
type LegendModel = { layer: Pick<IndexModel['layer'], 'label'> } & Pick<IndexModel, 'year' | 'layerHasExample'>;

export function Legend({ model, t, children }: { model: LegendModel; t: Messages; children?: ReactNode }) {
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
            <Swatch color={c.color} />
            {classLabel(c, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove })}
          </li>
        ))}
        <li>
          <Swatch color={MISSING_COLOR} hatched />
          {t.legendMissing}
        </li>
      </ul>
      <p className="legend-note">{t.legendNote}</p>
      {children}
    </figure>
  );
}
