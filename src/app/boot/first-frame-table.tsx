import { classLabel, legendClasses } from '../../features/index/classes';
import type { FirstFrame } from '../../features/map/map-drawing';
import type { Messages } from '../../lib/copy/sv';
import { formatNumber } from '../../lib/format';
import { ExampleBadge } from '../../lib/components/example-badge';
import type { Lang } from '../url/codecs';

/**
 * The default view's areas as the build computed them (scripts/lib/first-frame.ts): name, value,
 * class and number of insatser, in the page before the app has loaded and with no JavaScript.
 */
export function FirstFrameTable({ frame, lang, t }: { frame: FirstFrame; lang: Lang; t: Messages }) {
  const classes = legendClasses();
  return (
    <table className="data-table first-frame-table">
      <caption>
        {frame.layerLabel[lang]} {frame.year} {frame.example && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.colArea}</th>
          <th scope="col">{t.colScore}</th>
          <th scope="col">{t.colClass}</th>
          <th scope="col">{t.colInitiatives}</th>
        </tr>
      </thead>
      <tbody>
        {frame.areas.map((a) => (
          <tr key={a.slug}>
            <th scope="row">{a.name}</th>
            <td>{a.score === null ? t.missing : formatNumber(a.score, 1)}</td>
            <td>{a.cls === null ? t.missing : classLabel(classes[a.cls]!, (n) => formatNumber(n), { below: t.legendBelow, above: t.legendAbove })}</td>
            <td>{a.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
