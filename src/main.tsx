import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

// First paint needs only React and this shell; the app (data layer, validation, views) loads
// right after it in its own chunk, and the map after that in another (docs/performance.md).
const Root = lazy(() => import('./app/root'));
// Start downloading the map code now, in parallel with the app chunk and the data, instead of
// after the areas have arrived: the lazy() in the app reuses this same module request.
void import('./features/map/map-view');

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

const root = document.getElementById('root');
if (!root) throw new Error('Saknar #root i index.html');
createRoot(root).render(
  <StrictMode>
    <Suspense fallback={<Shell />}>
      <Root />
    </Suspense>
  </StrictMode>,
);
