import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { loadMapModule } from './app/map-module';

// First paint needs only React and this shell; the app (data layer, validation, views) loads
// right after it in its own chunk, and the map in another, both requested now and in parallel
// (docs/performance.md). The app replaces the shell as soon as its chunk has run: not through
// lazy() + Suspense, which in React 19 holds the revealed content back for up to 300 ms.
const app = import('./app/root');
void loadMapModule();

const english = new URLSearchParams(window.location.search).get('lang') === 'en';

/** The page's frame before the app has loaded: the same header, then a status or an error. */
function Frame({ subtitle, children }: { subtitle?: string; children: ReactNode }) {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Områdeskartan</h1>
          {subtitle && <p>{subtitle}</p>}
        </div>
      </header>
      {children}
    </div>
  );
}

function Shell() {
  return (
    <Frame subtitle={english ? 'The City of Malmö’s 14 geographical statistical areas' : 'Malmö stads 14 geografiska statistikområden'}>
      <p className="shell-loading" role="status">
        {english ? 'Loading …' : 'Laddar …'}
      </p>
    </Frame>
  );
}

function LoadFailed() {
  return (
    <Frame>
      <div className="notice notice-error" role="alert">
        <p>{english ? 'The app could not be loaded (network error).' : 'Appen kunde inte laddas (nätverksfel).'}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {english ? 'Reload' : 'Ladda om'}
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
app.then(
  ({ default: Root }) => show(<Root />),
  () => show(<LoadFailed />),
);
