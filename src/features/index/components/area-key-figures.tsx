import { formatNumber } from '../../../lib/format';
import type { Messages } from '../../../lib/copy/sv';
import { ExampleBadge } from '../../../lib/components/example-badge';
import { CLASS_COLORS, classLabel, classify, legendClasses } from '../classes';
import { layerScore } from '../layers';
import type { IndexModel } from '../model';

/**
 * The line under an area's name: the value the map colours it by (the current layer and year),
 * its class with the map's colour, and its rank, so the key figure is read without scrolling.
 */
export function AreaKeyFigures({ model, area, areaCount, t }: { model: IndexModel; area: string; areaCount: number; t: Messages }) {
  const s = layerScore(model.results[area], model.layer.id);
  if (!s) return null;
  const cls = classify(s.score);
  const example = 'containsExample' in s ? s.containsExample : s.status === 'exempel';
  return (
    <p className="key-figures">
      <span className="key-label">
        {model.layer.label} {model.year}:
      </span>{' '}
      <strong className="key-score">{s.score === null ? t.missing : formatNumber(s.score, 1)}</strong>
      {cls !== null && (
        <span className="key-class">
          <span className="swatch" style={{ background: CLASS_COLORS[cls] }} aria-hidden="true" />
          {t.keyClass(classLabel(legendClasses()[cls]!, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove }))}
        </span>
      )}
      {s.rank !== null && <span className="key-rank">{t.rankOf(s.rank, areaCount)}</span>}
      {example && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
    </p>
  );
}
