import { useEffect, useState } from 'react';
import type { Messages } from '../../../lib/copy/sv';
import { QrCode } from '../../../lib/components/qr-code';
import { currentUrl } from '../../url/store';
import { useTourState } from './use-presentation';

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

/** The big screen's controls: fullscreen, the tour, its pace, exit, and a QR code to this view. */
export default function PresentationBar({ t }: { t: Messages }) {
  const { tour, setPlaying: onPlay, step: onStep, setInterval: onInterval, exit: onExit } = useTourState();
  const fullscreen = useFullscreen();
  const index = tour.list.findIndex((a) => a.slug === tour.current);
  return (
    <div className="presentation-bar">
      <div className="presentation-controls" role="group" aria-label={t.present}>
        {fullscreen.supported && (
          <button type="button" onClick={fullscreen.toggle}>
            {fullscreen.on ? t.exitFullscreen : t.fullscreen}
          </button>
        )}
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
            {[10, 15, 20, 30, 45, 60, 120].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onExit}>
          {t.exitPresent}
        </button>
      </div>
      <p className="tour-status" aria-live="polite">
        {index >= 0 ? t.tourStatus(index + 1, tour.list.length, tour.list[index]!.name) : ''}
      </p>
      <p className="small">{t.tourKeys}</p>
      <figure className="qr">
        <QrCode text={currentUrl({ tur: null, visning: null })} label={t.qrLabel} size={150} />
        <figcaption>{t.qrCaption}</figcaption>
      </figure>
    </div>
  );
}
