import type { ReactNode } from 'react';
import type { Messages } from '../../lib/copy/sv';
import type { View } from '../url/codecs';

/**
 * The map views' layout: the sidebar and the map section. The loading frame uses it too, so the
 * map it starts has the size it will have in the app. In the table and chart views the map steps
 * aside (`aside`, see map-aside.ts) and a button brings it back; the frame draws that button disabled.
 */
export function MapLayout({
  t,
  view,
  sidebar,
  map,
  main = true,
  aside = null,
  onToggleMap,
}: {
  t: Messages;
  view: View;
  sidebar: ReactNode;
  map: ReactNode;
  main?: boolean;
  aside?: boolean | null;
  onToggleMap?: () => void;
}) {
  const content = (
    <>
      <div className="sidebar">
        {aside !== null && (
          <div className="map-toggle">
            <button type="button" aria-expanded={!aside} aria-controls="map-section" disabled={!onToggleMap} onClick={onToggleMap}>
              {aside ? t.showMap : t.hideMap}
            </button>
          </div>
        )}
        {sidebar}
      </div>
      <section className="map-section" id="map-section" aria-label={t.mapLabel}>
        {/* On phones the short one (one line, and no keyboard keys to tell of); CSS picks. */}
        <p className="map-hint" id="map-hint">
          <span className="map-hint-long">
            {t.mapHint} {t.mapCountsLabel}
          </span>
          <span className="map-hint-short">{t.mapHintShort}</span>
        </p>
        {map}
      </section>
    </>
  );
  const mapState = aside === null ? undefined : aside ? 'aside' : 'shown';
  // The app's <main> is the skip link's target; the loading frame's is not focusable yet.
  return main ? (
    <main id="main-content" className="layout" data-view={view} data-map={mapState} tabIndex={-1}>
      {content}
    </main>
  ) : (
    <main className="layout" data-view={view} data-map={mapState}>
      {content}
    </main>
  );
}
