import { useEffect, useMemo, useState, type Ref } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import { useAppData } from '../../data/app-data';
import { HeaderTools } from '../../shell/header-tools';
import type { Lang } from '../../url/codecs';
import { showArea, useTourState } from './use-presentation';

function useFullscreen() {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);
  return { on, toggle, supported: typeof document !== 'undefined' && document.fullscreenEnabled };
}

const INTERVALS = [10, 15, 20, 30, 45, 60, 120];

/** The slide's controls: the area, the tour and its pace, fullscreen, language and exit. They hide when idle (see Slide). */
export function SlideControls({ t, lang, hidden, ref }: { t: Messages; lang: Lang; hidden: boolean; ref: Ref<HTMLDivElement> }) {
  const { tour, setPlaying: onPlay, step: onStep, setInterval: onInterval, exit: onExit } = useTourState();
  const fullscreen = useFullscreen();
  const { areaNames } = useAppData();
  const areas = useMemo(() => [...areaNames].sort((a, b) => a.name.localeCompare(b.name, 'sv')), [areaNames]);
  return (
    <div className="slide-controls" role="group" aria-label={t.slideControls} data-hidden={hidden || undefined} ref={ref}>
      <label>
        {t.slideAreaPicker}{' '}
        <select value={tour.current ?? ''} onChange={(e) => showArea(e.target.value || null)}>
          <option value="">{t.slideOverviewOption}</option>
          {areas.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onStep(-1)}>
        ◀ <span className="visually-hidden">{t.tourPrev}</span>
      </button>
      <button type="button" className="tour-toggle" aria-pressed={tour.playing} onClick={() => onPlay(!tour.playing)}>
        {tour.playing ? `❚❚ ${t.tourPause}` : `▶ ${t.tourPlay}`}
      </button>
      <button type="button" onClick={() => onStep(1)}>
        ▶ <span className="visually-hidden">{t.tourNext}</span>
      </button>
      <label>
        {t.tourInterval}{' '}
        <select value={tour.interval} onChange={(e) => onInterval(Number(e.target.value))}>
          {INTERVALS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {fullscreen.supported && (
        <button type="button" onClick={fullscreen.toggle}>
          {fullscreen.on ? t.exitFullscreen : t.fullscreen}
        </button>
      )}
      <HeaderTools t={t} mode="presentation" lang={lang} />
      <button type="button" className="slide-exit" onClick={onExit}>
        {t.exitPresent}
      </button>
      <p className="slide-keys">{t.tourKeys}</p>
    </div>
  );
}
