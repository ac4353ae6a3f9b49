import type { ReactNode } from 'react';
import type { Messages } from '../../lib/copy/sv';
import type { View } from '../url/codecs';

/**
 * The map views' layout: the sidebar and the map section. The loading frame uses it too, so the
 * map it starts has the size it will have in the app.
 */
export function MapLayout({ t, view, sidebar, map, main = true }: { t: Messages; view: View; sidebar: ReactNode; map: ReactNode; main?: boolean }) {
  const content = (
    <>
      <div className="sidebar">{sidebar}</div>
      <section className="map-section" aria-label={t.mapLabel}>
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
  // The app's <main> is the skip link's target; the loading frame's is not focusable yet.
  return main ? (
    <main id="main-content" className="layout" data-view={view} tabIndex={-1}>
      {content}
    </main>
  ) : (
    <main className="layout" data-view={view}>
      {content}
    </main>
  );
}
