// First: it requests the map chunk before React runs.
import { startLang as lang, startMode as mode, startShowsMap as showsMap, startView as view } from './app/start';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { en } from './lib/copy/en';
import { sv } from './lib/copy/sv';
import { MAP_ATTRIBUTION, mapLabels, mountEarlyMap, startEarlyMap } from './app/early-map';
import { AREAS_FILE, BASEMAP_FILE } from './features/areas/files';
import { AppFooter, AppHeader } from './app/app-frame';
import { currentUrl } from './app/url-state';

// First paint needs only React and this frame. Then the map, then the app (docs/performance.md):
// the map chunk is requested first thing (./app/start) and the map is created in the frame as soon
// as both are there. The app's chunk (data layer, validation, views) is requested once the map
// exists, so that its evaluation does not hold the map's creation up, and the app is shown, and
// starts fetching and validating its data, only after the map's first idle. The app replaces the
// frame in one commit and takes the running map over; not through lazy() + Suspense, which in
// React 19 holds the revealed content back for up to 300 ms.
const t = lang === 'en' ? en : sv;

const loadApp = () => import('./app/root');
const { created, ready } = showsMap
  ? startEarlyMap({
      files: { areas: AREAS_FILE, basemap: BASEMAP_FILE },
      labels: mapLabels(t),
      attribution: MAP_ATTRIBUTION,
      cooperativeGestures: mode === 'embed',
    })
  : { created: Promise.resolve(), ready: Promise.resolve() };
const app = created.then(loadApp);

/**
 * The page before the app has loaded: the app's header (views and tools disabled until it is in)
 * and footer, so that the map started in between has the size it will have in the app.
 */
function Frame({ children }: { children: ReactNode }) {
  const tool = (label: string) => (
    <button type="button" disabled>
      {label}
    </button>
  );
  return (
    <div className="app" data-mode={mode}>
      <AppHeader
        t={t}
        mode={mode}
        view={view}
        tools={
          mode === 'embed' ? (
            <a href={currentUrl({ inbaddning: null })} target="_blank" rel="noopener">
              {t.openFull}
            </a>
          ) : (
            <>
              {mode === 'normal' && tool(t.share)}
              {mode === 'normal' && tool(t.embed)}
              {mode === 'normal' && tool(t.present)}
              {tool(t.switchLanguage)}
            </>
          )
        }
      />
      {children}
      <AppFooter t={t} />
    </div>
  );
}

/** The app's layout with the map already in it: the app takes the map's container over. */
function Shell() {
  const status = (
    <p className="shell-loading" role="status">
      {t.loading}
    </p>
  );
  return (
    <Frame>
      {showsMap ? (
        <main className="layout" data-view={view}>
          <div className="sidebar">{status}</div>
          <section className="map-section" aria-label={t.mapLabel}>
            <p className="map-hint">
              {t.mapHint} {t.mapCountsLabel}
            </p>
            <div className="map-wrap" ref={(el) => void (el && mountEarlyMap(el))} />
            <div className="map-text" />
          </section>
        </main>
      ) : (
        status
      )}
    </Frame>
  );
}

function LoadFailed() {
  return (
    <Frame>
      <div className="notice notice-error" role="alert">
        <p>{t.appLoadFailed}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </Frame>
  );
}

const show = (page: ReactNode) => root.render(<StrictMode>{page}</StrictMode>);

const el = document.getElementById('root');
if (!el) throw new Error('Saknar #root i index.html');
const root = createRoot(el);
show(<Shell />);
Promise.all([app, ready]).then(
  ([{ default: Root, startData }]) => {
    startData();
    show(<Root />);
  },
  () => show(<LoadFailed />),
);
