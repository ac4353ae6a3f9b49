import { StrictMode } from 'react';
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

function Shell() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Områdeskartan</h1>
          <p>{english ? 'The City of Malmö’s 14 geographical statistical areas' : 'Malmö stads 14 geografiska statistikområden'}</p>
        </div>
      </header>
      <p className="shell-loading" role="status">
        {english ? 'Loading …' : 'Laddar …'}
      </p>
    </div>
  );
}

function LoadFailed() {
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Områdeskartan</h1>
        </div>
      </header>
      <div className="notice notice-error" role="alert">
        <p>{english ? 'The app could not be loaded (network error).' : 'Appen kunde inte laddas (nätverksfel).'}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {english ? 'Reload' : 'Ladda om'}
        </button>
      </div>
    </div>
  );
}

const el = document.getElementById('root');
if (!el) throw new Error('Saknar #root i index.html');
const root = createRoot(el);
root.render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);
app.then(
  ({ default: Root }) =>
    root.render(
      <StrictMode>
        <Root />
      </StrictMode>,
    ),
  () =>
    root.render(
      <StrictMode>
        <LoadFailed />
      </StrictMode>,
    ),
);
