import { classLabel, legendClasses } from '../../features/index/classes';
import { Legend } from '../../features/index/components/legend';
import { FocusAreas } from '../../features/initiatives/components/focus-areas';
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

const ignore = () => undefined;

/**
 * The layer and year pickers and the legend as the app will show them for the first frame's view,
 * not yet usable: in the page before the app (and while the app's index loads), so nothing above
 * the areas moves when the app's own come (layout shift, docs/performance.md).
 */
export function FirstFrameIndex({ frame, lang, t }: { frame: FirstFrame; lang: Lang; t: Messages }) {
  const label = frame.layerLabel[lang];
  return (
    <>
      <div className="index-controls">
        <label>
          <span>{t.layer}</span>
          <select disabled value={frame.layer} onChange={ignore}>
            <option value={frame.layer}>{label}</option>
          </select>
        </label>
        <label>
          <span>{t.year}</span>
          <select disabled value={frame.year} onChange={ignore}>
            <option value={frame.year}>{frame.year}</option>
          </select>
        </label>
        {frame.example && <ExampleBadge label={t.exampleData} title={t.exampleDataTitle} />}
      </div>
      <Legend model={{ layer: { label }, year: frame.year, layerHasExample: frame.example }} t={t}>
        <FocusAreas efforts={null} shown={false} onToggle={ignore} labels={null} t={t} disabled />
      </Legend>
      {/* Where the app puts "Väg själv" (index-sidebar.tsx), off until it runs: the area list below does not move when it comes. */}
      <p className="workshop-link">
        <button type="button" className="link-button" disabled>
          {t.workshopOpen}
        </button>
      </p>
    </>
  );
}

/**
 * The map's text alternative as the app shows it (MapTextAlternative): the sentence, and its table
 * folded, here the first frame's. Its place under the map is the app's, so nothing moves below it.
 */
export function FirstFrameMapText({ frame, lang, t }: { frame: FirstFrame; lang: Lang; t: Messages }) {
  return (
    <div className="map-text">
      <p className="map-summary">{frame.summary[lang]}</p>
      <details>
        <summary>{t.mapTableTitle}</summary>
        <FirstFrameTable frame={frame} lang={lang} t={t} />
      </details>
    </div>
  );
}
