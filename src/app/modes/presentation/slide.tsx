import { Suspense, useEffect, useRef, useState } from 'react';
import { Legend } from '../../../features/index/components/legend';
import { formatDate } from '../../../lib/format';
import { retryableLazy } from '../../../lib/retryable-lazy';
import { useAppData } from '../../data/app-data';
import { MapLayout } from '../../shell/layout';
import { useCopy } from '../../shell/use-copy';
import { ViewBoundary } from '../../shell/view-boundary';
import { MapPane } from '../../views/map-pane';
import { SlideControls } from './slide-controls';
import { SlidePanel } from './slide-panel';
import { useIdleControls } from './use-idle-controls';
import { exitPresentation } from './use-presentation';

// The QR encoder is only needed on the big screen. Retryable: the slide has no view boundary above
// it, so a failed chunk would otherwise unmount the whole page; its own boundary keeps the slide.
const SlideQr = retryableLazy(() => import('./slide-qr'));

/**
 * The root font size over which the area names keep their styled size: at 1920 × 1080 the root is
 * 24 px (presentation.css) and the names about 1.7 times their desk size, over 20 px.
 */
const LABEL_ROOT_PX = 14;

/** The root font size, which presentation.css sets from the screen's size. */
function useRootFontSize() {
  const read = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const [px, setPx] = useState(read);
  useEffect(() => {
    const update = () => setPx(read());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return px;
}

/** Escape leaves the presentation (in fullscreen the browser takes it to leave fullscreen first). */
function useEscapeExits() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.fullscreenElement) return;
      if ((e.target as HTMLElement | null)?.closest('input, select, textarea, dialog')) return;
      exitPresentation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The newest date among the files the slide shows. */
function useDataDate(): string | null {
  const { index, register } = useAppData();
  const dates = [index.values.data?.meta.updated, register.initiatives.data?.meta.updated].filter((d): d is string => Boolean(d));
  return dates.length ? dates.sort().at(-1)! : null;
}

/**
 * `?visning=1`: a slide for a big screen. The area (or the city) in words beside a map of at least
 * 60 % of the screen; the legend, the date, the sources and the QR code always in view; the
 * controls over the map, hidden when nobody touches anything (src/app/README.md).
 */
export function Slide() {
  const { t, lang } = useCopy();
  const { model } = useAppData().index;
  const date = useDataDate();
  const controlsRef = useRef<HTMLDivElement>(null);
  const shown = useIdleControls(controlsRef);
  const labelScale = useRootFontSize() / LABEL_ROOT_PX;
  useEscapeExits();
  return (
    <MapLayout
      t={t}
      view="karta"
      sidebar={<SlidePanel />}
      map={
        <>
          <MapPane labelScale={labelScale} keepCity />
          <SlideControls t={t} lang={lang} hidden={!shown} ref={controlsRef} />
          <div className="slide-key">
            {model && <Legend model={model} t={t} />}
            <div className="slide-about">
              <ViewBoundary t={t} message={t.qrLoadFailed}>
                <Suspense fallback={null}>
                  <SlideQr t={t} />
                </Suspense>
              </ViewBoundary>
              {date && <p className="slide-date">{t.slideUpdated(formatDate(date))}</p>}
            </div>
          </div>
        </>
      }
    />
  );
}
