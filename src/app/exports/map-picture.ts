import { classLabel, legendClasses, MISSING_COLOR } from '../../features/index/classes';
import type { IndexModel } from '../../features/index/model';
import type { Messages } from '../../lib/copy/sv';
import { formatNumber } from '../../lib/format';
import type { MapPictureText } from './export-png';

/**
 * Title, legend and source of the map picture: the same for the download and the printed page.
 * The selected area leads the title (the map shows all 14, with that one outlined).
 */
export function mapPictureText(t: Messages, model: IndexModel, area: string | null): MapPictureText {
  return {
    title: `${area ? `${area}: ` : ''}${model.layer.label} ${model.year} (${t.legendUnit})${model.layerHasExample ? ` – ${t.exampleData}` : ''}`,
    subtitle: t.appSubtitle,
    legend: [
      ...legendClasses().map((c) => ({ color: c.color, label: classLabel(c, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove }) })),
      { color: MISSING_COLOR, label: t.legendMissing, hatched: true },
    ],
    source: t.sources,
  };
}
