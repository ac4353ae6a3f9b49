import type { ReactNode } from 'react';
import type { Messages } from '../../lib/copy/sv';
import type { Lang, View } from '../url/codecs';
import type { Mode } from '../url/url-state';
import { AppFooter, AppHeader } from '../shell/app-frame';
import { HeaderTools } from '../shell/header-tools';
import { MapLayout } from '../shell/layout';
import { mountEarlyMap } from './early-map';

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

/** The app's layout with the map's container in it: the map starts there, and the app takes it over. */
export function LoadingFrame(props: FrameProps & { showsMap: boolean; mapAside: boolean | null }) {
  const { t, view, showsMap, mapAside } = props;
  const status = (
    <p className="shell-loading" role="status">
      {t.loading}
    </p>
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
              <div className="map-text" />
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
