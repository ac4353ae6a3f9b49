import type { ReactNode } from 'react';
import type { Messages } from '../../lib/copy/sv';
import { VIEWS, type View } from '../url/codecs';
import { currentUrl } from '../url/store';
import type { Mode } from '../url/url-state';
import { HeaderMenu } from './header-menu';

/**
 * The page's header: title, views and tools (behind a menu button on phones). The entry chunk's
 * loading frame draws the same header (views disabled until the app is in), so the map it starts
 * has the size it will have.
 */
export function AppHeader({ t, mode, view, onView, tools }: { t: Messages; mode: Mode; view: View; onView?: (v: View) => void; tools: ReactNode }) {
  const labels: Record<View, string> = {
    redigera: t.viewWorkbench,
    karta: t.viewMap,
    insatser: t.viewInitiatives,
    matris: t.viewMatrix,
    samordning: t.viewCoordination,
    rankning: t.viewRanking,
    jamfor: t.viewCompare,
    metod: t.viewMethod,
    tillganglighet: t.accessibilityTitle,
  };
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.appTitle}</h1>
        {mode !== 'embed' && <p>{t.appSubtitle}</p>}
      </div>
      <HeaderMenu label={t.menu} disabled={!onView}>
        {(close) => (
          <>
            <nav aria-label={t.viewsLabel} className="views">
              {VIEWS.map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-current={view === v ? 'page' : undefined}
                  disabled={!onView}
                  onClick={() => {
                    onView?.(v);
                    close();
                  }}
                >
                  {labels[v]}
                </button>
              ))}
            </nav>
            <div className="tools">{tools}</div>
          </>
        )}
      </HeaderMenu>
    </header>
  );
}

/** The footer: sources, and the accessibility statement (a link, as the law asks). */
export function AppFooter({ t, onStatement }: { t: Messages; onStatement?: () => void }) {
  return (
    <footer className="app-footer">
      <p>
        <strong>{t.sourcesHeading}:</strong> {t.sources} ·{' '}
        <a
          href={currentUrl({ vy: 'tillganglighet' })}
          onClick={(e) => {
            if (!onStatement) return;
            e.preventDefault();
            onStatement();
          }}
        >
          {t.accessibilityTitle}
        </a>
      </p>
    </footer>
  );
}
