import { useSyncExternalStore, type ReactNode } from 'react';
import type { Messages } from '../../lib/copy/sv';
import type { Lang, View } from '../url/codecs';
import type { Mode } from '../url/url-state';
import { AppFooter, AppHeader } from '../shell/app-frame';
import { HeaderTools } from '../shell/header-tools';
import { MapLayout } from '../shell/layout';
import { mountEarlyMap } from './early-map';
import type { FirstFrame } from '../../features/map/map-drawing';
import { FirstFrameIndex, FirstFrameMapText, FirstFrameTable } from './first-frame-table';

export interface FrameProps {
  t: Messages;
  lang: Lang;
  mode: Mode;
  view: View;
}

/**
 * The page before the app has loaded: the app's own header (views and tools disabled until it is
 * in) and footer, so that the map started in between has the size it will have in the app.
 */
function Frame({ t, lang, mode, view, children }: FrameProps & { children: ReactNode }) {
  return (
    <div className="app" data-mode={mode}>
      <AppHeader t={t} mode={mode} view={view} tools={<HeaderTools t={t} mode={mode} lang={lang} disabled />} />
      {children}
      <AppFooter t={t} />
    </div>
  );
}

export type LoadingFrameProps = FrameProps & { showsMap: boolean; mapAside: boolean | null; firstFrame?: FirstFrame | null };

/**
 * What the loading frame depends on, as a string: the prerendered page carries the one it was
 * rendered for (scripts/prerender.ts), and the client hydrates it only for the same one.
 */
export const frameKey = (p: LoadingFrameProps) => [p.lang, p.mode, p.view, p.showsMap, p.mapAside, p.firstFrame ? `${p.firstFrame.layer}:${p.firstFrame.year}` : ''].join('|');

/** The app's layout with the map's container in it: the map starts there, and the app takes it over. */
const noop = () => () => undefined;

export function LoadingFrame(props: LoadingFrameProps) {
  const { t, lang, view, showsMap, mapAside, firstFrame } = props;
  // "Laddar …" only where scripts run: not in the prerendered page, which a browser without
  // JavaScript shows as it is (the client adds it right after hydrating).
  const scripted = useSyncExternalStore(noop, () => true, () => false);
  const loading = (
    <p className="shell-loading" role="status">
      {scripted ? t.loading : ''}
    </p>
  );
  // With the build's first frame, the sidebar as the app will show it, with the areas' values and
  // counts, before the app (and without JavaScript: the page is prerendered with this,
  // scripts/prerender.tsx). "Laddar …" is then only said to screen readers: the pickers show it.
  // Not on the big screen, whose slide has a panel of its own (the map still starts coloured).
  const sidebarFrame = props.mode === 'presentation' ? null : firstFrame;
  const status = sidebarFrame ? (
    <>
      <p className="visually-hidden" role="status">
        {scripted ? t.loading : ''}
      </p>
      <noscript>
        <p className="notice">{t.noScript}</p>
      </noscript>
      <FirstFrameIndex frame={sidebarFrame} lang={lang} t={t} />
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading" className="section-title">
          {t.areasHeading}
        </h2>
        <FirstFrameTable frame={sidebarFrame} lang={lang} t={t} />
      </section>
    </>
  ) : (
    loading
  );
  return (
    <Frame {...props}>
      {showsMap ? (
        <MapLayout
          t={t}
          view={view}
          main={false}
          aside={mapAside}
          sidebar={status}
          map={
            <>
              <div className="map-wrap" ref={(el) => void (el && mountEarlyMap(el))} />
              {sidebarFrame ? <FirstFrameMapText frame={sidebarFrame} lang={lang} t={t} /> : <div className="map-text" />}
            </>
          }
        />
      ) : (
        status
      )}
    </Frame>
  );
}

/** The app's chunk could not be loaded (network): say so and offer a reload. */
export function LoadFailed(props: FrameProps) {
  const { t } = props;
  return (
    <Frame {...props}>
      <div className="notice notice-error" role="alert">
        <p>{t.appLoadFailed}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </div>
    </Frame>
  );
}
