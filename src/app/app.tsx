import { Suspense, useEffect, type ComponentType } from 'react';
import { setUiLocale } from '../lib/format';
import { AppDataProvider, useAppData } from './data/app-data';
import { ExportsPanel } from './exports/exports-panel';
import { PrintFrame } from './exports/print-frame';
import { useReportHeight } from './modes/embed/report-height';
import { Slide } from './modes/presentation/slide';
import { usePresentationMode } from './modes/presentation/use-presentation';
import { AppFooter, AppHeader } from './shell/app-frame';
import { HeaderTools } from './shell/header-tools';
import { MapLayout } from './shell/layout';
import { mapAside } from './shell/map-aside';
import { Messages } from './shell/messages';
import { useNotices } from './shell/notices';
import { useCopy } from './shell/use-copy';
import { ViewBoundary } from './shell/view-boundary';
import { setMapShown, showView } from './url/actions';
import type { View } from './url/codecs';
import { useUrlCorrections } from './url/corrections';
import { useUrlState } from './url/url-state';
import { AreaView } from './views/area-view';
import { CompareView } from './views/compare-view';
import { CoordinationView } from './views/coordination-view';
import { DetailPane } from './views/detail-pane';
import { IndexSidebar } from './views/index-sidebar';
import { InitiativesView } from './views/initiatives-view';
import { MapPane } from './views/map-pane';
import { MatrixView } from './views/matrix-view';
import { MethodView } from './views/method-view';
import { RankingView } from './views/ranking-view';
import { StatementView } from './views/statement-view';
import { PreviewBanner } from './shell/preview-banner';
import { retryableLazy } from '../lib/retryable-lazy';

/** The views shown beside the map, each in the sidebar of the map layout (src/app/README.md). */
const SIDEBAR_VIEWS: Record<Exclude<View, 'metod' | 'tillganglighet' | 'redigera'>, ComponentType> = {
  karta: AreaView,
  insatser: InitiativesView,
  matris: MatrixView,
  samordning: CoordinationView,
  rankning: RankingView,
  jamfor: CompareView,
};
/** The views that are pages of text, without the map. */
// The workbench (and its CSV reader) only for those who open it.
const WorkbenchView = retryableLazy<object>(() => import('./views/workbench-view'));
const PAGES: Record<'metod' | 'tillganglighet' | 'redigera', ComponentType> = { metod: MethodView, tillganglighet: StatementView, redigera: WorkbenchView };

const isPage = (view: View): view is keyof typeof PAGES => view in PAGES;
const showStatement = () => showView('tillganglighet');

/** The app: the data for every view, the mode (normal / embed / presentation) and the view. */
export function App() {
  return (
    <AppDataProvider>
      <Page />
    </AppDataProvider>
  );
}

function Page() {
  const url = useUrlState();
  const { t, lang, locale } = useCopy();
  const { mode, view } = url;
  // Before any child formats a number or a date.
  setUiLocale(locale);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const { notices, notify, dismiss } = useNotices();
  useUrlCorrections(url, useAppData().known, t, notify);
  usePresentationMode(mode === 'presentation');
  useReportHeight(mode === 'embed');

  return (
    <div className="app" data-mode={mode}>
      <a className="skip-link" href="#main-content">
        {t.skipToList}
      </a>
      <AppHeader t={t} mode={mode} view={view} onView={showView} tools={<HeaderTools t={t} mode={mode} lang={lang} />} />
      <Messages t={t} notices={notices} onDismiss={dismiss} />
      <PreviewBanner lang={lang} />
      {mode === 'presentation' ? <Slide /> : isPage(view) ? <TextPage view={view} /> : <MapViews view={view} />}
      <PrintFrame />
      <AppFooter t={t} onStatement={showStatement} />
    </div>
  );
}

function TextPage({ view }: { view: keyof typeof PAGES }) {
  const { t } = useCopy();
  const Content = PAGES[view];
  return (
    <main id="main-content" className="page" tabIndex={-1}>
      <ViewBoundary key={view} t={t}>
        {/* The workbench is a lazy chunk: its page waits here, not the whole app. */}
        <Suspense fallback={<p className="shell-loading">{t.loading}</p>}>
          <Content />
        </Suspense>
      </ViewBoundary>
    </main>
  );
}

/** A map view: its sidebar (or the open initiative in its place) beside the map. */
function MapViews({ view }: { view: keyof typeof SIDEBAR_VIEWS }) {
  const { t } = useCopy();
  const { mode, showMap } = useUrlState();
  const { open, register } = useAppData();
  const detailOpen = open !== null && register.labels !== null;
  const Sidebar = SIDEBAR_VIEWS[view];
  const aside = mapAside(view, mode, showMap);
  return (
    <MapLayout
      t={t}
      view={view}
      aside={aside}
      onToggleMap={() => setMapShown(aside === true)}
      map={<MapPane />}
      sidebar={
        <ViewBoundary key={detailOpen ? 'insats' : view} t={t}>
          {detailOpen ? (
            <DetailPane />
          ) : (
            <>
              {view !== 'insatser' && view !== 'samordning' && <IndexSidebar />}
              <Sidebar />
              {mode === 'normal' && <ExportsPanel />}
            </>
          )}
        </ViewBoundary>
      }
    />
  );
}
