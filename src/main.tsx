// First: it requests the map chunk before React runs.
import { startFirstFrame, startLang as lang, startMapAside as mapAside, startMode as mode, startShowsMap as showsMap, startView as view } from './app/boot/start';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/index.css';
import { en } from './lib/copy/en';
import { sv } from './lib/copy/sv';
import { mapAttribution, mapLabels, startEarlyMap } from './app/boot/early-map';
import { LoadFailed, LoadingFrame, frameKey, type LoadingFrameProps } from './app/boot/loading-frame';
import { AREAS_FILE, BASEMAP_FILE } from './features/areas/files';
import { registerServiceWorker } from './app/boot/service-worker';

// First paint needs only React and the loading frame. Then the map, then the app
// (docs/performance.md): the map chunk is requested first thing (./app/boot/start) and the map is
// created in the frame as soon as both are there. The app's chunk (data layer, validation, views)
// is requested once the map exists, so that its evaluation does not hold the map's creation up,
// and the app is shown, and starts fetching and validating its data, only after the map's first
// idle. The app replaces the frame in one commit and takes the running map over; not through
// lazy() + Suspense, which in React 19 holds the revealed content back for up to 300 ms.
const t = lang === 'en' ? en : sv;
const frame = { t, lang, mode, view };

const loadApp = () => import('./app/root');
const { created, ready } = showsMap
  ? startEarlyMap({
      files: { areas: AREAS_FILE, basemap: BASEMAP_FILE },
      labels: mapLabels(t),
      attribution: mapAttribution(t),
      cooperativeGestures: mode === 'embed',
      firstFrame: startFirstFrame,
    })
  : { created: Promise.resolve(), ready: Promise.resolve() };
const app = created.then(loadApp);

const show = (page: ReactNode) => root.render(<StrictMode>{page}</StrictMode>);

const el = document.getElementById('root');
if (!el) throw new Error('Saknar #root i index.html');
const frameProps: LoadingFrameProps = { ...frame, showsMap, mapAside, firstFrame: startFirstFrame };
const loadingFrame = (
  <StrictMode>
    <LoadingFrame {...frameProps} />
  </StrictMode>
);
// The build prerenders the frame of a plain visit (scripts/prerender.ts): hydrated when this page
// shows the same frame; any other (another language, view or mode) is rendered anew.
const prerendered = el.dataset.frame !== undefined && el.dataset.frame === frameKey(frameProps);
if (!prerendered) el.replaceChildren();
const root = prerendered ? hydrateRoot(el, loadingFrame) : createRoot(el);
if (!prerendered) root.render(loadingFrame);
// For tests, like the map's data-map-* counters: whether the prerendered page was hydrated.
else el.dataset.hydrated = 'true';
Promise.all([app, ready]).then(
  ([{ default: Root, startData }]) => {
    startData();
    show(<Root />);
  },
  () => show(<LoadFailed {...frame} />),
);
// Precaching fetches every file again: not while the map loads (two cores here, one on a phone).
void ready.then(registerServiceWorker);
